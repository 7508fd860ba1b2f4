package it.fsr.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable codes of fsr's violations, told from their English message: each code's English text is a
 * pattern whose groups are the message's arguments; the Italian and English texts live in the catalog
 * {@code it.fsr.core.validation.messages} under the code. A message no pattern describes keeps the
 * generic code {@link #GENERIC}. Stateless and thread-safe.
 */
final class ViolationCodes {
    /** The code of a message no pattern describes. */
    static final String GENERIC = "FSR-INPUT";

    /** A code, and the arguments its message had. */
    record Match(String code, List<Object> args) {
    }

    private record Entry(String code, Pattern pattern) {
        Entry(String code, String regex) {
            this(code, Pattern.compile(regex));
        }
    }

    /** In order: the most specific patterns of one family before the general one. */
    private static final List<Entry> ENTRIES;

    static {
        List<Entry> e = new ArrayList<>(List.of(
            new Entry("FSR-CP-WRONG-VARIANT", "is not the ISEE variant the schedule reads \\((\\S+)\\)"),
            new Entry("FSR-CP-WRONG-PURPOSE", "a municipal service reads the ordinary ISEE, not the one of another purpose"),
            new Entry("FSR-DSU-NOT-A-MEMBER", "is not a member of the nucleus"),
            new Entry("FSR-CORRENTE-TWO-MONTHS", "the last two months × 6 need a lost permanent job or lost benefits.*"),
            new Entry("FSR-DSU-DECLARANT", "a nucleus needs exactly one declarant \\(found (\\d+)\\)"),
            new Entry("FSR-DSU-SPOUSES", "a nucleus has at most one spouse of the declarant \\(found (\\d+)\\)"),
            new Entry("FSR-DSU-GNC-VARIANT", "a non-cohabiting parent belongs only to the ordinario \\(for the single-parent check\\), minorenni or universita ISEE"),
            new Entry("FSR-DSU-BENEFICIARY", "exactly one member must be the beneficiary of the service in the sociosanitario and residenze ISEE \\(found (\\d+)\\)"),
            new Entry("FSR-DSU-DATE-BEFORE-DECREE", "is before the national ISEE of DPCM 159/2013 took effect \\((\\S+)\\)"),
            new Entry("FSR-DSU-DATE-FUTURE", "is in the future: a DSU is dated when it is filed"),
            new Entry("FSR-DSU-CHILD-AGE", "is not younger than the declarant: a child is the declarant's child"),
            new Entry("FSR-DSU-MINOR-OTHER", "a minor \\((\\d+)\\) listed as another member.*"),
            new Entry("FSR-DSU-RENT-AND-HOME", "is given with home_value: the nucleus lives either in a rented home or in its own.*"),
            new Entry("FSR-DSU-HOME-AND-RENT", "is given with rent: declare the home the nucleus lives in.*"),
            new Entry("FSR-DSU-GNC-CASE-REQUIRED", "a value is required for a non-cohabiting parent \\(.*\\)"),
            new Entry("FSR-DSU-GNC-CASE-MISPLACED", "applies only to a non-cohabiting parent \\(relationship gnc\\)"),
            new Entry("FSR-DSU-DEPENDENT-REQUIRED", "a value is required \\(yes or no\\) for an adult child in the nucleo ristretto.*"),
            new Entry("FSR-DSU-NOT-RISTRETTO", "is not in the nucleo ristretto of DPCM 159/2013 art\\. 6 c\\. 2.*"),
            new Entry("FSR-DSU-FIGURATIVE-RATE", "no yield rate for the reddito figurativo on (\\S+): write the figurative income printed on the DSU"),
            new Entry("FSR-DSU-FAMILY-DATE", "the 2026 family ISEE applies to DSUs from (\\S+)"),
            new Entry("FSR-DSU-CAPOLUOGO-REQUIRED", "a value is required \\(yes or no\\) for the 2026 family ISEE.*"),
            new Entry("FSR-DSU-AUU-REQUIRED", "the Assegno unico received is required for the bonus nido and bonus nuove nascite ISEE"),
            new Entry("FSR-DSU-CHILD-IN-NUCLEUS", "is a member of the nucleus: a componente aggiuntiva is for a child outside it"),
            new Entry("FSR-DSU-OUTSIDE-NOT-GNC", "is not a non-cohabiting parent of this DSU with a componente aggiuntiva"),
            new Entry("FSR-DSU-OUTSIDE-VARIANT", "other persons' economic situations count only in the residenze, minorenni and universita ISEE"),
            new Entry("FSR-DSU-GNC-SITUATION", "the non-cohabiting parent's ISE and scale are required for the componente aggiuntiva"),
            new Entry("FSR-CORRENTE-NO-ISEE", "an ISEE corrente needs a valid ordinary ISEE.*"),
            new Entry("FSR-CORRENTE-EVENT-NOT-YET", "is not an event of DPCM 159/2013 art\\. 9 for an ISEE corrente filed on (\\S+).*"),
            new Entry("FSR-CORRENTE-BEFORE-DSU", "is before the DSU of the ordinary ISEE \\((\\S+)\\)"),
            new Entry("FSR-CORRENTE-ASSETS-NOT-YET", "the assets case of the ISEE corrente exists from (\\S+).*"),
            new Entry("FSR-CORRENTE-NO-REQUEST", "has no request in (\\S+)"),
            new Entry("FSR-CORRENTE-NO-CONDITION", "no condition of DPCM 159/2013 art\\. 9 is met: (.+)"),
            new Entry("FSR-USERS-ABOVE-TOTAL", "exceed the (\\d+) users the total is for"),
            new Entry("FSR-BRACKET-START", "the first bracket must start at 0"),
            new Entry("FSR-BRACKET-ORDER", "must be above the previous bracket's start"),
            new Entry("FSR-SEGMENT-ORDER", "must follow the previous segment's end (.*)"),
            new Entry("FSR-FEE-ABOVE-COST", "exceeds the service's cost (.*)"),
            new Entry("FSR-DUPLICATE-AMBITO", "is a duplicate Ambito"),
            new Entry("FSR-ALREADY-IN-BACINO", "is already in bacino (\\S+)"),
            new Entry("FSR-POSITIVE", "must be positive"),
            new Entry("FSR-NO-PARAMETER", "the parameter set has no such parameter"),
            new Entry("FSR-WEIGHT-RUNNING", "must be a non-negative weight of a claim still in the running"),
            new Entry("FSR-FLOORS-MINIMUM", "must be zero with floors: a floor replaces it"),
            new Entry("FSR-SERVICE-YEAR-RANGE", "must start between 1900 and 9998"),
            new Entry("FSR-CRITERIA-UNITS", "must name the same units as the first criterion.*"),
            new Entry("FSR-CRITERIA-EMPTY", "no criterion has a non-zero value for any unit: nothing to split by"),
            new Entry("FSR-UNKNOWN-KEY-UNIT", "no unit with key (\\S+).*"),
            new Entry("FSR-ALL-ZERO", "all zero: no proportions to continue"),
            new Entry("FSR-MINIMUM-ABOVE-CAP", "is above the claim's cap (\\S+)"),
            new Entry("FSR-COFINANCED-ABOVE-ACTIVE", "exceeds the active units (\\d+)"),
            new Entry("FSR-AT-LEAST-ONE", "at least one (Ambito|band|bracket|segment|criterion) is required"),
            new Entry("FSR-FRACTION-OF-CENT", "has a fraction of a cent; round it explicitly.*"),
            new Entry("FSR-AMOUNT-EMPTY", "is empty: expected e\\.g\\. .*"),
            new Entry("FSR-NEGATIVE", "must not be negative"),
            new Entry("FSR-REQUIRED", "(?:is required|a value is required)"),
            new Entry("FSR-REQUIRED-YES-NO", "a value is required \\(yes or no\\)"),
            new Entry("FSR-NURSERY-REQUIRED", "a value is required \\(yes or no\\) for a member under 4: does the child attend a recognised 0-3 service\\?"),
            new Entry("FSR-BLANK", "must not be blank"),
            new Entry("FSR-DUPLICATE", "is a duplicate(?: id| key)?"),
            new Entry("FSR-DUPLICATE-LINES", "appears more than once \\(lines (.+)\\)"),
            new Entry("FSR-DUPLICATE-HOUSEHOLD", "is a duplicate household \\(also on line (\\d+)\\)"),
            new Entry("FSR-DUPLICATE-MEMBER", "is a duplicate member of household (.+) \\(also on line (\\d+)\\)"),
            new Entry("FSR-DUPLICATE-FIRST", "is a duplicate id \\(first on line (\\d+)\\)"),
            new Entry("FSR-RANGE", "must be between (\\S+) and (\\S+)"),
            new Entry("FSR-SUM-100", "must sum to 100%"),
            new Entry("FSR-IMPLAUSIBLE", "is implausibly large"),
            new Entry("FSR-AMOUNT-TOO-LARGE", "exceeds the largest supported amount of (\\S+) euro"),
            new Entry("FSR-AMOUNT-AMBIGUOUS", "is ambiguous: write 1005\\.00 \\(plain\\) or 1\\.005,00 \\(Italian\\) to say which"),
            new Entry("FSR-AMOUNT-INVALID", "is not a (?:plain )?euro amount.*"),
            new Entry("FSR-PERCENT-INVALID", "is not a percentage.*"),
            new Entry("FSR-FRACTION-INVALID", "is not a decimal fraction.*"),
            new Entry("FSR-ENUM", "is not one of (.+)"),
            new Entry("FSR-YES-NO", "is not yes/no.*"),
            new Entry("FSR-DATE", "is not a date.*"),
            new Entry("FSR-CSV-EMPTY", "the file is empty: a header row is required"),
            new Entry("FSR-CSV-NO-ROWS", "the file has a header and no rows"),
            new Entry("FSR-CSV-FIELD-COUNT", "the header has (\\d+) columns"),
            new Entry("FSR-CSV-COLUMN-MISSING", "the required column is missing \\(expected (.+)\\)"),
            new Entry("FSR-CSV-COLUMN-UNKNOWN", "unknown column"),
            new Entry("FSR-CSV-COLUMN-TWICE", "the column appears twice in the header"),
            new Entry("FSR-CSV-COLUMN-NAMELESS", "a column has no name"),
            new Entry("FSR-CSV-QUOTE", "a quoted field is never closed"),
            new Entry("FSR-CSV-AMBIGUOUS-NUMBER", "is ambiguous: in a ';' file a '\\.' separates thousands only before groups of three digits.*"),
            new Entry("FSR-CSV-DECIMAL-IN-INTEGER", "must be a whole number.*"),
            new Entry("FSR-CSV-COMMA-IN-NUMBER", "has a ',' inside a number in a ',' file.*"),
            new Entry("FSR-CSV-NOT-A-NUMBER", "is not a (?:whole )?number.*"),
            new Entry("FSR-CSV-TOO-MANY-DECIMALS", "has more than two decimals: an amount in euro is to the cent"),
            new Entry("FSR-CSV-ENCODING", "is neither UTF-8 nor Windows-1252 text.*"),
            new Entry("FSR-CSV-UNKNOWN-KEY", "unknown key"),
            new Entry("FSR-REF-HOUSEHOLD", "names a household that is not in (\\S+)"),
            new Entry("FSR-NO-MEMBERS", "has no members in (\\S+)"),
            new Entry("FSR-HOUSEHOLD-HEADS", "a household has exactly one head"),
            new Entry("FSR-HOUSEHOLD-PARTNERS", "a household has at most one partner"),
            new Entry("FSR-HOUSEHOLD-EMPTY", "a household has at least one member"),
            new Entry("FSR-CHILD-AGE", "a child must be younger than the head and the partner \\((\\d+)\\)"),
            new Entry("FSR-BIRTH-AFTER-DATE", "is after the application date (\\S+)"),
            new Entry("FSR-TWINS-CHILDREN", "twins must be children of the head"),
            new Entry("FSR-TWINS-AGE", "twins of the same group must have the same age"),
            new Entry("FSR-TWINS-ALONE", "a twin group needs at least two members"),
            new Entry("FSR-WORK-NOT-STATED", "is not stated: the (head|partner) of a household with minor children needs a work status.*"),
            new Entry("FSR-STUDENT-NOT-STATED", "is not stated: a child aged 19-26 needs the student flag.*"),
            new Entry("FSR-WIDOWED-NOT-APPLICABLE", "applies only to a single parent \\(no partner\\) with minor children"),
            new Entry("FSR-NURSERY-PARENT", "the head or the partner cannot be the child attending a 0-3 service"),
            new Entry("FSR-NURSERY-AGE", "the child attending a 0-3 service must be under 4 at the date \\(age (\\d+)\\)"),
            new Entry("FSR-MEMBER-ID-DUPLICATE", "is a duplicate member id in this household"),
            new Entry("FSR-SCALE-MIN", "must be at least 1\\.00 \\(DPCM 159/2013 all\\. 1\\)"),
            new Entry("FSR-ISE-INCONSISTENT", "is inconsistent with ISEE (\\S+) × scale (\\S+): ISE / scale = (\\S+) \\(more than a cent apart\\)"),
            new Entry("FSR-SERVICE-YEAR", "must be (?:a service year such as|two consecutive years, such as) 2021/22"),
            new Entry("FSR-RATE-CAP", "is above its legal cap of (\\S+) \\((.+)\\)"),
            new Entry("FSR-ADMIN-IN-INCLUSION", "is part of the inclusion share and cannot exceed it \\((.+)\\)"),
            new Entry("FSR-CUDES-SHARED", "is also the CUDES of unit (\\S+):.*"),
            new Entry("FSR-CUDES-SHARED-LINE", "is also the CUDES of the unit on line (\\d+):.*"),
            new Entry("FSR-UNIT-AUTHORISED-REQUIRED", "is required: state whether the unit is in regular operation.*"),
            new Entry("FSR-UNIT-SEATED-REQUIRED", "is required: state whether the unit is seated in the Ambito.*"),
            new Entry("FSR-ELIGIBLE-SPEND-REQUIRED", "is required for (\\S+)"),
            new Entry("FSR-INVESTMENTS-ABOVE-COSTS", "exceeds the costs (\\S+) \\(costs include investments\\)"),
            new Entry("FSR-ACTIVITY-END", "is before the activity start (\\S+)"),
            new Entry("FSR-INDICATOR-TYPE", "is not an indicator of (\\S+)"),
            new Entry("FSR-INDICATOR-COMPUTED", "is computed from the unit's costs: do not give it"),
            new Entry("FSR-INDICATOR-YES-NO", "is a yes/no indicator: 1 or 0"),
            new Entry("FSR-WEIGHTS-MISSING", "the Assembly must weigh the indicators of (\\S+).*"),
            new Entry("FSR-WEIGHTS-NOT-WEIGHTED", "the type is not split by weighted indicators"),
            new Entry("FSR-INDICATOR-OTHER-TYPE", "is an indicator of (\\S+), not of (\\S+)"),
            new Entry("FSR-TYPE-BUDGETS-SUM", "must sum to the area budget (\\S+).*"),
            new Entry("FSR-AREA-BUDGETS-SUM", "must sum to the distributable budget (\\S+)"),
            new Entry("FSR-AREA-BUDGETS-ALL", "must give a budget for every area"),
            new Entry("FSR-PREVIOUS-SPLIT", "must give last year's amount for every area.*"),
            new Entry("FSR-PER-DAY-SHORTFALL", "cannot pay the minimum of (\\S+) per day of presence for (\\d+) days \\((\\S+)\\): missing (\\S+).*"),
            new Entry("FSR-AREA-MINIMUMS", "cannot pay the per-day minimums of its types \\((\\S+)\\): missing (\\S+)"),
            new Entry("FSR-BUDGET-MINIMUMS", "cannot pay the guaranteed minimums of (\\S+): missing (\\S+)"),
            new Entry("FSR-BUDGET-FLOORS", "cannot pay the floors of (\\S+): missing (\\S+)"),
            new Entry("FSR-UNKNOWN-COMUNE", "names an unknown Comune"),
            new Entry("FSR-TRANSPORTED-ABOVE-ENROLLED", "exceeds the pupils enrolled \\((\\d+)\\)"),
            new Entry("FSR-TRANSPORTED-RANGE", "must be between 0 and the pupils enrolled"),
            new Entry("FSR-YEAR", "a four-digit year is required")));
        // specific before general: a longer pattern of a family is tried first
        e.sort((a, b) -> Integer.compare(b.pattern.pattern().length(), a.pattern.pattern().length()));
        ENTRIES = List.copyOf(e);
    }

    private ViolationCodes() {
    }

    /** The code and arguments of an English message. */
    static Match classify(String message) {
        for (Entry e : ENTRIES) {
            Matcher m = e.pattern.matcher(message);
            if (m.matches()) {
                List<Object> args = new ArrayList<>();
                for (int i = 1; i <= m.groupCount(); i++) {
                    args.add(m.group(i) == null ? "" : m.group(i));
                }
                return new Match(e.code, args);
            }
        }
        return new Match(GENERIC, List.of(message));
    }

    /** Every code with a pattern (for the catalog's completeness test). */
    static List<String> codes() {
        return ENTRIES.stream().map(Entry::code).distinct().sorted().toList();
    }
}
