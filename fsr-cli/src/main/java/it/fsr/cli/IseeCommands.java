package it.fsr.cli;

import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.explain.Explanation;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import it.fsr.isee.ContributionDecision;
import it.fsr.isee.Disability;
import it.fsr.isee.FattoreFamiglia;
import it.fsr.isee.FattoreFamigliaParameters;
import it.fsr.isee.Household;
import it.fsr.isee.Housing;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.Member;
import it.fsr.isee.NurseryContribution;
import it.fsr.isee.Relationship;
import it.fsr.isee.RescaledIsee;
import it.fsr.isee.WorkStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code fattore-famiglia} and {@code contributo-nido}. */
final class IseeCommands {
    private static final List<String> H_REQUIRED = List.of("household_id", "isee", "scale");
    private static final List<String> H_OPTIONAL = List.of("ise", "widowed", "housing");
    private static final List<String> M_REQUIRED = List.of("household_id", "relationship", "age");
    private static final List<String> M_OPTIONAL = List.of("student", "disability", "work", "twin_group");

    private IseeCommands() {
    }

    private record HouseholdRow(String id, int line, Euro isee, BigDecimal scale, Euro ise, boolean widowed, Housing housing) {
    }

    static String run(List<String> rest, boolean contribution, LocalDate today) {
        Args a = new Args(rest, Set.of("households", "members", "date"));
        String hFile = a.fileName("households");
        String hText = a.file("households");
        String mFile = a.fileName("members");
        String mText = a.file("members");
        LocalDate date = a.date(today);
        List<String> problems = new ArrayList<>();
        CsvTable h = null;
        CsvTable m = null;
        try {
            h = Csv.table(hFile, hText, H_REQUIRED, H_OPTIONAL);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        try {
            m = Csv.table(mFile, mText, M_REQUIRED, M_OPTIONAL);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Violations v = new Violations();
        Map<String, HouseholdRow> households = new LinkedHashMap<>();
        for (CsvRow r : h.rows()) {
            String id = r.requiredText("household_id", v);
            Euro isee = r.amount("isee", true, false, v);
            BigDecimal scale = r.decimal("scale", true, v);
            Euro ise = r.amount("ise", false, false, v);
            Boolean widowed = r.yesNo("widowed", false, v);
            Housing housing = r.enumValue("housing", Housing.class, Housing.NORMAL, v);
            if (id != null && households.containsKey(id)) {
                v.add(r.field("household_id"), id, "is a duplicate household (first on line " + households.get(id).line() + ")");
            } else if (id != null && isee != null && scale != null && widowed != null && housing != null) {
                households.put(id, new HouseholdRow(id, r.line(), isee, scale, ise, widowed, housing));
            }
        }
        Map<String, List<Member>> members = new LinkedHashMap<>();
        for (CsvRow r : m.rows()) {
            String id = r.requiredText("household_id", v);
            Relationship rel = r.enumValue("relationship", Relationship.class, null, v);
            Long age = r.integer("age", true, v);
            Boolean student = r.yesNo("student", false, v);
            Disability dis = r.enumValue("disability", Disability.class, Disability.NONE, v);
            WorkStatus work = r.enumValue("work", WorkStatus.class, WorkStatus.NOT_WORKING, v);
            String twin = r.text("twin_group").orElse(null);
            if (id != null && !households.containsKey(id) && h.rows().stream().noneMatch(x -> id.equals(x.text("household_id").orElse(null)))) {
                v.add(r.field("household_id"), id, "names a household that is not in " + hFile);
            }
            if (age != null && age > 200) {
                v.add(r.field("age"), age, "must be between 0 and " + Household.MAX_AGE);
                continue;
            }
            if (id != null && rel != null && age != null && student != null && dis != null && work != null) {
                members.computeIfAbsent(id, k -> new ArrayList<>()).add(new Member(rel, age.intValue(), null, student, dis, work, twin));
            }
        }
        for (HouseholdRow hr : households.values()) {
            if (!members.containsKey(hr.id())) {
                v.add(hFile + ":" + hr.line() + ": household_id", hr.id(), "has no members in " + mFile);
            }
        }
        Csv.throwIfAny(v);
        NurseryContribution.Rule rule = contribution ? rule(date) : null;
        List<String> header = new ArrayList<>(List.of("household_id", "national_scale", "ff_scale", "isee", "isee_ff"));
        header.addAll(contribution ? List.of("contribution", "status", "reason") : List.of("cap_applied"));
        Table table = new Table(header);
        for (HouseholdRow hr : households.values()) {
            String where = hFile + ":" + hr.line() + ": ";
            try {
                Household household = Household.of(hr.id(), members.get(hr.id()), hr.widowed(), hr.housing(), date);
                IseeAttestation att = IseeAttestation.of(hr.isee(), hr.scale(), hr.ise());
                RescaledIsee r = FattoreFamiglia.rescale(household, att);
                List<Object> row = new ArrayList<>(List.of(hr.id(), hr.scale(), r.ffScale(), r.nationalIsee(), r.rescaled()));
                Explanation e = r.explanation();
                if (contribution) {
                    ContributionDecision d = NurseryContribution.decide(r, rule);
                    row.add(d.granted() ? d.amount() : "");
                    row.add(d.granted() ? "granted" : "excluded");
                    row.add(d.exclusion().map(x -> x.name().toLowerCase(Locale.ROOT)).orElse(""));
                    e = e.then(d.explanation());
                } else {
                    row.add(r.capApplied() ? "yes" : "no");
                }
                table.add(row, e, hr.id());
            } catch (ValidationException ex) {
                for (Violation x : ex.violations()) {
                    String field = x.field().replaceFirst("^household\\[[^]]*]\\.?", "");
                    v.add(where + (field.isEmpty() ? "household_id" : field), x.value(), x.message());
                }
            }
        }
        Csv.throwIfAny(v);
        return table.render(a.format(), a.lang(), a.flag("explain"));
    }

    private static NurseryContribution.Rule rule(LocalDate date) {
        try {
            return NurseryContribution.Rule.on(FattoreFamigliaParameters.defaults(), date);
        } catch (ValidationException e) {
            throw new UsageException("--date " + date + ": no nursery-contribution rule in force (the first edition is DGR Veneto 1609/2021, from 2021-09-01)");
        }
    }
}
