package it.fsr.isee;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetCheckTest {
    static final List<BudgetCheck.Application> APPS = List.of(
            new BudgetCheck.Application("c", Euro.parse("9000"), Euro.parse("400.00")),
            new BudgetCheck.Application("a", Euro.parse("3000"), Euro.parse("600.00")),
            new BudgetCheck.Application("b", Euro.parse("9000"), Euro.parse("400.00")),
            new BudgetCheck.Application("d", Euro.parse("12000"), Euro.parse("300.00")));

    @Test
    void ranksByRescaledIseeWithTiesByIdAndFundsInOrderUntilTheBudgetRunsOut() {
        BudgetCheck.Result r = BudgetCheck.check(Euro.parse("1500.00"), APPS, BudgetCheck.Policy.RANKING);
        assertThat(r.fits()).isFalse();
        assertThat(r.outcomes()).extracting(o -> o.application().id()).containsExactly("a", "b", "c", "d");
        assertThat(r.outcomes()).extracting(BudgetCheck.Outcome::fullyFunded).containsExactly(true, true, true, false);
        // 600 + 400 + 400 = 1,400; d (300) no longer fits: 100.00 unspent
        assertThat(r.funded()).isEqualTo(Euro.parse("1400.00"));
        assertThat(r.unspent()).isEqualTo(Euro.parse("100.00"));
    }

    @Test
    void proRataScalesEveryoneToTheBudgetToTheCent() {
        BudgetCheck.Result r = BudgetCheck.check(Euro.parse("1000.00"), APPS, BudgetCheck.Policy.PRO_RATA);
        // 1,000 / 1,700: 352.94 / 235.29 / 235.29 / 176.47 (+1 cent by largest remainder)
        assertThat(r.funded()).isEqualTo(Euro.parse("1000.00"));
        assertThat(r.outcomes().get(0).funded()).isEqualTo(Euro.parse("352.94"));
        assertThat(r.outcomes().stream().mapToLong(o -> o.funded().cents()).sum()).isEqualTo(100000);
    }

    @Test
    void splitsTheRegionsFiveMillionByPlaces() {
        Map<String, Long> places = new LinkedHashMap<>();
        places.put("Verona", 3000L);
        places.put("Padova", 2000L);
        places.put("Belluno", 1000L);
        Map<String, Euro> split = RegionalNurseryFund.split(Euro.ofEuros(5_000_000), places);
        assertThat(split).containsEntry("Verona", Euro.parse("2500000.00")).containsEntry("Padova", Euro.parse("1666666.67"))
                .containsEntry("Belluno", Euro.parse("833333.33"));
    }
}
