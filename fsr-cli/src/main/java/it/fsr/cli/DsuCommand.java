package it.fsr.cli;

import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import it.fsr.isee.Disability;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuBatch;
import it.fsr.isee.dsu.DsuColumns;
import it.fsr.isee.dsu.DsuCalculator;
import it.fsr.isee.dsu.DsuMember;
import it.fsr.isee.dsu.DsuRelationship;
import it.fsr.isee.dsu.DsuResult;
import it.fsr.isee.dsu.GncCase;
import it.fsr.isee.dsu.OutsidePerson;
import it.fsr.isee.dsu.Purpose;
import it.fsr.isee.dsu.Variant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code isee}: the national ISEE from the DSU, one row per household, in the variant and for the
 * purpose asked ({@code --variant}, {@code --purpose}); {@code --other-children} gives the persons
 * outside the nucleus whose situation adds a componente aggiuntiva (the children of a beneficiary of
 * residential care; for minorenni and università, the non-cohabiting parent, by member id).
 */
final class DsuCommand {
    private static final List<String> D_REQUIRED = List.of("household_id", "rent", "home_value", "home_mortgage", "other_real_estate",
            "deposits_balance", "deposits_average", "other_financial", "government_bonds");
    private static final List<String> D_OPTIONAL = List.of("figurative_income", "capoluogo_metropolitano", "auu", "donations");
    private static final List<String> M_REQUIRED = List.of("household_id", "member_id", "relationship", "age", "disability",
            "worked_6_months", "employee_income", "pension_income", "other_income", "public_benefits", "maintenance_received",
            "maintenance_paid", "disability_expenses", "agricultural_income");
    private static final List<String> M_OPTIONAL = List.of("residential", "gnc_case", "dependent");
    private static final List<String> OC_REQUIRED = List.of("household_id", "child_id", "ise", "scale");
    private static final List<String> OC_OPTIONAL = List.of("exempt");

    private DsuCommand() {
    }

    private record Located(Dsu dsu, int line) {
    }

    static String run(List<String> rest, LocalDate today) {
        Args a = new Args(rest, Set.of("households", "members", "variant", "purpose", "other-children", "date"));
        Variant variant = choice(a.get("variant"), Variant.ORDINARIO, Variant.values(), Variant::code, "variant");
        Purpose purpose = choice(a.get("purpose"), Purpose.ORDINARY, Purpose.values(), Purpose::code, "purpose");
        String dFile = a.fileName("households");
        String mFile = a.fileName("members");
        String dText = a.file("households");
        String mText = a.file("members");
        String ocFile = a.get("other-children") == null ? null : a.fileName("other-children");
        String ocText = ocFile == null ? null : a.file("other-children");
        LocalDate date = a.date(today);
        List<String> problems = new ArrayList<>();
        CsvTable d = null;
        CsvTable m = null;
        CsvTable oc = null;
        try {
            d = Csv.table(dFile, dText, purpose == Purpose.BONUS_NIDO ? concat(D_REQUIRED, List.of("auu")) : D_REQUIRED, D_OPTIONAL);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        try {
            m = Csv.table(mFile, mText, M_REQUIRED, M_OPTIONAL);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (ocFile != null) {
            try {
                oc = Csv.table(ocFile, ocText, OC_REQUIRED, OC_OPTIONAL);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Violations v = new Violations();
        Map<String, List<DsuMember>> members = new LinkedHashMap<>();
        Set<String> broken = new java.util.HashSet<>();
        Map<String, Integer> memberLines = new LinkedHashMap<>();
        for (CsvRow r : m.rows()) {
            String hh = r.requiredText("household_id", v);
            String id = r.requiredText("member_id", v);
            DsuRelationship rel = r.enumValue("relationship", DsuRelationship.class, null, v);
            Long age = r.integer("age", true, v);
            Disability dis = r.enumValue("disability", Disability.class, null, v);
            Boolean worked = r.yesNo("worked_6_months", null, v);
            Boolean residential = optionalYesNo(r, "residential", false, v);
            GncCase gnc = r.text("gnc_case").isEmpty() ? null : r.enumValue("gnc_case", GncCase.class, null, v);
            Boolean dependent = r.text("dependent").isEmpty() ? null : r.yesNo("dependent", null, v);
            Euro[] amounts = new Euro[8];
            String[] cols = {"employee_income", "pension_income", "other_income", "public_benefits", "maintenance_received",
                "maintenance_paid", "disability_expenses", "agricultural_income"};
            boolean ok = true;
            for (int i = 0; i < cols.length; i++) {
                amounts[i] = r.amount(cols[i], true, false, v);
                ok &= amounts[i] != null;
            }
            if (age != null && (age < 0 || age > 130)) {
                v.add(r.field("age"), age, "must be between 0 and 130");
                ok = false;
            }
            if (hh != null && id != null) {
                Integer first = memberLines.putIfAbsent(hh + "\u0000" + id, r.line());
                if (first != null) {
                    v.add(r.field("member_id"), id, "is a duplicate member of household " + hh + " (also on line " + first + ")");
                    ok = false;
                }
            }
            if (ok && hh != null && id != null && rel != null && age != null && dis != null && worked != null && residential != null
                    && (r.text("gnc_case").isEmpty() || gnc != null) && (r.text("dependent").isEmpty() || dependent != null)) {
                members.computeIfAbsent(hh, k -> new ArrayList<>()).add(new DsuMember(id, rel, age.intValue(), dis, worked, residential,
                        gnc, dependent, amounts[0], amounts[1], amounts[2], amounts[3], amounts[4], amounts[5], amounts[6], amounts[7]));
            } else if (hh != null) {
                broken.add(hh);
            }
        }
        Map<String, List<OutsidePerson>> outside = new LinkedHashMap<>();
        Map<String, Integer> outsideLines = new LinkedHashMap<>();
        if (oc != null) {
            for (CsvRow r : oc.rows()) {
                String hh = r.requiredText("household_id", v);
                String id = r.requiredText("child_id", v);
                Euro ise = r.amount("ise", true, false, v);
                BigDecimal scale = r.decimal("scale", true, v);
                OutsidePerson.Exemption ex = r.hasColumn("exempt") ? r.enumValue("exempt", OutsidePerson.Exemption.class, null, v)
                        : OutsidePerson.Exemption.NONE;
                if (hh != null && id != null) {
                    outsideLines.putIfAbsent(hh + "\u0000" + id, r.line());
                }
                if (hh != null && id != null && ise != null && scale != null && ex != null) {
                    outside.computeIfAbsent(hh, k -> new ArrayList<>()).add(new OutsidePerson(id, ise, scale, ex));
                } else if (hh != null) {
                    broken.add(hh);
                }
            }
        }
        d.requireUnique("household_id", v);
        Map<String, Located> dsus = new LinkedHashMap<>();
        for (CsvRow r : d.rows()) {
            String hh = r.requiredText("household_id", v);
            Euro rent = r.amount("rent", true, false, v);
            Euro home = r.amount("home_value", true, false, v);
            Euro mortgage = r.amount("home_mortgage", true, false, v);
            Euro otherRe = r.amount("other_real_estate", true, false, v);
            Euro balance = r.amount("deposits_balance", true, false, v);
            Euro average = r.amount("deposits_average", true, false, v);
            Euro otherFin = r.amount("other_financial", true, false, v);
            Euro bonds = r.amount("government_bonds", true, false, v);
            Euro figurative = r.amount("figurative_income", false, false, v);
            Boolean capoluogo = r.text("capoluogo_metropolitano").isEmpty() ? null : r.yesNo("capoluogo_metropolitano", null, v);
            Euro auu = r.amount("auu", purpose == Purpose.BONUS_NIDO, false, v);
            Euro donations = r.amount("donations", false, false, v);
            if (hh == null || dsus.containsKey(hh)) {
                continue;
            }
            if (!members.containsKey(hh) && m.rows().stream().noneMatch(x -> hh.equals(x.text("household_id").orElse(null)))) {
                v.add(r.field("household_id"), hh, "has no members in " + mFile);
                continue;
            }
            if (rent != null && home != null && mortgage != null && otherRe != null && balance != null && average != null && otherFin != null
                    && bonds != null && (r.text("figurative_income").isEmpty() || figurative != null)
                    && (r.text("capoluogo_metropolitano").isEmpty() || capoluogo != null)
                    && (purpose != Purpose.BONUS_NIDO || auu != null) && (r.text("donations").isEmpty() || donations != null)) {
                dsus.put(hh, new Located(new Dsu(hh, date, members.getOrDefault(hh, List.of()), rent, home, mortgage, otherRe, balance, average,
                        otherFin, bonds, figurative, capoluogo, auu, donations == null ? Euro.ZERO : donations,
                        outside.getOrDefault(hh, List.of())), r.line()));
            }
        }
        Set<String> known = new java.util.HashSet<>();
        d.rows().forEach(r -> r.text("household_id").ifPresent(known::add));
        for (CsvRow r : m.rows()) {
            r.text("household_id").filter(hh -> !known.contains(hh))
                    .ifPresent(hh -> v.add(r.field("household_id"), hh, "names a household that is not in " + dFile));
        }
        if (oc != null) {
            for (CsvRow r : oc.rows()) {
                r.text("household_id").filter(hh -> !known.contains(hh))
                        .ifPresent(hh -> v.add(r.field("household_id"), hh, "names a household that is not in " + dFile));
            }
        }
        Table table = new Table(List.of("household_id", "variant", "purpose", "isr", "isp", "ise", "scale", "isee", "componente_aggiuntiva",
                "isee_final"));
        boolean explain = a.flag("explain");
        if (!explain && variant == Variant.ORDINARIO && purpose != Purpose.BONUS_NIDO) {
            // the columnar batch: the same figures as DsuCalculator (a differential test holds them equal), without
            // building an explanation per household, on every core
            DsuColumns columns = new DsuColumns();
            List<String> ids = new ArrayList<>();
            for (java.util.Iterator<Located> iter = dsus.values().iterator(); iter.hasNext();) {
                Located l = iter.next();
                iter.remove();
                if (broken.contains(l.dsu().id())) {
                    continue;
                }
                try {
                    DsuCalculator.validate(l.dsu(), variant, purpose, it.fsr.isee.dsu.DsuParameters.defaults()).throwIfAny();
                    columns.add(l.dsu());
                    ids.add(l.dsu().id());
                } catch (ValidationException ex) {
                    for (Violation x : ex.violations()) {
                        v.add(x.at(where(x.field(), l, dFile, mFile, ocFile, memberLines, outsideLines)));
                    }
                }
            }
            Csv.throwIfAny(v);
            DsuBatch.Result r = DsuBatch.run(columns, purpose, Runtime.getRuntime().availableProcessors());
            for (int i = 0; i < ids.size(); i++) {
                Euro isee = r.iseeOf(i);
                table.add(List.of(ids.get(i), variant.code(), purpose.code(), Euro.ofCents(r.isr()[i]), Euro.ofCents(r.isp()[i]),
                        Euro.ofCents(r.ise()[i]), BigDecimal.valueOf(r.scale()[i], 2), isee, Euro.ZERO, isee), null, ids.get(i));
            }
        } else {
            for (Located l : dsus.values()) {
                if (broken.contains(l.dsu().id())) {
                    continue;
                }
                try {
                    DsuResult res = DsuCalculator.compute(l.dsu(), variant, purpose);
                    table.add(List.of(res.dsuId(), variant.code(), purpose.code(), res.isr(), res.isp(), res.ise(), res.scale(), res.isee(),
                            res.componenteAggiuntiva(), res.iseeFinal()), explain ? res.explanation() : null, res.dsuId());
                } catch (ValidationException ex) {
                    for (Violation x : ex.violations()) {
                        v.add(x.at(where(x.field(), l, dFile, mFile, ocFile, memberLines, outsideLines)));
                    }
                }
            }
        }
        Csv.throwIfAny(v);
        return table.render(a.format(), a.lang(), a.flag("explain"), a.outputDialect(d.dialect()));
    }

    /** A violation's place as {@code file:line: column}: the member's, the other person's, or the household's line. */
    private static String where(String field, Located l, String dFile, String mFile, String ocFile, Map<String, Integer> memberLines,
            Map<String, Integer> outsideLines) {
        String hh = l.dsu().id();
        java.util.regex.Matcher mm = java.util.regex.Pattern.compile("^member (.+?): (.+)$").matcher(field);
        if (mm.matches() && memberLines.containsKey(hh + "\u0000" + mm.group(1))) {
            return mFile + ":" + memberLines.get(hh + "\u0000" + mm.group(1)) + ": " + mm.group(2);
        }
        java.util.regex.Matcher om = java.util.regex.Pattern.compile("^outside (.+?): (.+)$").matcher(field);
        if (om.matches() && outsideLines.containsKey(hh + "\u0000" + om.group(1))) {
            return ocFile + ":" + outsideLines.get(hh + "\u0000" + om.group(1)) + ": " + om.group(2);
        }
        if (field.equals("child_id") && ocFile != null) {
            return ocFile + ": household_id=" + hh + ": child_id";
        }
        if (field.equals("relationship") || field.equals("member_id")) {
            return mFile + ": household_id=" + hh + ": " + field;
        }
        return dFile + ":" + l.line() + ": " + (field.equals("date") ? "--date" : field.equals("capoluogo_metropolitano")
                ? "capoluogo_metropolitano" : field);
    }

    private static Boolean optionalYesNo(CsvRow r, String column, boolean whenAbsent, Violations v) {
        if (!r.hasColumn(column)) {
            return whenAbsent;
        }
        return r.yesNo(column, null, v);
    }

    private static <E extends Enum<E>> E choice(String value, E dflt, E[] values, java.util.function.Function<E, String> code,
            String option) {
        if (value == null) {
            return dflt;
        }
        List<String> codes = new ArrayList<>();
        for (E e : values) {
            if (code.apply(e).equals(value)) {
                return e;
            }
            codes.add(code.apply(e));
        }
        throw new UsageException("--" + option + " " + value + ": use one of " + String.join(", ", codes));
    }

    private static List<String> concat(List<String> x, List<String> y) {
        List<String> l = new ArrayList<>(x);
        l.addAll(y);
        return l;
    }
}
