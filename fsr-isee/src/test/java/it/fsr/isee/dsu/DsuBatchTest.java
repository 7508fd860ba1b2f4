package it.fsr.isee.dsu;

import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The columnar batch equals the one-by-one calculator to the cent, on every generated DSU. */
class DsuBatchTest {
    @Test
    void theBatchEqualsTheCalculatorOnGeneratedDsus() {
        ParameterSet p = DsuParameters.withFigurativeRate(DsuParameters.defaults(), Rate.ofFraction("0.0321"), LocalDate.of(2020, 1, 1),
                "tasso di prova");
        for (Purpose purpose : List.of(Purpose.ORDINARIO, Purpose.FAMIGLIA_2026)) {
            DsuColumns c = new DsuColumns(p);
            List<Dsu> dsus = new ArrayList<>();
            for (long seed = 0; seed < 4000; seed++) {
                LocalDate date = purpose == Purpose.FAMIGLIA_2026 ? LocalDate.of(2026, 2, 1)
                        : seed % 3 == 0 ? LocalDate.of(2025, 1, 15) : LocalDate.of(2025, 10, 1);
                Dsu d = DsuDifferentialTest.generate(seed, date);
                if (seed % 4 == 0) {
                    d = d.withFigurativeIncome(null);
                }
                dsus.add(d);
                c.add(d);
            }
            DsuBatch.Result r = DsuBatch.run(c, purpose);
            for (int i = 0; i < dsus.size(); i++) {
                DsuResult one = DsuCalculator.compute(dsus.get(i), Variant.ORDINARIO, purpose, p);
                assertThat(Euro.ofCents(r.isr()[i])).as("isr %s", c.id(i)).isEqualTo(one.isr());
                assertThat(Euro.ofCents(r.isp()[i])).as("isp %s", c.id(i)).isEqualTo(one.isp());
                assertThat(r.scale()[i]).as("scale %s", c.id(i)).isEqualTo(one.scale().movePointRight(2).longValueExact());
                assertThat(r.iseeOf(i)).as("isee %s", c.id(i)).isEqualTo(one.isee());
            }
        }
    }

    @Test
    void onAnyNumberOfThreadsTheResultsAreIdentical() {
        DsuColumns c = new DsuColumns();
        for (long seed = 0; seed < 140_000; seed++) {
            c.add(DsuDifferentialTest.generate(seed, seed % 2 == 0 ? LocalDate.of(2025, 1, 15) : LocalDate.of(2025, 10, 1)));
        }
        DsuBatch.Result one = DsuBatch.run(c, Purpose.ORDINARIO);
        for (int threads : new int[] {2, 3, 8}) {
            DsuBatch.Result many = DsuBatch.run(c, Purpose.ORDINARIO, threads);
            assertThat(many.isee()).as("threads %d", threads).isEqualTo(one.isee());
            assertThat(many.isr()).isEqualTo(one.isr());
            assertThat(many.isp()).isEqualTo(one.isp());
            assertThat(many.ise()).isEqualTo(one.ise());
            assertThat(many.scale()).isEqualTo(one.scale());
        }
        assertThatThrownBy(() -> DsuBatch.run(c, Purpose.ORDINARIO, 0)).isInstanceOf(it.fsr.core.validation.ValidationException.class);
    }

    @Test
    void aDsuIsValidatedWhenAddedAndThe2026IseeNeedsTheCapoluogo() {
        DsuColumns c = new DsuColumns();
        assertThatThrownBy(() -> c.add(Dsu.of("x", LocalDate.of(2025, 5, 1), List.of()))).isInstanceOf(ValidationException.class);
        c.add(DsuDifferentialTest.generate(1, LocalDate.of(2026, 5, 1)).withCapoluogoMetropolitano(null));
        assertThatThrownBy(() -> DsuBatch.run(c, Purpose.FAMIGLIA_2026)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("capoluogo_metropolitano");
        assertThat(DsuBatch.run(c, Purpose.ORDINARIO).isee()).hasSize(1);
    }
}
