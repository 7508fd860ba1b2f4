package it.fsr.inps.attestazione;

import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Euro;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import it.fsr.inps.CodiceFiscale;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import it.fsr.isee.dsu.DsuParameters;
import it.fsr.isee.dsu.IseeTotals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An ISEE attestation as INPS returns it to an ente erogatore (schema {@code ISEE_Attestazione}, namespace
 * {@code http://inps.it/ISEERiforma}; read by {@link AttestazioneXml}): the DSU's protocol and dates, the nucleus, every
 * indicator INPS computed, the omissioni and difformità, the variation it records. Immutable and thread-safe.
 *
 * <p>{@link #perServizio} chooses the indicator a service asks for and gives the {@link IseeAttestation} fsr's
 * calculators take, refusing with the reason an attestation that is not valid at the date, lacks the indicator, could
 * not compute it, or bears omissioni the ente does not accept. {@link #verifica} recomputes its arithmetic.
 */
public final class Attestazione {
    private static final String ART2 = "DPCM 159/2013 art. 2 c. 2";
    private final String protocollo;
    private final CodiceFiscale dichiarante;
    private final LocalDate dataPresentazione;
    private final LocalDate dataValidita;
    private final LocalDate scadenzaCorrente;
    private final boolean corrente;
    private final List<Componente> nucleo;
    private final List<Indicatore> indicatori;
    private final List<Omissione> omissioni;
    private final Variazione variazione;

    /**
     * An attestation.
     *
     * @param protocollo        the DSU's INPS protocol ({@code INPS-ISEE-aaaa-nnnnnnnnX-nn})
     * @param dichiarante       the declarant
     * @param dataPresentazione the DSU's date
     * @param dataValidita      the last day the attestation is valid
     * @param scadenzaCorrente  the last day of an ISEE corrente, or null
     * @param corrente          whether the indicators are ISEE corrente (art. 9)
     * @param nucleo            the ordinary nucleus
     * @param indicatori        every indicator
     * @param omissioni         the omissioni and difformità
     * @param variazione        the variation recorded, or null
     */
    public Attestazione(String protocollo, CodiceFiscale dichiarante, LocalDate dataPresentazione, LocalDate dataValidita,
            LocalDate scadenzaCorrente, boolean corrente, List<Componente> nucleo, List<Indicatore> indicatori, List<Omissione> omissioni,
            Variazione variazione) {
        Violations v = new Violations();
        v.requireNonNull(protocollo, "NumeroProtocolloDSU");
        v.requireNonNull(dichiarante, "CodiceFiscaleDichiarante");
        v.requireNonNull(dataPresentazione, "DataPresentazione");
        v.requireNonNull(dataValidita, "DataValidita");
        v.throwIfAny();
        this.protocollo = protocollo;
        this.dichiarante = dichiarante;
        this.dataPresentazione = dataPresentazione;
        this.dataValidita = dataValidita;
        this.scadenzaCorrente = scadenzaCorrente;
        this.corrente = corrente;
        this.nucleo = List.copyOf(nucleo);
        this.indicatori = List.copyOf(indicatori);
        this.omissioni = List.copyOf(omissioni);
        this.variazione = variazione;
    }

    /** The DSU's protocol. */
    public String protocollo() {
        return protocollo;
    }

    /** The declarant. */
    public CodiceFiscale dichiarante() {
        return dichiarante;
    }

    /** The DSU's date. */
    public LocalDate dataPresentazione() {
        return dataPresentazione;
    }

    /** The last day of validity: the ISEE corrente's when it is one, else the attestation's. */
    public LocalDate validaFinoA() {
        return corrente && scadenzaCorrente != null ? scadenzaCorrente : dataValidita;
    }

    /** Whether the indicators are ISEE corrente. */
    public boolean corrente() {
        return corrente;
    }

    /** The ordinary nucleus. */
    public List<Componente> nucleo() {
        return nucleo;
    }

    /** Every indicator, in the attestation's order. */
    public List<Indicatore> indicatori() {
        return indicatori;
    }

    /** The omissioni and difformità. */
    public List<Omissione> omissioni() {
        return omissioni;
    }

    /** The variation recorded, if any. */
    public java.util.Optional<Variazione> variazione() {
        return java.util.Optional.ofNullable(variazione);
    }

    /**
     * The indicator {@code richiesta} asks for, as an {@link IseeAttestation}.
     *
     * <ul>
     * <li>Valid from the DSU's date to {@link #validaFinoA()} (DPCM 159/2013 art. 10 c. 1 as amended by D.L. 34/2019
     * art. 28-bis: valid to 31 December; the ISEE corrente, art. 9 c. 4, for its months).</li>
     * <li>Ordinary: {@code ISEEOrdinario}. Minorenni, università: the minor's or student's block, {@code ISEEOrd}
     * meaning the ordinary one (art. 7, 8). Sociosanitario: the beneficiary's nucleo ristretto ({@code Ridotto},
     * art. 6 c. 2). Residenze: the beneficiary's residential ristretto block, else the residential block with the
     * ordinary nucleus (art. 6 c. 3). Not computable ({@code ISEENonCalcolabile}) or absent: refused.</li>
     * <li>Omissioni or difformità: used when the ente admits them (art. 11 c. 6), else refused.</li>
     * <li>The ISE is passed with the ISEE only when the ISEE is ISE / scale to the cent (a componente aggiuntiva adds
     * to it, all. 2).</li>
     * </ul>
     *
     * @throws ValidationException every reason at once (FSR-INPS-…)
     */
    public AttestazioneUsata perServizio(Richiesta richiesta) {
        ValidationException.requireNonNull(richiesta, "richiesta");
        Violations v = new Violations();
        LocalDate d = richiesta.data();
        if (d.isBefore(dataPresentazione)) {
            v.addCoded("FSR-INPS-BEFORE-DSU", "data", d, dataPresentazione);
        }
        if (d.isAfter(validaFinoA())) {
            v.addCoded("FSR-INPS-EXPIRED", "data", d, validaFinoA());
        }
        if (!omissioni.isEmpty() && richiesta.difformita() == Difformita.NON_AMMESSE) {
            v.addCoded("FSR-INPS-DIFFORMITA", "OmissioneDifformita", omissioni.size(), tipiOmissioni());
        }
        Indicatore chosen = choose(richiesta, v);
        Calcolo c = null;
        if (chosen != null) {
            c = chosen.esito() == Indicatore.Esito.COME_ORDINARIO ? calcolo(TipoIndicatore.ORDINARIO, null)
                    : chosen.esito() == Indicatore.Esito.COME_RISTRETTO ? calcolo(TipoIndicatore.RISTRETTO, chosen.beneficiario()) : chosen.calcolo();
            if (chosen.esito() == Indicatore.Esito.NON_CALCOLABILE) {
                v.addCoded("FSR-INPS-NON-CALCOLABILE", richiesta.variante().code(), chosen.tipo().code());
            } else if (c == null) {
                v.addCoded("FSR-INPS-VARIANT-ABSENT", "variante", richiesta.variante().code(), chosen.tipo().code());
            }
        }
        IseeAttestation a = null;
        if (c != null) {
            try {
                Euro isee = Euro.of(c.valori().isee());
                Euro ise = Euro.of(c.valori().ise());
                BigDecimal scala = c.valori().scala();
                Euro quotient = scala.signum() > 0 ? IseeAttestation.iseeOf(ise, scala) : null;
                boolean iseFits = quotient != null && Math.abs(quotient.cents() - isee.cents()) <= 1;
                a = IseeAttestation.of(isee, scala, iseFits ? ise : null);
            } catch (ValidationException e) {
                v.addAll(c.elemento() + ".Valori.", e);
            } catch (ArithmeticException e) {
                v.addCoded("FSR-XML-NOT-AMOUNT", c.elemento() + ".Valori", "");
            }
        }
        v.throwIfAny();
        List<Step> steps = new ArrayList<>();
        steps.add(InpsMessages.step("attestazione.validita", validaFinoA(), dataPresentazione + " – " + validaFinoA(),
                corrente ? "DPCM 159/2013 art. 9 c. 4" : "DPCM 159/2013 art. 10 c. 1; D.L. 34/2019 art. 28-bis", protocollo));
        steps.add(InpsMessages.step("attestazione.indicatore", c.elemento(), chosen.tipo().code() + " / " + chosen.esito(), fonte(richiesta.variante()),
                richiesta.variante().code()));
        if (!omissioni.isEmpty()) {
            steps.add(InpsMessages.step("attestazione.difformita", omissioni.size(), tipiOmissioni(), "DPCM 159/2013 art. 11 c. 6"));
        }
        steps.add(InpsMessages.step("attestazione.isee", a.isee(), "ISE / scala" + (a.ise().isPresent() ? "" : " + componenti aggiuntive"), ART2));
        steps.add(InpsMessages.step("attestazione.scala", a.scale(), "", "DPCM 159/2013 all. 1"));
        return new AttestazioneUsata(a, protocollo, dataPresentazione, chosen, Explanation.of(steps));
    }

    private String tipiOmissioni() {
        return String.join(", ", omissioni.stream().map(Omissione::tipo).distinct().toList());
    }

    private static String fonte(Variant variant) {
        return switch (variant) {
            case ORDINARIO -> "DPCM 159/2013 art. 2";
            case MINORENNI -> "DPCM 159/2013 art. 7";
            case UNIVERSITA -> "DPCM 159/2013 art. 8";
            case SOCIOSANITARIO -> "DPCM 159/2013 art. 6 c. 2";
            case RESIDENZE -> "DPCM 159/2013 art. 6 c. 3";
        };
    }

    private Indicatore choose(Richiesta r, Violations v) {
        CodiceFiscale b = r.beneficiario();
        Indicatore found = switch (r.variante()) {
            case ORDINARIO -> find(TipoIndicatore.ORDINARIO, null);
            case MINORENNI -> find(TipoIndicatore.MINORENNI, b);
            case UNIVERSITA -> find(TipoIndicatore.UNIVERSITARIO, b);
            case SOCIOSANITARIO -> find(TipoIndicatore.RISTRETTO, b);
            case RESIDENZE -> {
                Indicatore ristretto = find(TipoIndicatore.SOCIOSANITARIO_RESIDENZIALE_RISTRETTO, b);
                yield ristretto != null ? ristretto : find(TipoIndicatore.SOCIOSANITARIO_RESIDENZIALE, b);
            }
        };
        if (found == null) {
            v.addCoded("FSR-INPS-VARIANT-ABSENT", "variante", r.variante().code(), r.variante().code());
        }
        return found;
    }

    private Indicatore find(TipoIndicatore tipo, CodiceFiscale beneficiario) {
        for (Indicatore i : indicatori) {
            if (i.tipo() == tipo && java.util.Objects.equals(i.beneficiario(), beneficiario)) {
                return i;
            }
        }
        return null;
    }

    private Calcolo calcolo(TipoIndicatore tipo, CodiceFiscale beneficiario) {
        Indicatore i = find(tipo, beneficiario);
        return i == null ? null : i.calcolo();
    }

    /** {@link #verifica(ParameterSet)} with fsr's parameters. */
    public Verifica verifica() {
        return verifica(DsuParameters.defaults());
    }

    /**
     * INPS's arithmetic recomputed from the attestation's own figures, for every indicator it computed:
     * <ul>
     * <li>the figures of {@code Valori} equal those of the modalità di calcolo (ISR, ISP, ISE, scala);</li>
     * <li>ISR = Σ incomes + reddito figurativo − deductions, at least 0 (DPCM 159/2013 art. 4);</li>
     * <li>ISP = (financial assets − their franchigia) + (real estate − its deductions), each part at least 0 (art. 5;
     * scelta di fsr: a franchigia never makes the other part negative, art. 5 c. 2 and c. 4);</li>
     * <li>ISE = ISR + 20% ISP, half-up to the cent, by fsr's rule and dated share (art. 2 c. 3);</li>
     * <li>scala = parametro + maggiorazioni (all. 1);</li>
     * <li>ISEE = ISE / scala, half-up to the cent, plus each componente aggiuntiva printed (art. 2 c. 2, all. 2);</li>
     * <li>ordinary indicator: the financial franchigia printed within the one of art. 5 c. 4 for the nucleus listed
     * (its members but the GNC, its children F, MA, FC, FNC).</li>
     * </ul>
     * The reddito figurativo is not recomputed: the attestation does not print its base. Each line carries both
     * figures; none is rounded away.
     */
    public Verifica verifica(ParameterSet parameters) {
        ValidationException.requireNonNull(parameters, "parameters");
        List<RigaVerifica> rows = new ArrayList<>();
        for (Indicatore i : indicatori) {
            if (i.esito() != Indicatore.Esito.CALCOLATO) {
                continue;
            }
            Calcolo c = i.calcolo();
            String label = i.tipo().code() + (i.beneficiario() == null ? "" : " " + i.beneficiario()) + " (" + c.elemento() + ")";
            ModalitaCalcolo m = c.modalita();
            Valori val = c.valori();
            rows.add(row(label, "ISR (Valori)", val.isr(), m.isr(), "Valori = ModalitaCalcolo", "ISEE_Attestazione"));
            rows.add(row(label, "ISP (Valori)", val.isp(), m.isp(), "Valori = ModalitaCalcolo", "ISEE_Attestazione"));
            rows.add(row(label, "ISE (Valori)", val.ise(), m.ise(), "Valori = ModalitaCalcolo", "ISEE_Attestazione"));
            rows.add(row(label, "scala (Valori)", val.scala(), m.scala(), "Valori = ModalitaCalcolo", "ISEE_Attestazione"));
            BigDecimal isr = cent(m.sommaRedditi().add(m.redditoFigurativo()).subtract(m.detrazioni()).max(BigDecimal.ZERO));
            rows.add(row(label, "ISR", m.isr(), isr, "max(0, SommaRedditiComponenti + RedditoFigurativo − Detrazioni)", "DPCM 159/2013 art. 4"));
            BigDecimal isp = cent(m.patrimonioMobiliare().subtract(m.detrazioneMobiliare()).max(BigDecimal.ZERO)
                    .add(m.patrimonioImmobiliare().subtract(m.detrazioneImmobiliare()).max(BigDecimal.ZERO)));
            rows.add(row(label, "ISP", m.isp(), isp, "max(0, mobiliare − franchigia) + max(0, immobiliare − detrazioni)", "DPCM 159/2013 art. 5"));
            try {
                Euro ise = IseeTotals.ise(Euro.of(m.isr(), RoundingMode.HALF_UP), Euro.of(m.isp(), RoundingMode.HALF_UP), dataPresentazione,
                        Purpose.ORDINARIO, parameters);
                rows.add(row(label, "ISE", m.ise(), ise.toBigDecimal(), "ISR + 20% ISP",
                        "DPCM 159/2013 art. 2 c. 3 (" + IseeTotals.iseSource(dataPresentazione, Purpose.ORDINARIO, parameters) + ")"));
                rows.add(row(label, "scala", m.scala(), m.parametroNucleo().add(m.maggiorazioni()), "ParametroNucleo + Maggiorazioni",
                        "DPCM 159/2013 all. 1"));
                if (val.scala().signum() > 0) {
                    Euro isee = IseeTotals.isee(Euro.of(val.ise(), RoundingMode.HALF_UP), val.scala());
                    BigDecimal ca = c.componentiAggiuntive().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                    rows.add(row(label, "ISEE", val.isee(), isee.toBigDecimal().add(ca),
                            c.componentiAggiuntive().isEmpty() ? "ISE / scala" : "ISE / scala + componenti aggiuntive",
                            c.componentiAggiuntive().isEmpty() ? ART2 : ART2 + "; all. 2"));
                }
                if (i.tipo() == TipoIndicatore.ORDINARIO && !nucleo.isEmpty()) {
                    int n = (int) nucleo.stream().filter(x -> !x.rapporto().equals("GNC")).count();
                    int children = (int) nucleo.stream().filter(Componente::figlio).count();
                    if (n > children) {
                        Euro allowance = IseeTotals.financialAllowance(n, children, dataPresentazione, Purpose.ORDINARIO, parameters);
                        rows.add(new RigaVerifica(label, "franchigia patrimonio mobiliare (massimo)", m.detrazioneMobiliare(), allowance.toBigDecimal(),
                                m.detrazioneMobiliare().compareTo(allowance.toBigDecimal()) <= 0,
                                "DetrazionePatrimonioMobiliare ≤ franchigia per " + n + " componenti, " + children + " figli",
                                "DPCM 159/2013 art. 5 c. 4 (" + IseeTotals.financialAllowanceSource(dataPresentazione, Purpose.ORDINARIO, parameters) + ")"));
                    }
                }
            } catch (ValidationException | ArithmeticException e) {
                rows.add(new RigaVerifica(label, "ISE", m.ise(), null, false, "figures beyond an amount of euro", "DPCM 159/2013 art. 2 c. 3"));
            }
        }
        return new Verifica(protocollo, rows);
    }

    private static BigDecimal cent(BigDecimal b) {
        return b.setScale(2, RoundingMode.HALF_UP);
    }

    private static RigaVerifica row(String label, String voce, BigDecimal printed, BigDecimal recomputed, String rule, String source) {
        return new RigaVerifica(label, voce, printed, recomputed, printed.compareTo(recomputed) == 0, rule, source);
    }

    /** The protocol and the counts: never a codice fiscale or a figure. */
    @Override
    public String toString() {
        return "Attestazione[indicatori=" + indicatori.size() + ", omissioni=" + omissioni.size() + "]";
    }

    /** Equal when every part is. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Attestazione a && a.protocollo.equals(protocollo) && a.dichiarante.equals(dichiarante)
                && a.dataPresentazione.equals(dataPresentazione) && a.dataValidita.equals(dataValidita)
                && java.util.Objects.equals(a.scadenzaCorrente, scadenzaCorrente) && a.corrente == corrente && a.nucleo.equals(nucleo)
                && a.indicatori.equals(indicatori) && a.omissioni.equals(omissioni) && java.util.Objects.equals(a.variazione, variazione);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(protocollo, dataPresentazione, indicatori);
    }
}
