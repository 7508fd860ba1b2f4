package it.fsr.inps.siuss;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.inps.CodiceFiscale;
import it.fsr.inps.attestazione.AttestazioneUsata;
import it.fsr.isee.compartecipazione.Charge;
import it.fsr.isee.veneto.ContributionDecision;
import java.time.LocalDate;

/**
 * One prestazione sociale agevolata granted, as the SIUSS flow PS-PSA records it ({@code PrestazioniSociali}, schema
 * PS_PSA_SINA 2018-12; INPS, WaaS SIUSS specifica tecnica, allegato B): whom, which code, the request's protocol, the
 * means test, the DSU, the dates and the amounts with the shares of ente, user and health service. Built with
 * {@link #periodica}, {@link #occasionale} (the means test stated) or from fsr's decisions ({@link #daCompartecipazione},
 * {@link #daContributoNido}); checked when a flow is written ({@link SiussFlussi}). Personal data:
 * {@link #toString()} shows the code only.
 *
 * @param beneficiario      the beneficiary
 * @param cancellazione     whether the record cancels one sent before (TipoOperazione C) rather than inserting it
 * @param provaMezzi        the means test (PresenzaProvaMezzi)
 * @param carattere         periodic or one-off
 * @param protocolloDsu     the DSU's INPS protocol, or null
 * @param dataDsu           the DSU's date, or null
 * @param codice            the code of the table ({@link CodiciPrestazione})
 * @param protocolloDomanda the ente's protocol of the request (1 to 32 characters)
 * @param dataInizio        periodic: the first day
 * @param dataFine          periodic: the last day, in the same year, or null
 * @param dataErogazione    one-off: the day paid
 * @param importo           one-off: the amount
 * @param mesi              periodic: the months paid in the year (1-12), or null
 * @param importoMensile    periodic: the monthly amount
 * @param quotaEnte         the ente's share, or null
 * @param quotaUtente       the user's share, or null
 * @param quotaSsn          the health service's share, or null
 * @param sogliaIsee        the ISEE threshold of access (statistical), or null
 * @param presaInCarico     whether the social service took the person in charge
 * @param area              the area of users, required with presa in carico
 */
public record Prestazione(CodiceFiscale beneficiario, boolean cancellazione, ProvaMezzi provaMezzi, Carattere carattere, String protocolloDsu,
        LocalDate dataDsu, String codice, String protocolloDomanda, LocalDate dataInizio, LocalDate dataFine, LocalDate dataErogazione, Euro importo,
        Integer mesi, Euro importoMensile, Euro quotaEnte, Euro quotaUtente, Euro quotaSsn, Euro sogliaIsee, boolean presaInCarico, AreaUtenza area) {
    /** PresenzaProvaMezzi. */
    public enum ProvaMezzi {
        /** 1: subject to the ISEE. */
        ISEE("1"),
        /** 2: a means test other than the ISEE. */
        ALTRA("2"),
        /** 3: subject to the ISEE but not for this beneficiary, by other criteria of need. */
        ESENTE("3"),
        /** 4: no means test. */
        NESSUNA("4");

        private final String code;

        ProvaMezzi(String code) {
            this.code = code;
        }

        /** The flow's code. */
        public String code() {
            return code;
        }
    }

    /** CaratterePrestazione. */
    public enum Carattere {
        /** 1: periodic. */
        PERIODICA("1"),
        /** 2: one-off. */
        OCCASIONALE("2");

        private final String code;

        Carattere(String code) {
            this.code = code;
        }

        /** The flow's code. */
        public String code() {
            return code;
        }
    }

    /** AreaUtenza. */
    public enum AreaUtenza {
        /** 1: families and minors. */
        FAMIGLIA_MINORI("1"),
        /** 2: disability and non self-sufficiency. */
        DISABILITA("2"),
        /** 3: poverty and social exclusion. */
        POVERTA("3");

        private final String code;

        AreaUtenza(String code) {
            this.code = code;
        }

        /** The flow's code. */
        public String code() {
            return code;
        }
    }

    /** Requires the beneficiary, the means test, the character, the code and the request's protocol. */
    public Prestazione {
        it.fsr.core.validation.Violations v = new it.fsr.core.validation.Violations();
        v.requireNonNull(beneficiario, "codice_fiscale");
        v.requireNonNull(provaMezzi, "prova_mezzi");
        v.requireNonNull(carattere, "carattere");
        v.requireNonNull(codice, "codice_prestazione");
        v.requireNonNull(protocolloDomanda, "protocollo_domanda");
        v.throwIfAny();
    }

    /**
     * A periodic prestazione under the means test {@code prova} (stated, never assumed: the record tells INPS whether the
     * benefit depends on the ISEE), without DSU data, shares or presa in carico yet.
     */
    public static Prestazione periodica(ProvaMezzi prova, CodiceFiscale beneficiario, String codice, String protocolloDomanda, LocalDate inizio,
            LocalDate fine, Euro importoMensile, Integer mesi) {
        return new Prestazione(beneficiario, false, prova, Carattere.PERIODICA, null, null, codice, protocolloDomanda, inizio, fine,
                null, null, mesi, importoMensile, null, null, null, null, false, null);
    }

    /** A one-off prestazione under the means test {@code prova} (stated, never assumed), without DSU data, shares or presa in carico yet. */
    public static Prestazione occasionale(ProvaMezzi prova, CodiceFiscale beneficiario, String codice, String protocolloDomanda, LocalDate erogazione,
            Euro importo) {
        return new Prestazione(beneficiario, false, prova, Carattere.OCCASIONALE, null, null, codice, protocolloDomanda, null, null,
                erogazione, importo, null, null, null, null, null, null, false, null);
    }

    /** Subject to the ISEE of the DSU {@code protocolloDsu} of {@code dataDsu}, with the access threshold (or null). */
    public Prestazione conIsee(String protocollo, LocalDate data, Euro soglia) {
        return new Prestazione(beneficiario, cancellazione, ProvaMezzi.ISEE, carattere, protocollo, data, codice, protocolloDomanda, dataInizio, dataFine,
                dataErogazione, importo, mesi, importoMensile, quotaEnte, quotaUtente, quotaSsn, soglia, presaInCarico, area);
    }

    /** With another means test (and no DSU when it is not the ISEE's). */
    public Prestazione conProvaMezzi(ProvaMezzi p) {
        return new Prestazione(beneficiario, cancellazione, p, carattere, protocolloDsu, dataDsu, codice, protocolloDomanda, dataInizio, dataFine,
                dataErogazione, importo, mesi, importoMensile, quotaEnte, quotaUtente, quotaSsn, sogliaIsee, presaInCarico, area);
    }

    /** With the shares (each null when not given); their sum must be the amount. */
    public Prestazione conQuote(Euro ente, Euro utente, Euro ssn) {
        return new Prestazione(beneficiario, cancellazione, provaMezzi, carattere, protocolloDsu, dataDsu, codice, protocolloDomanda, dataInizio,
                dataFine, dataErogazione, importo, mesi, importoMensile, ente, utente, ssn, sogliaIsee, presaInCarico, area);
    }

    /** Taken in charge by the social service in {@code a}. */
    public Prestazione conPresaInCarico(AreaUtenza a) {
        return new Prestazione(beneficiario, cancellazione, provaMezzi, carattere, protocolloDsu, dataDsu, codice, protocolloDomanda, dataInizio,
                dataFine, dataErogazione, importo, mesi, importoMensile, quotaEnte, quotaUtente, quotaSsn, sogliaIsee, true, a);
    }

    /** The same record as a cancellation of the one sent before. */
    public Prestazione comeCancellazione() {
        return new Prestazione(beneficiario, true, provaMezzi, carattere, protocolloDsu, dataDsu, codice, protocolloDomanda, dataInizio, dataFine,
                dataErogazione, importo, mesi, importoMensile, quotaEnte, quotaUtente, quotaSsn, sogliaIsee, presaInCarico, area);
    }

    /**
     * A service priced by a Comune's schedule, for a month: the monthly amount is what the units cost (the user's total
     * plus the Comune's share), the user's share what the charge sets, the ente's the rest (written only when more
     * than zero, as the record asks); subject to the ISEE of the attestation used.
     *
     * @throws ValidationException when the charge gave no access (nothing was granted)
     */
    public static Prestazione daCompartecipazione(CodiceFiscale beneficiario, String codice, String protocolloDomanda, Charge charge,
            AttestazioneUsata attestazione, LocalDate inizio, LocalDate fine, Integer mesi) {
        ValidationException.requireNonNull(charge, "charge");
        ValidationException.requireNonNull(attestazione, "attestazione");
        if (charge.status() == Charge.Status.NO_ACCESS) {
            throw ValidationException.of("charge.status", charge.status(), "gives no access: nothing was granted to transmit");
        }
        Euro monthly = charge.userTotal().plus(charge.comuneShare());
        return periodica(ProvaMezzi.ISEE, beneficiario, codice, protocolloDomanda, inizio, fine, monthly, mesi)
                .conIsee(attestazione.protocollo(), attestazione.dataDsu(), null)
                .conQuote(charge.comuneShare().isPositive() ? charge.comuneShare() : null, charge.userTotal(), null);
    }

    /**
     * A child's nursery contribution granted (code A1.07, contributions to nursery fees), paid once on
     * {@code erogazione}, all of it the ente's share; subject to the ISEE of the DSU given.
     *
     * @throws ValidationException when the contribution was not granted
     */
    public static Prestazione daContributoNido(CodiceFiscale bambino, String protocolloDomanda, ContributionDecision decision, String protocolloDsu,
            LocalDate dataDsu, LocalDate erogazione, Euro soglia) {
        ValidationException.requireNonNull(decision, "decision");
        if (!decision.granted()) {
            throw ValidationException.of("decision.granted", false, "the contribution was not granted: nothing to transmit");
        }
        return occasionale(ProvaMezzi.ISEE, bambino, "A1.07", protocolloDomanda, erogazione, decision.amount()).conIsee(protocolloDsu, dataDsu, soglia)
                .conQuote(decision.amount(), null, null);
    }

    /** The code only. */
    @Override
    public String toString() {
        return "Prestazione[" + codice + "]";
    }
}
