package it.fsr.isee.dsu;

import static it.fsr.isee.dsu.DsuCalculatorTest.D2025;
import static it.fsr.isee.dsu.DsuCalculatorTest.declarant;
import static it.fsr.isee.dsu.DsuCalculatorTest.e;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The deposits' exception of DPCM 159/2013 art. 5 c. 4 lett. a)
 * (https://www.gazzettaufficiale.it/atto/serie_generale/caricaArticolo?art.progressivo=0&art.idArticolo=5&art.versione=1&art.codiceRedazionale=14G00009&art.dataPubblicazioneGazzetta=2014-01-24&art.idGruppo=0&art.idSottoArticolo1=10&art.idSottoArticolo=1&art.flagTipoArticolo=0):
 * deposits and current accounts count at their balance at 31/12 or, if greater, at their average balance of the year; but
 * when the nucleus bought real estate or increased its other financial assets in the year by more than the average less
 * the balance, the balance counts — the money that left the accounts is counted once, in what it bought (the DSU's
 * instructions, quadro FC2, and the simulators say the same: http://calcoloisee.it "fatte salve le regole relative agli
 * incrementi di patrimonio mobiliare di cui all'art. 5, comma 4 lett. a").
 */
class DepositsIncreasesReadingTest {

    /**
     * One person, wages 20,000 (ISR 17,000 after the 3,000 deduction), balance 10,000, average 30,000, a flat of 25,000
     * bought in the year with the money: ISP 25,000 + (30,000 − 6,000) = 49,000, ISEE 26,800.00 by the average; by the
     * exception ISP 25,000 + (10,000 − 6,000) = 29,000, ISEE 22,800.00.
     */
    @Test
    void purchasesAboveTheGapBetweenAverageAndBalanceCountTheBalance() {
        Dsu bought = flat(e(25000));
        DsuResult r = DsuCalculator.compute(bought, Variant.ORDINARIO, Purpose.ORDINARIO);
        assertThat(r.isp()).isEqualTo(Euro.parse("29000.00"));
        assertThat(r.isee()).isEqualTo(Euro.parse("22800.00"));
        assertThat(r.explanation().toText(Locale.ITALIAN)).contains("il saldo al 31/12, perché gli acquisti").contains("art. 5 c. 4 lett. a)");
        assertThat(r.explanation().toText(Locale.ENGLISH)).contains("the balance at 31/12, since the year's purchases");
    }

    /** Purchases of exactly the gap (20,000) or less, or none (0, stated), leave the average: 26,800.00. */
    @Test
    void purchasesNotAboveTheGapLeaveTheAverage() {
        for (Euro increases : List.of(e(20000), e(5000), Euro.ZERO)) {
            DsuResult r = DsuCalculator.compute(flat(increases), Variant.ORDINARIO, Purpose.ORDINARIO);
            assertThat(r.isp()).as("increases %s", increases).isEqualTo(Euro.parse("49000.00"));
            assertThat(r.isee()).isEqualTo(Euro.parse("26800.00"));
            assertThat(r.explanation().toText(Locale.ITALIAN)).contains("il maggiore tra saldo e giacenza media");
        }
    }

    /** With a balance at or above the average the increases decide nothing: they may be left unstated. */
    @Test
    void withTheBalanceAtOrAboveTheAverageTheIncreasesNeedNotBeStated() {
        Dsu dsu = Dsu.of("d", D2025, List.of(declarant(40, true).withEmployeeIncome(e(20000)))).withDeposits(e(30000), e(10000));
        assertThat(DsuCalculator.compute(dsu, Variant.ORDINARIO, Purpose.ORDINARIO).isp()).isEqualTo(Euro.parse("24000.00"));
        assertThat(DsuCalculator.compute(dsu.withAssetIncreases(e(90000)), Variant.ORDINARIO, Purpose.ORDINARIO).isp())
                .isEqualTo(Euro.parse("24000.00"));
    }

    /** Where they decide, nothing is assumed: an average above the balance with the increases unstated is refused, named. */
    @Test
    void anAverageAboveTheBalanceWithTheIncreasesUnstatedIsRefused() {
        Dsu unstated = flat(null);
        assertThatThrownBy(() -> DsuCalculator.compute(unstated, Variant.ORDINARIO, Purpose.ORDINARIO)).isInstanceOfSatisfying(
                ValidationException.class, ex -> {
                    assertThat(ex.violations()).extracting(Violation::code).containsExactly("FSR-DSU-ASSET-INCREASES-REQUIRED");
                    assertThat(ex.violations()).extracting(Violation::field).containsExactly("asset_increases");
                    assertThat(ex.violations().get(0).message(Locale.ITALIAN)).contains("0 se nessuno").contains("art. 5 c. 4 lett. a)");
                });
        assertThatThrownBy(() -> DsuCalculator.compute(flat(e(-1)), Variant.ORDINARIO, Purpose.ORDINARIO))
                .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.violations()).extracting(Violation::field)
                        .containsExactly("asset_increases"));
    }

    /**
     * The counted deposits lie between the balance and the average, and are the balance exactly when the increases exceed
     * the gap: the ISP never rises with the year's purchases, and falls by the gap at most.
     */
    @Test
    void theCountedDepositsAreTheBalanceOrTheAverageAsTheIncreasesSay() {
        qt().forAll(longs().between(0, 5_000_000), longs().between(0, 5_000_000), longs().between(0, 10_000_000)).checkAssert((bal, avg, inc) -> {
            Dsu d = Dsu.of("d", D2025, List.of(declarant(40, true))).withDeposits(Euro.ofCents(bal), Euro.ofCents(avg))
                    .withAssetIncreases(Euro.ofCents(inc));
            Dsu none = d.withAssetIncreases(Euro.ZERO);
            Euro isp = DsuCalculator.compute(d, Variant.ORDINARIO, Purpose.ORDINARIO).isp();
            Euro ispNone = DsuCalculator.compute(none, Variant.ORDINARIO, Purpose.ORDINARIO).isp();
            assertThat(isp).isLessThanOrEqualTo(ispNone);
            long franchigia = 600_000;
            long expected = Math.max(0, (avg > bal && inc > avg - bal ? bal : Math.max(bal, avg)) - franchigia);
            assertThat(isp).isEqualTo(Euro.ofCents(expected));
        });
    }

    private static Dsu flat(Euro increases) {
        Dsu d = Dsu.of("d", D2025, List.of(declarant(40, true).withEmployeeIncome(e(20000)))).withOtherRealEstate(e(25000))
                .withDeposits(e(10000), e(30000));
        return increases == null ? d : d.withAssetIncreases(increases);
    }
}
