package it.fsr.isee.dsu;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import it.fsr.isee.Disability;
import it.fsr.isee.Purpose;
import it.fsr.isee.Relationship;
import it.fsr.isee.Variant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The published DSU vectors of {@code vectors/dsu.csv} (each row names its source; the file's {@code #}
 * header gives the addresses), through the one-by-one calculator and, the same DSU, through the batch.
 */
class DsuVectorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/vectors/dsu.csv", numLinesToSkip = 1)
    void publishedVector(String id, String date, String members, String rent, String homeValue, String homeMortgage,
            String depositsBalance, String depositsAverage, String otherFinancial, String bonds, String figurative,
            String isr, String isp, String ise, String scale, String isee, String source) {
        Dsu dsu = Dsu.of(id, LocalDate.parse(date), members(members))
                .withRent(euro(rent)).withHome(euro(homeValue), euro(homeMortgage))
                .withDeposits(euro(depositsBalance), euro(depositsAverage)).withFinancial(euro(otherFinancial), euro(bonds));
        if (figurative != null) {
            dsu = dsu.withFigurativeIncome(euro(figurative));
        }
        DsuResult r = DsuCalculator.compute(dsu, Variant.ORDINARIO, Purpose.ORDINARIO);
        if (isr != null) {
            assertThat(r.isr()).as(source).isEqualTo(euro(isr));
        }
        if (isp != null) {
            assertThat(r.isp()).as(source).isEqualTo(euro(isp));
        }
        if (ise != null) {
            assertThat(r.ise()).as(source).isEqualTo(euro(ise));
        }
        if (scale != null) {
            assertThat(r.scale()).as(source).isEqualByComparingTo(scale);
        }
        if (isee != null) {
            assertThat(r.isee()).as(source).isEqualTo(euro(isee));
        }
        DsuColumns columns = new DsuColumns(DsuParameters.defaults(), Variant.ORDINARIO, Purpose.ORDINARIO);
        columns.add(dsu);
        DsuBatch.Result batch = DsuBatch.run(columns, 1);
        assertThat(batch.iseeCents(0)).as("batch " + source).isEqualTo(r.isee().cents());
        assertThat(batch.ispCents(0)).as("batch " + source).isEqualTo(r.isp().cents());
        assertThat(batch.isrCents(0)).as("batch " + source).isEqualTo(r.isr().cents());
    }

    static Euro euro(String text) {
        return text == null ? Euro.ZERO : Euro.parse(text);
    }

    /** {@code relationship/age[/w][/disability][/income=amount…]} separated by {@code ;}. */
    static List<DsuMember> members(String text) {
        List<DsuMember> out = new ArrayList<>();
        int n = 0;
        for (String member : text.split(";")) {
            String[] parts = member.split("/");
            Relationship relationship = Relationship.valueOf(parts[0].toUpperCase(Locale.ROOT));
            int age = Integer.parseInt(parts[1]);
            boolean worked = false;
            Disability disability = Disability.NONE;
            List<String[]> incomes = new ArrayList<>();
            for (int i = 2; i < parts.length; i++) {
                if (parts[i].equals("w")) {
                    worked = true;
                } else if (parts[i].contains("=")) {
                    incomes.add(parts[i].split("="));
                } else {
                    disability = Disability.valueOf(parts[i].toUpperCase(Locale.ROOT));
                }
            }
            DsuMember m = DsuMember.of("m" + n++, relationship, age, disability, worked);
            for (String[] income : incomes) {
                Euro amount = Euro.parse(income[1]);
                m = switch (income[0]) {
                    case "employee" -> m.withEmployeeIncome(amount);
                    case "pension" -> m.withPensionIncome(amount);
                    case "other" -> m.withOtherIncome(amount);
                    case "benefits" -> m.withPublicBenefits(amount);
                    case "maintenance_received" -> m.withMaintenance(amount, m.maintenancePaid());
                    case "maintenance_paid" -> m.withMaintenance(m.maintenanceReceived(), amount);
                    case "disability_expenses" -> m.withDisabilityExpenses(amount);
                    case "agricultural" -> m.withAgriculturalIncome(amount);
                    default -> throw new IllegalArgumentException("unknown income " + income[0]);
                };
            }
            out.add(m);
        }
        return out;
    }
}
