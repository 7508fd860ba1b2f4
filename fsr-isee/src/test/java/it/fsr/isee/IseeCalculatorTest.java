package it.fsr.isee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The worked vectors of the fsr spec isee.md §1, derived from DPCM 159/2013. */
class IseeCalculatorTest {
    static final LocalDate DATE = LocalDate.of(2025, 3, 1);

    @Test
    void fourMembersBothParentsWorkingOneChildUnderThree() {
        Household h = Household.of("f4", DATE, Member.head(36, WorkStatus.WORKS), Member.partner(34, WorkStatus.WORKS), Member.child(1), Member.child(6));
        IncomeAndAssets in = IncomeAndAssets.none().withOtherIncome(Euro.ofEuros(30000))
                .withHome(Euro.ofEuros(100000), Euro.ofEuros(40000)).withFinancialAssets(Euro.ofEuros(20000));
        IseeCalculator.Result r = IseeCalculator.compute(h, in, IseeParameters.defaults());
        assertThat(r.scale()).isEqualByComparingTo("2.76");                 // 2.46 + 0.3
        assertThat(r.isr()).isEqualTo(Euro.ofEuros(30000));
        assertThat(r.isp()).isEqualTo(Euro.ofEuros(15000));                 // 2/3 × 7,500 + (20,000 − 10,000)
        assertThat(r.ise()).isEqualTo(Euro.ofEuros(33000));                 // 30,000 + 20% × 15,000
        assertThat(r.isee()).isEqualTo(Euro.parse("11956.52"));             // 33,000 / 2.76 = 11,956.5217
    }

    @Test
    void singleRenter() {
        Household h = Household.of("s", DATE, Member.head(30, WorkStatus.WORKS));
        IncomeAndAssets in = IncomeAndAssets.none().withEmployeeIncome(Euro.ofEuros(18000)).withRent(Euro.ofEuros(8400))
                .withFinancialAssets(Euro.ofEuros(5000));
        IseeCalculator.Result r = IseeCalculator.compute(h, in, IseeParameters.defaults());
        assertThat(r.isr()).isEqualTo(Euro.ofEuros(8000));                  // 18,000 − 3,000 − 7,000
        assertThat(r.isp()).isEqualTo(Euro.ZERO);                           // 5,000 < 6,000
        assertThat(r.isee()).isEqualTo(Euro.parse("8000.00"));
    }

    @Test
    void nationalScaleOfLargeHouseholdsAndDisability() {
        // 2 parents + 5 minors, both working: 2.85 + 2 × 0.35 + 0.5 + 0.2 = 4.25
        Household big = Household.of("big", DATE, Member.head(45, WorkStatus.WORKS), Member.partner(44, WorkStatus.WORKS), Member.child(4), Member.child(6), Member.child(8),
                Member.child(10), Member.child(12));
        assertThat(NationalScale.of(big).value()).isEqualByComparingTo("4.25");
        // 3 members, one adult with medium disability: 2.04 + 0.5 = 2.54
        Household dis = Household.of("dis", DATE, Member.head(50, WorkStatus.WORKS), Member.partner(48, WorkStatus.WORKS).withDisability(Disability.MEDIUM),
                Member.of(Relationship.OTHER, 80));
        assertThat(NationalScale.of(dis).value()).isEqualByComparingTo("2.54");
    }

    @Test
    void iseIsIsrPlusTwentyPercentOfIspAndIseeIsIseOverTheScale() {
        assertThat(IseeCalculator.ise(Euro.ofEuros(10000), Euro.parse("1234.57"), it.fsr.core.money.Rate.ofPercent(20)))
                .isEqualTo(Euro.parse("10246.91"));                          // 246.914 -> 246.91
        assertThat(IseeCalculator.isee(Euro.ofEuros(10000), new BigDecimal("1.57"))).isEqualTo(Euro.parse("6369.43"));
    }

    @Test
    void rejectsAnAttestationWhoseIseAndIseeDisagreeWithTheScaleAndNegativeValues() {
        assertThatThrownBy(() -> IseeAttestation.of(Euro.parse("10000.00"), new BigDecimal("2.04"), Euro.parse("20000.00")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ise = 20000.00: is inconsistent with ISEE 10000.00 × scale 2.04: ISE / scale = 9803.92");
        assertThat(IseeAttestation.of(Euro.parse("9803.92"), new BigDecimal("2.04"), Euro.parse("20000.00")).isee()).isEqualTo(Euro.parse("9803.92"));
        assertThatThrownBy(() -> IseeAttestation.of(Euro.parse("-1"), new BigDecimal("0.9"), Euro.parse("-2")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).hasSize(3))
                .hasMessageContaining("isee = -1.00: must not be negative")
                .hasMessageContaining("scale = 0.9: must be at least 1.00")
                .hasMessageContaining("ise = -2.00: must not be negative");
        assertThatThrownBy(() -> IseeCalculator.compute(Household.of("x", DATE, Member.head(30, WorkStatus.WORKS)),
                IncomeAndAssets.none().withRent(Euro.parse("-5")), IseeParameters.defaults()))
                .hasMessageContaining("rentPaid = -5.00: must not be negative");
    }
}
