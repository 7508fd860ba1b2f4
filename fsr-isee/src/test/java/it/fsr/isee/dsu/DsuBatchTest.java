package it.fsr.isee.dsu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.ValidationException;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The batch and the one-by-one calculator against the slow reference of the decree, on generated DSUs of
 * every variant and purpose and on generated parameter sets (every parameter perturbed within its range):
 * both paths give the reference's ISEE to the cent, the same figures as each other, the same explanation,
 * and the same result on any number of threads.
 */
class DsuBatchTest {
    static final List<Variant> VARIANTS = List.of(Variant.values());
    static final List<Purpose> PURPOSES = List.of(Purpose.values());

    static LocalDate date(long seed, Purpose purpose) {
        return purpose == Purpose.ORDINARIO ? (seed % 2 == 0 ? LocalDate.of(2025, 1, 15) : LocalDate.of(2025, 10, 1))
                : LocalDate.of(2026, 2, 1 + (int) (seed % 20));
    }

    @Test
    void bothPathsGiveTheReferenceOnGeneratedParameterSetsForEveryVariantAndPurpose() {
        int checked = 0;
        for (long set = 0; set < 12; set++) {
            DsuReference ref = DsuReference.generate(set);
            ParameterSet p = ref.parameterSet();
            for (Variant variant : VARIANTS) {
                for (Purpose purpose : PURPOSES) {
                    DsuColumns c = new DsuColumns(p, variant, purpose);
                    List<Dsu> dsus = new ArrayList<>();
                    for (long seed = 0; seed < 40; seed++) {
                        Dsu d = DsuReference.generate(set * 1000 + seed, date(seed, purpose), variant, purpose);
                        dsus.add(d);
                        c.add(d);
                    }
                    DsuBatch.Result r = DsuBatch.run(c, 1 + (int) (set % 3));
                    for (int i = 0; i < dsus.size(); i++) {
                        Dsu d = dsus.get(i);
                        DsuResult one = DsuCalculator.compute(d, variant, purpose, p);
                        String at = "set " + set + " " + variant + " " + purpose + " " + d.id();
                        assertThat(one.iseeFinal()).as("reference %s", at).isEqualTo(ref.isee(d, variant, purpose));
                        assertThat(Euro.ofCents(r.iseeFinalCents(i))).as("batch %s", at).isEqualTo(one.iseeFinal());
                        assertThat(Euro.ofCents(r.isrCents(i))).as(at).isEqualTo(one.isr());
                        assertThat(Euro.ofCents(r.ispCents(i))).as(at).isEqualTo(one.isp());
                        assertThat(Euro.ofCents(r.iseCents(i))).as(at).isEqualTo(one.ise());
                        assertThat(r.scale(i)).as(at).isEqualTo(one.scale());
                        assertThat(Euro.ofCents(r.iseeCents(i))).as(at).isEqualTo(one.isee());
                        assertThat(Euro.ofCents(r.componenteAggiuntivaCents(i))).as(at).isEqualTo(one.componenteAggiuntiva());
                        assertThat(Euro.ofCents(r.assegnoUnicoNeutralisedCents(i))).as(at).isEqualTo(one.assegnoUnicoNeutralised());
                        checked++;
                    }
                    DsuResult detail = r.detail(dsus.size() - 1);
                    DsuResult last = DsuCalculator.compute(dsus.get(dsus.size() - 1), variant, purpose, p);
                    assertThat(detail.explanation().toText(Locale.ITALIAN)).isEqualTo(last.explanation().toText(Locale.ITALIAN));
                    assertThat(detail.members()).isEqualTo(last.members());
                }
            }
        }
        assertThat(checked).isEqualTo(12 * VARIANTS.size() * PURPOSES.size() * 40);
    }

    @Test
    void theParametersInForceGiveTheReferenceToo() {
        for (Purpose purpose : PURPOSES) {
            for (long seed = 0; seed < 300; seed++) {
                LocalDate date = date(seed, purpose);
                Dsu d = DsuReference.generate(seed, date, Variant.ORDINARIO, purpose).withFigurativeIncome(it.fsr.core.money.Euro.ofEuros(100));
                assertThat(DsuCalculator.compute(d, Variant.ORDINARIO, purpose).iseeFinal()).as("%s %s", purpose, d.id())
                        .isEqualTo(DsuReference.defaults(date).isee(d, Variant.ORDINARIO, purpose));
            }
        }
    }

    @Test
    void onAnyNumberOfThreadsTheResultsAreIdentical() {
        DsuColumns c = new DsuColumns(DsuParameters.defaults(), Variant.ORDINARIO, Purpose.ORDINARIO);
        for (long seed = 0; seed < 140_000; seed++) {
            c.add(DsuReference.generate(seed, date(seed, Purpose.ORDINARIO), Variant.ORDINARIO, Purpose.ORDINARIO)
                    .withFigurativeIncome(it.fsr.core.money.Euro.ZERO));
        }
        DsuBatch.Result one = DsuBatch.run(c, 1);
        for (int threads : new int[] {2, 3, 8}) {
            DsuBatch.Result many = DsuBatch.run(c, threads);
            for (int i = 0; i < c.size(); i += 7) {
                assertThat(many.iseeFinalCents(i)).as("threads %d, %d", threads, i).isEqualTo(one.iseeFinalCents(i));
                assertThat(many.isrCents(i)).isEqualTo(one.isrCents(i));
                assertThat(many.ispCents(i)).isEqualTo(one.ispCents(i));
                assertThat(many.scale(i)).isEqualTo(one.scale(i));
            }
        }
        assertThatThrownBy(() -> DsuBatch.run(c, 0)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aDsuIsCheckedWhenAddedForTheColumnsVariantAndPurpose() {
        DsuColumns ordinary = new DsuColumns(DsuParameters.defaults(), Variant.ORDINARIO, Purpose.ORDINARIO);
        assertThatThrownBy(() -> ordinary.add(Dsu.of("x", LocalDate.of(2025, 5, 1), List.of()))).isInstanceOf(ValidationException.class);
        DsuColumns family = new DsuColumns(DsuParameters.defaults(), Variant.ORDINARIO, Purpose.FAMIGLIA_2026);
        Dsu d = DsuReference.generate(1, LocalDate.of(2026, 5, 1), Variant.ORDINARIO, Purpose.ORDINARIO).withCapoluogoMetropolitano(null)
                .withFigurativeIncome(it.fsr.core.money.Euro.ZERO);
        assertThatThrownBy(() -> family.add(d)).isInstanceOf(ValidationException.class).hasMessageContaining("capoluogo_metropolitano");
        assertThat(ordinary.add(d).size()).isEqualTo(1);
        assertThatThrownBy(() -> family.addAll(ordinary)).isInstanceOf(ValidationException.class);
        DsuColumns more = new DsuColumns(DsuParameters.defaults(), Variant.ORDINARIO, Purpose.ORDINARIO).add(d);
        assertThat(ordinary.addAll(more).size()).isEqualTo(2);
        assertThat(DsuBatch.run(ordinary, 2).iseeFinalCents(1)).isEqualTo(DsuBatch.run(ordinary, 1).iseeFinalCents(0));
    }
}
