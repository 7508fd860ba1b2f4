package it.fsr.isee.dsu;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.explain.Step;
import it.fsr.core.money.Euro;
import it.fsr.isee.Disability;
import it.fsr.isee.Purpose;
import it.fsr.isee.Relationship;
import it.fsr.isee.Variant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each step of the ISEE's explanation cites the act its figure comes from (DPCM 159/2013 and the laws and circulars
 * of the purposes): the purpose's own act, the Assegno Unico's neutralisation, the figurative income given or computed,
 * the non-cohabiting parent's treatment and his componente aggiuntiva.
 */
class DsuExplanationSourcesTest {
    static final LocalDate DATE = LocalDate.of(2025, 9, 1);

    private static List<Step> all(DsuResult r) {
        List<Step> out = new ArrayList<>();
        for (Step s : r.explanation().steps()) {
            collect(s, out);
        }
        return out;
    }

    private static void collect(Step s, List<Step> out) {
        out.add(s);
        s.children().forEach(c -> collect(c, out));
    }

    private static Optional<Step> step(DsuResult r, String key) {
        return all(r).stream().filter(s -> s.label().key().equals(key)).findFirst();
    }

    private static List<String> keys(DsuResult r) {
        return all(r).stream().map(s -> s.label().key()).toList();
    }

    private static DsuMember declarant() {
        return DsuMember.of("d", Relationship.DECLARANT, 45, Disability.NONE, true).withEmployeeIncome(Euro.parse("20000.00"));
    }

    @Test
    void eachPurposeCitesItsOwnAct() {
        Dsu family = Dsu.of("x", DATE, List.of(declarant(), DsuMember.of("c", Relationship.CHILD, 2, Disability.NONE, false)))
                .withAssegnoUnico(Euro.parse("2400.00"));
        for (Purpose p : Purpose.values()) {
            Dsu d = p == Purpose.FAMIGLIA_2026 ? Dsu.of("x", LocalDate.of(2026, 2, 1), family.members()).withAssegnoUnico(Euro.parse("2400.00"))
                    .withCapoluogoMetropolitano(false) : family;
            DsuResult r = DsuCalculator.compute(d, Variant.ORDINARIO, p);
            String expected = switch (p) {
                case ORDINARIO -> "DPCM 159/2013";
                case FAMIGLIA_2026 -> "L. 199/2025 art. 1 c. 208";
                case BONUS_NIDO -> "circolare INPS 60/2025";
                default -> "L. 207/2024 art. 1 c. 206";
            };
            assertThat(step(r, "dsu.purpose." + p.name()).orElseThrow().source()).as(p.name()).isEqualTo(expected);
            Step fin = step(r, "dsu.final").orElseThrow();
            assertThat(fin.rule().contains(" − ")).as(p.name()).isEqualTo(p.neutralisesAssegnoUnico());
            if (p.neutralisesAssegnoUnico()) {
                String auu = step(r, "dsu.auu").orElseThrow().source();
                if (p == Purpose.BONUS_NIDO) {
                    assertThat(auu).isEqualTo("circolare INPS 60/2025");
                } else {
                    assertThat(auu).startsWith("L. 207/2024 art. 1 c. 206").contains("scelta di fsr");
                }
            }
        }
    }

    @Test
    void aFigurativeIncomeGivenIsTheDsusAndOtherwiseComputed() {
        Dsu base = Dsu.of("x", DATE, List.of(declarant()));
        assertThat(step(DsuCalculator.compute(base.withFigurativeIncome(Euro.parse("120.00")), Variant.ORDINARIO, Purpose.ORDINARIO), "dsu.figurative")
                .orElseThrow().rule()).isEqualTo("DSU");
        assertThat(step(DsuCalculator.compute(base.withFigurativeIncome(Euro.ZERO), Variant.ORDINARIO, Purpose.ORDINARIO), "dsu.figurative")
                .orElseThrow().rule()).isEqualTo("DSU");
        assertThat(step(DsuCalculator.compute(base, Variant.ORDINARIO, Purpose.ORDINARIO), "dsu.figurative").orElseThrow().rule())
                .startsWith("minimo(");
    }

    @Test
    void theNonCohabitingParentsTreatmentIsSaidWithItsRule() {
        DsuMember mother = DsuMember.of("m", Relationship.DECLARANT, 30, Disability.NONE, true).withEmployeeIncome(Euro.ofEuros(8000));
        DsuMember child = DsuMember.of("c", Relationship.CHILD, 4, Disability.NONE, false).withBeneficiary(true);
        DsuMember father = DsuMember.of("g", Relationship.NON_COHABITING_PARENT, 35, Disability.NONE, true)
                .withEmployeeIncome(Euro.ofEuros(50000)).withGncCase(GncCase.ATTRACTED);
        DsuResult alone = DsuCalculator.compute(Dsu.of("x", DATE, List.of(mother, child)), Variant.ORDINARIO, Purpose.ORDINARIO);
        assertThat(keys(alone)).noneMatch(k -> k.startsWith("dsu.gnc."));
        DsuResult check = DsuCalculator.compute(Dsu.of("x", DATE, List.of(mother, child, father)), Variant.ORDINARIO, Purpose.ORDINARIO);
        assertThat(step(check, "dsu.gnc.singleParentCheck").orElseThrow().source()).isEqualTo("DPCM 159/2013 all. 1 lett. b) e art. 7 c. 1");
        assertThat(keys(check)).doesNotContain("dsu.gnc.attracted", "dsu.gnc.outside");
        DsuResult attracted = DsuCalculator.compute(Dsu.of("x", DATE, List.of(mother, child, father)), Variant.MINORENNI, Purpose.ORDINARIO);
        assertThat(step(attracted, "dsu.gnc.attracted").orElseThrow().source()).isEqualTo("DPCM 159/2013 art. 7 c. 1");
        assertThat(attracted.nucleus()).contains("g");
        DsuResult excluded = DsuCalculator.compute(Dsu.of("x", DATE, List.of(mother, child, father.withGncCase(GncCase.EXCLUDED))),
                Variant.MINORENNI, Purpose.ORDINARIO);
        assertThat(step(excluded, "dsu.gnc.outside").orElseThrow().source()).isEqualTo("DPCM 159/2013 art. 7 c. 1");
        assertThat(excluded.nucleus()).doesNotContain("g");
    }

    @Test
    void theNonCohabitingParentsComponenteAggiuntivaCitesArticleSeven() {
        DsuMember mother = DsuMember.of("m", Relationship.DECLARANT, 30, Disability.NONE, true).withEmployeeIncome(Euro.ofEuros(8000));
        DsuMember child = DsuMember.of("c", Relationship.CHILD, 4, Disability.NONE, false).withBeneficiary(true);
        DsuMember father = DsuMember.of("g", Relationship.NON_COHABITING_PARENT, 35, Disability.NONE, true).withGncCase(GncCase.MARRIED_OTHER);
        Dsu d = Dsu.of("x", DATE, List.of(mother, child, father))
                .withOutside(List.of(new OutsidePerson("g", Euro.parse("60000.00"), new BigDecimal("2.04"), OutsidePerson.Exemption.NONE)));
        DsuResult r = DsuCalculator.compute(d, Variant.MINORENNI, Purpose.ORDINARIO);
        assertThat(step(r, "dsu.ca").orElseThrow().source()).isEqualTo("DPCM 159/2013 art. 7 c. 1 e all. 2 c. 2");
        // a child living elsewhere, in the residential ISEE: art. 6 c. 3
        Dsu rsa = Dsu.of("x", DATE, List.of(DsuMember.of("p", Relationship.DECLARANT, 84, Disability.NOT_SELF_SUFFICIENT, false).withBeneficiary(true)))
                .withOutside(List.of(new OutsidePerson("f1", Euro.parse("31000.00"), new BigDecimal("2.04"), OutsidePerson.Exemption.NONE)));
        assertThat(step(DsuCalculator.compute(rsa, Variant.RESIDENZE, Purpose.ORDINARIO), "dsu.ca").orElseThrow().source())
                .isEqualTo("DPCM 159/2013 art. 6 c. 3 e all. 2 c. 1");
    }
}
