package it.fsr.cli;

import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import it.fsr.isee.ContributionDecision;
import it.fsr.isee.Disability;
import it.fsr.isee.FattoreFamiglia;
import it.fsr.isee.FattoreFamigliaParameters;
import it.fsr.isee.Household;
import it.fsr.isee.HouseholdContributions;
import it.fsr.isee.Housing;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.Member;
import it.fsr.isee.NurseryContribution;
import it.fsr.isee.Relationship;
import it.fsr.isee.RescaledIsee;
import it.fsr.isee.ServiceYear;
import it.fsr.isee.WorkStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code fattore-famiglia} (one row per household) and {@code contributo-nido} (one row per child
 * attending a 0–3 service: the act pays per child; a household with none gets one excluded row).
 */
final class IseeCommands {
    private static final List<String> H_REQUIRED = List.of("household_id", "isee", "scale");
    private static final List<String> H_OPTIONAL = List.of("ise", "widowed", "housing", "ambito");
    private static final List<String> M_REQUIRED = List.of("household_id", "relationship", "age");
    private static final List<String> M_OPTIONAL = List.of("member_id", "student", "disability", "work", "twin_group", "nursery");

    private IseeCommands() {
    }

    private record HouseholdRow(String id, int line, Euro isee, BigDecimal scale, Euro ise, boolean widowed, Housing housing, String ambito) {
    }

    static String run(List<String> rest, boolean contribution, LocalDate today) {
        Args a = new Args(rest, contribution ? Set.of("households", "members", "date", "service-year") : Set.of("households", "members", "date"));
        String hFile = a.fileName("households");
        String hText = a.file("households");
        String mFile = a.fileName("members");
        String mText = a.file("members");
        LocalDate date = a.date(today);
        ServiceYear serviceYear = contribution ? serviceYear(a) : null;
        List<String> problems = new ArrayList<>();
        CsvTable h = null;
        CsvTable m = null;
        try {
            h = Csv.table(hFile, hText, H_REQUIRED, H_OPTIONAL);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        try {
            m = Csv.table(mFile, mText, contribution ? concat(M_REQUIRED, List.of("member_id", "nursery")) : M_REQUIRED, M_OPTIONAL);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Violations v = new Violations();
        Map<String, HouseholdRow> households = readHouseholds(h, v);
        Map<String, List<Member>> members = new LinkedHashMap<>();
        Map<String, Integer> memberLines = new LinkedHashMap<>();
        for (CsvRow r : m.rows()) {
            String id = r.requiredText("household_id", v);
            String memberId = contribution ? r.requiredText("member_id", v) : r.text("member_id").orElse(null);
            Relationship rel = r.enumValue("relationship", Relationship.class, null, v);
            Long age = r.integer("age", true, v);
            Boolean student = r.text("student").isEmpty() ? null : r.yesNo("student", null, v);
            Disability dis = r.enumValue("disability", Disability.class, Disability.NONE, v);
            WorkStatus work = r.text("work").isEmpty() ? null : r.enumValue("work", WorkStatus.class, null, v);
            String twin = r.text("twin_group").orElse(null);
            Boolean nursery = nursery(r, age, v);
            if (id != null && !households.containsKey(id) && h.rows().stream().noneMatch(x -> id.equals(x.text("household_id").orElse(null)))) {
                v.add(r.field("household_id"), id, "names a household that is not in " + hFile);
            }
            if (id != null && memberId != null) {
                Integer first = memberLines.putIfAbsent(id + "\u0000" + memberId, r.line());
                if (first != null) {
                    v.add(r.field("member_id"), memberId, "is a duplicate member of household " + id + " (also on line " + first + ")");
                    continue;
                }
            }
            if (age != null && age > 200) {
                v.add(r.field("age"), age, "must be between 0 and " + Household.MAX_AGE);
                continue;
            }
            if (id != null && rel != null && age != null && dis != null && nursery != null && (r.text("work").isEmpty() || work != null)
                    && (r.text("student").isEmpty() || student != null)) {
                members.computeIfAbsent(id, k -> new ArrayList<>()).add(new Member(memberId, rel, age.intValue(), null, student, dis, work, twin,
                        nursery));
            }
        }
        for (HouseholdRow hr : households.values()) {
            if (!members.containsKey(hr.id())) {
                v.add(hFile + ":" + hr.line() + ": household_id", hr.id(), "has no members in " + mFile);
            }
        }
        Csv.throwIfAny(v);
        NurseryContribution.Rule rule = contribution ? NurseryContribution.Rule.forServiceYear(FattoreFamigliaParameters.defaults(), serviceYear)
                : null;
        List<String> header = new ArrayList<>(List.of("household_id"));
        header.addAll(contribution ? List.of("member_id", "national_scale", "ff_scale", "isee", "isee_ff", "contribution", "status", "reason")
                : List.of("national_scale", "ff_scale", "isee", "isee_ff", "cap_applied"));
        Table table = new Table(header);
        List<HouseholdContributions> priced = new ArrayList<>();
        for (HouseholdRow hr : households.values()) {
            String where = hFile + ":" + hr.line() + ": ";
            try {
                Household household = Household.of(hr.id(), members.get(hr.id()), hr.widowed(), hr.housing(), date);
                IseeAttestation att = IseeAttestation.of(hr.isee(), hr.scale(), hr.ise());
                RescaledIsee r = FattoreFamiglia.rescale(household, att);
                if (contribution) {
                    HouseholdContributions hc = NurseryContribution.decide(household, r, rule);
                    priced.add(hc);
                    for (ContributionDecision d : hc.decisions()) {
                        table.add(List.of(hr.id(), d.memberIdOrEmpty(), hr.scale(), r.ffScale(), r.nationalIsee(), r.rescaled(),
                                d.granted() ? d.amount() : "", d.granted() ? "granted" : "excluded", d.exclusion().map(x -> x.code()).orElse("")),
                                r.explanation().then(d.explanation()), hr.id() + (d.memberId() == null ? "" : "/" + d.memberId()));
                    }
                } else {
                    table.add(List.of(hr.id(), hr.scale(), r.ffScale(), r.nationalIsee(), r.rescaled(), r.capApplied() ? "yes" : "no"),
                            r.explanation(), hr.id());
                }
            } catch (ValidationException ex) {
                for (Violation x : ex.violations()) {
                    v.add(x.at(where + memberField(x.field(), hr.id(), members.get(hr.id()))));
                }
            }
        }
        Csv.throwIfAny(v);
        String out = table.render(a.format(), a.lang(), a.flag("explain"), a.outputDialect(h.dialect()));
        if (!contribution || a.format() == Args.Format.CSV) {
            return out;
        }
        return out + totals(priced, households, a);
    }

    /** The totals of the report: per household with a child attending, and per Ambito when the households file names one. */
    private static String totals(List<HouseholdContributions> priced, Map<String, HouseholdRow> households, Args a) {
        boolean en = a.lang().getLanguage().equals("en");
        StringBuilder sb = new StringBuilder("\n").append(en ? "Total per household: " : "Totale per nucleo: ");
        List<String> parts = new ArrayList<>();
        Euro all = Euro.ZERO;
        for (HouseholdContributions hc : priced) {
            if (hc.total().isPositive()) {
                parts.add(hc.householdId() + " " + it.fsr.core.explain.ValueFormat.format(hc.total(), a.lang()));
            }
            all = all.plus(hc.total());
        }
        sb.append(parts.isEmpty() ? "—" : String.join("; ", parts)).append('\n');
        Map<String, String> ambiti = new LinkedHashMap<>();
        households.values().forEach(hr -> {
            if (hr.ambito() != null) {
                ambiti.put(hr.id(), hr.ambito());
            }
        });
        if (!ambiti.isEmpty()) {
            Map<String, Euro> byAmbito = HouseholdContributions.totalsByAmbito(priced.stream().filter(hc -> ambiti.containsKey(hc.householdId())).toList(),
                    ambiti);
            List<String> p = new ArrayList<>();
            byAmbito.forEach((k, e) -> p.add(k + " " + it.fsr.core.explain.ValueFormat.format(e, a.lang())));
            sb.append(en ? "Total per Ambito: " : "Totale per Ambito: ").append(String.join("; ", p)).append('\n');
        }
        return sb.append(en ? "Total: " : "Totale: ").append(it.fsr.core.explain.ValueFormat.format(all, a.lang())).append('\n').toString();
    }

    private static Map<String, HouseholdRow> readHouseholds(CsvTable h, Violations v) {
        Map<String, HouseholdRow> households = new LinkedHashMap<>();
        h.requireUnique("household_id", v);
        for (CsvRow r : h.rows()) {
            String id = r.requiredText("household_id", v);
            Euro isee = r.amount("isee", true, false, v);
            BigDecimal scale = r.decimal("scale", true, v);
            Euro ise = r.amount("ise", false, false, v);
            Boolean widowed = r.yesNo("widowed", false, v);
            Housing housing = r.enumValue("housing", Housing.class, Housing.NORMAL, v);
            if (id != null && households.containsKey(id)) {
                continue;
            } else if (id != null && isee != null && scale != null && widowed != null && housing != null) {
                households.put(id, new HouseholdRow(id, r.line(), isee, scale, ise, widowed, housing, r.text("ambito").orElse(null)));
            }
        }
        return households;
    }

    /**
     * The {@code nursery} cell: required (yes/no) for a member under 4 when the column is present — only
     * they can attend a 0–3 service, and whether they do decides a contribution; blank means "no" for an
     * older member, who cannot attend.
     */
    private static Boolean nursery(CsvRow r, Long age, Violations v) {
        if (r.text("nursery").isEmpty()) {
            if (age != null && age <= 3 && r.hasColumn("nursery")) {
                v.add(r.field("nursery"), "", "a value is required (yes or no) for a member under 4: does the child attend a recognised 0-3 service?");
                return null;
            }
            return Boolean.FALSE;
        }
        return r.yesNo("nursery", null, v);
    }

    /** A member's field as the CLI's column: {@code members[2].work} → {@code members: member_id=M3: work}. */
    private static String memberField(String field, String householdId, List<Member> members) {
        String f = field.replaceFirst("^household\\[[^]]*]\\.?", "");
        java.util.regex.Matcher mm = java.util.regex.Pattern.compile("^members\\[(\\d+)]\\.(.*)$").matcher(f);
        if (mm.matches() && members != null) {
            int i = Integer.parseInt(mm.group(1));
            String who = i < members.size() && members.get(i).id() != null ? "member " + members.get(i).id() : "member " + (i + 1);
            return who + ": " + mm.group(2).replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        }
        return f.isEmpty() ? "household_id" : f;
    }

    private static ServiceYear serviceYear(Args a) {
        String text = a.required("service-year");
        try {
            return ServiceYear.parse(text);
        } catch (ValidationException e) {
            throw new UsageException("--service-year must be a service year such as 2021/22, not " + text);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
