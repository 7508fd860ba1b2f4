package it.fsr.inps.siuss;

import it.fsr.core.validation.Violations;
import it.fsr.inps.CodiceFiscale;
import java.util.List;

/**
 * The beneficiary of a prestazione as the SIUSS flow records it ({@code Beneficiario}): codice fiscale, name, year and
 * place (Belfiore code) of birth, sex, citizenship (ISO 3166 numeric code; 990 not available) and up to five addresses.
 * Personal data: {@link #toString()} shows nothing of it.
 */
public record Beneficiario(CodiceFiscale codiceFiscale, String cognome, String nome, int annoNascita, String luogoNascita, Genere genere,
        String cittadinanza, String secondaCittadinanza, List<Indirizzo> indirizzi) {
    /** Sex as the flow codes it. */
    public enum Genere {
        /** 1. */
        MASCHIO("1"),
        /** 2. */
        FEMMINA("2");

        private final String code;

        Genere(String code) {
            this.code = code;
        }

        /** The flow's code. */
        public String code() {
            return code;
        }
    }

    /**
     * An address: the ISO 3166 country code (380 Italy), and in Italy the region (2 digits) and the ISTAT Comune code
     * (6 digits).
     */
    public record Indirizzo(String codiceRegione, String codiceComune, String codiceNazione) {
        @Override
        public String toString() {
            return "Indirizzo[]";
        }
    }

    /** Checks every part against the record (every problem at once). */
    public Beneficiario {
        Violations v = new Violations();
        v.requireNonNull(codiceFiscale, "codice_fiscale");
        text(v, cognome, "cognome");
        text(v, nome, "nome");
        if (annoNascita < 1850 || annoNascita > 9999) {
            v.addCoded("FSR-SIUSS-TEXT", "anno_nascita", annoNascita, "4");
        }
        if (v.requireNonNull(luogoNascita, "luogo_nascita") && !luogoNascita.matches("[A-Z][0-9]{3}")) {
            v.addCoded("FSR-SIUSS-TEXT", "luogo_nascita", luogoNascita, "4");
        }
        v.requireNonNull(genere, "genere");
        if (v.requireNonNull(cittadinanza, "cittadinanza") && !cittadinanza.matches("[0-9]{3}")) {
            v.addCoded("FSR-SIUSS-TEXT", "cittadinanza", cittadinanza, "3");
        }
        if (secondaCittadinanza != null && !secondaCittadinanza.matches("[0-9]{3}")) {
            v.addCoded("FSR-SIUSS-TEXT", "seconda_cittadinanza", secondaCittadinanza, "3");
        }
        if (v.requireNonNull(indirizzi, "indirizzi")) {
            indirizzi = List.copyOf(indirizzi);
            if (indirizzi.isEmpty() || indirizzi.size() > 5) {
                v.addCoded("FSR-SIUSS-TEXT", "indirizzi", indirizzi.size(), "1-5");
            }
            for (Indirizzo i : indirizzi) {
                if (i.codiceNazione() == null || !i.codiceNazione().matches("[0-9]{3}")) {
                    v.addCoded("FSR-SIUSS-TEXT", "codice_nazione", i.codiceNazione(), "3");
                }
                boolean italy = "380".equals(i.codiceNazione());
                if (italy ? i.codiceRegione() == null || !i.codiceRegione().matches("[0-9]{2}") : i.codiceRegione() != null && !i.codiceRegione().matches("[0-9]{2}")) {
                    v.addCoded("FSR-SIUSS-TEXT", "codice_regione", i.codiceRegione(), "2");
                }
                if (italy ? i.codiceComune() == null || !i.codiceComune().matches("[0-9]{6}") : i.codiceComune() != null && !i.codiceComune().matches("[0-9]{6}")) {
                    v.addCoded("FSR-SIUSS-TEXT", "codice_comune", i.codiceComune(), "6");
                }
            }
        }
        v.throwIfAny();
    }

    private static void text(Violations v, String s, String field) {
        if (v.requireNonNull(s, field) && (s.isBlank() || s.length() > 36)) {
            v.addCoded("FSR-SIUSS-TEXT", field, "", "1-36");
        }
    }

    @Override
    public String toString() {
        return "Beneficiario[]";
    }
}
