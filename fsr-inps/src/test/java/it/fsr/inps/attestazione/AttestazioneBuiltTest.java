package it.fsr.inps.attestazione;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.inps.CodiceFiscale;
import it.fsr.isee.Variant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attestations built part by part (the record's values as INPS prints them), for what the XML files do not reach: an
 * indicator that points to an ordinary one the attestation lacks, figures that are no amount, the franchigia checked
 * only for a nucleus with a member who is not a child, each variant's act in the explanation.
 */
class AttestazioneBuiltTest {
    static final CodiceFiscale MARIO = CodiceFiscale.of("RSSMRA85T10A562S", "cf");
    static final CodiceFiscale GIULIA = AttestazioneXmlTest.GIULIA;
    static final LocalDate DSU = LocalDate.of(2026, 1, 15);
    static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** ISR 20,000, ISP 0, ISE 20,000, scale 2.04: ISEE 9,803.92; the franchigia printed as given. */
    static Calcolo calcolo(String elemento, String franchigia) {
        return new Calcolo(elemento, DSU, new Valori(d("20000.00"), d("2.04"), d("9803.92"), d("20000.00"), d("0.00")),
                new ModalitaCalcolo(d("24000.00"), d("0.00"), d("4000.00"), d("20000.00"), d(franchigia), d(franchigia), d("0.00"), d("0.00"),
                        d("0.00"), d("20000.00"), d("2.04"), d("0.00"), d("2.04")), List.of());
    }

    static Attestazione of(List<Componente> nucleo, List<Indicatore> indicatori, List<Omissione> omissioni) {
        return new Attestazione("INPS-ISEE-2026-00000001A-00", MARIO, DSU, LocalDate.of(2026, 12, 31), null, false, nucleo, indicatori, omissioni,
                null);
    }

    static Indicatore ordinario(String franchigia) {
        return new Indicatore(TipoIndicatore.ORDINARIO, null, Indicatore.Esito.CALCOLATO, calcolo("ISEEOrdinario", franchigia));
    }

    @Test
    void anAttestationNeedsItsProtocolDeclarantAndDates() {
        assertThatThrownBy(() -> new Attestazione(null, null, null, null, null, false, List.of(), List.of(), List.of(), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("NumeroProtocolloDSU", "CodiceFiscaleDichiarante", "DataPresentazione", "DataValidita"));
    }

    @Test
    void itsPartsAreWhatWasGiven() {
        Attestazione a = of(List.of(new Componente(MARIO, "D")), List.of(ordinario("6000.00")), List.of());
        assertThat(a.corrente()).isFalse();
        assertThat(a.indicatori()).hasSize(1);
        assertThat(a.nucleo()).hasSize(1);
        assertThat(a.variazione()).isEmpty();
        assertThat(a).isEqualTo(of(List.of(new Componente(MARIO, "D")), List.of(ordinario("6000.00")), List.of()))
                .hasSameHashCodeAs(of(List.of(new Componente(MARIO, "D")), List.of(ordinario("6000.00")), List.of()))
                .isNotEqualTo(of(List.of(), List.of(ordinario("6000.00")), List.of()));
        assertThat(a.hashCode()).isNotEqualTo(of(List.of(), List.of(), List.of()).hashCode());
        assertThat(a.toString()).isEqualTo("Attestazione[indicatori=1, omissioni=0]").doesNotContain(MARIO.value());
        Attestazione corrente = new Attestazione("P", MARIO, DSU, LocalDate.of(2026, 12, 31), LocalDate.of(2026, 7, 14), true, List.of(),
                List.of(ordinario("6000.00")), List.of(), null);
        assertThat(corrente.corrente()).isTrue();
        assertThat(corrente.validaFinoA()).isEqualTo(LocalDate.of(2026, 7, 14));
    }

    @Test
    void aMinorsIndicatorThatIsTheOrdinaryOneNeedsTheOrdinaryOne() {
        Indicatore minor = new Indicatore(TipoIndicatore.MINORENNI, GIULIA, Indicatore.Esito.COME_ORDINARIO, null);
        Attestazione without = of(List.of(), List.of(minor), List.of());
        assertThatThrownBy(() -> without.perServizio(new Richiesta(Variant.MINORENNI, GIULIA, MARCH, Difformita.NON_AMMESSE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo("FSR-INPS-VARIANT-ABSENT");
                    assertThat(v.field()).isEqualTo("variante");
                }));
        AttestazioneUsata with = of(List.of(), List.of(ordinario("6000.00"), minor), List.of())
                .perServizio(new Richiesta(Variant.MINORENNI, GIULIA, MARCH, Difformita.NON_AMMESSE));
        assertThat(with.attestazione().isee()).isEqualTo(Euro.parse("9803.92"));
        // ISE / scale is the ISEE: the ISE is passed on, and the explanation says so without componenti aggiuntive
        assertThat(with.attestazione().ise()).contains(Euro.parse("20000.00"));
        assertThat(with.explanation().steps()).anySatisfy(s -> assertThat(s.rule()).isEqualTo("ISE / scala"));
        assertThat(with.explanation().steps()).anySatisfy(s -> assertThat(s.source()).isEqualTo("DPCM 159/2013 art. 7"));
    }

    @Test
    void figuresThatAreNoAmountAreToldAtTheirElement() {
        Calcolo tooFine = new Calcolo("ISEEOrdinario", DSU, new Valori(d("20000.001"), d("2.04"), d("9803.92"), d("20000.00"), d("0.00")),
                calcolo("ISEEOrdinario", "0.00").modalita(), List.of());
        Attestazione a = of(List.of(), List.of(new Indicatore(TipoIndicatore.ORDINARIO, null, Indicatore.Esito.CALCOLATO, tooFine)), List.of());
        assertThatThrownBy(() -> a.perServizio(new Richiesta(Variant.ORDINARIO, null, MARCH, Difformita.AMMESSE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.field()).startsWith("ISEEOrdinario.Valori")));
        Calcolo huge = new Calcolo("ISEEOrdinario", DSU, new Valori(d("1e30"), d("2.04"), d("9803.92"), d("20000.00"), d("0.00")),
                calcolo("ISEEOrdinario", "0.00").modalita(), List.of());
        Attestazione b = of(List.of(), List.of(new Indicatore(TipoIndicatore.ORDINARIO, null, Indicatore.Esito.CALCOLATO, huge)), List.of());
        assertThatThrownBy(() -> b.perServizio(new Richiesta(Variant.ORDINARIO, null, MARCH, Difformita.AMMESSE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.field()).startsWith("ISEEOrdinario.Valori")));
    }

    @Test
    void omissioniAreToldByTheirKindsOnce() {
        Attestazione a = of(List.of(), List.of(ordinario("6000.00")), List.of(new Omissione("Omissione", MARIO), new Omissione("Omissione", GIULIA),
                new Omissione("Difformita", MARIO)));
        assertThatThrownBy(() -> a.perServizio(new Richiesta(Variant.ORDINARIO, null, MARCH, Difformita.NON_AMMESSE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo("FSR-INPS-DIFFORMITA");
                    assertThat(v.message()).contains("Omissione, Difformita").contains("3");
                }));
        AttestazioneUsata used = a.perServizio(new Richiesta(Variant.ORDINARIO, null, MARCH, Difformita.AMMESSE));
        assertThat(used.explanation().steps()).anySatisfy(s -> assertThat(s.rule()).isEqualTo("Omissione, Difformita"));
        assertThat(used.explanation().steps()).anySatisfy(s -> assertThat(s.source()).isEqualTo("DPCM 159/2013 art. 2"));
    }

    @Test
    void theFranchigiaIsCheckedForANucleusWithAMemberWhoIsNotAChild() {
        // a declarant and a child: 2 members, 1 child; the printed franchigia within art. 5 c. 4's
        Verifica two = of(List.of(new Componente(MARIO, "D"), new Componente(GIULIA, "F")), List.of(ordinario("6000.00")), List.of()).verifica();
        assertThat(two.righe()).anySatisfy(r -> {
            assertThat(r.voce()).startsWith("franchigia");
            assertThat(r.concorda()).isTrue();
            assertThat(r.regola()).contains("2 componenti, 1 figli");
        });
        assertThat(two.righe().get(0).indicatore()).isEqualTo("ordinario (ISEEOrdinario)");
        // a franchigia above it: the line differs
        Verifica above = of(List.of(new Componente(MARIO, "D"), new Componente(GIULIA, "F")), List.of(ordinario("90000.00")), List.of()).verifica();
        assertThat(above.differenze()).extracting(RigaVerifica::voce).contains("franchigia patrimonio mobiliare (massimo)");
        // a non-cohabiting parent is no member of the nucleus for it; a nucleus of children only has no line
        Verifica gnc = of(List.of(new Componente(MARIO, "GNC"), new Componente(GIULIA, "F")), List.of(ordinario("6000.00")), List.of()).verifica();
        assertThat(gnc.righe()).noneSatisfy(r -> assertThat(r.voce()).startsWith("franchigia"));
        // an indicator of a beneficiary is labelled with them
        Indicatore minor = new Indicatore(TipoIndicatore.MINORENNI, GIULIA, Indicatore.Esito.CALCOLATO, calcolo("ISEEMinAttr", "6000.00"));
        assertThat(of(List.of(), List.of(minor), List.of()).verifica().righe().get(0).indicatore()).isEqualTo(TipoIndicatore.MINORENNI.code() + " " + GIULIA.toString() + " (ISEEMinAttr)");
    }
}
