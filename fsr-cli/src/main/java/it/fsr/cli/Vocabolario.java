package it.fsr.cli;

import java.util.Locale;
import java.util.Map;

/**
 * The words of the human formats (text, md, html, xlsx): each CSV column code and each status or reason code with its
 * Italian name. The CSV keeps the codes, stable for programs; a person reads the words. English keeps the codes with
 * spaces for underscores.
 */
final class Vocabolario {
    private Vocabolario() {
    }

    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("granted", "concesso"), Map.entry("excluded", "escluso"), Map.entry("no_child_attending", "nessun bambino al nido"),
            Map.entry("lep_met", "LEP raggiunto"), Map.entry("objective_met", "obiettivo raggiunto"), Map.entry("below_objective", "sotto l'obiettivo"),
            Map.entry("below_lep", "sotto il LEP"),
            Map.entry("further_objective_met", "obiettivo ulteriore raggiunto"), Map.entry("capped", "al tetto"),
            Map.entry("below_minimum_contribution", "sotto il contributo minimo"), Map.entry("exempt", "esente"), Map.entry("reduced", "ridotta"), Map.entry("full", "intera"),
            Map.entry("no_access", "nessun accesso"), Map.entry("exempt_up_to", "soglia di esenzione"), Map.entry("full_cost_above", "oltre la soglia: costo intero"),
            Map.entry("yes", "sì"), Map.entry("no", "no"), Map.entry("true", "sì"), Map.entry("false", "no"), Map.entry("error", "errore"),
            Map.entry("warning", "avvertenza"), Map.entry("info", "informazione"), Map.entry("funded", "finanziata"), Map.entry("excluded_unit", "esclusa"),
            Map.entry("ordinario", "ordinario"), Map.entry("national_isee_above_cap", "ISEE nazionale sopra il tetto"),
            Map.entry("disability_exempt", "esenzione per disabilità"), Map.entry("disability", "riduzione per disabilità"),
            Map.entry("non_resident", "non residente"), Map.entry("no_isee", "senza ISEE"), Map.entry("allowance", "quota per le spese personali"),
            Map.entry("leaves_nothing", "non lascia nulla all'utente"), Map.entry("no_child", "nessun figlio"), Map.entry("accolto", "accolto"), Map.entry("rifiutato", "rifiutato"));

    /** The title of a column in {@code lang}. */
    static String column(String code, Locale lang) {
        if (lang != Locale.ITALIAN) {
            return code.replace('_', ' ');
        }
        String title = it.fsr.core.csv.ColumnNames.italian(code);
        return title != null ? title : code.replace('_', ' ');
    }

    /** A cell's word in {@code lang}: a status or reason code translated, {@code band_2} as "fascia 2"; any other text as it is. */
    static String value(String text, Locale lang) {
        if (lang != Locale.ITALIAN || text == null) {
            return text;
        }
        if (text.indexOf('+') > 0 && !text.contains(" ")) {
            StringBuilder b = new StringBuilder();
            for (String part : text.split("\\+")) {
                b.append(b.length() == 0 ? "" : " + ").append(value(part, lang));
            }
            return b.toString();
        }
        String key = text.toLowerCase(Locale.ROOT);
        String it = VALUES.get(key);
        if (it != null) {
            return it;
        }
        if (key.matches("band_[0-9]+")) {
            return "fascia " + key.substring(5);
        }
        if (key.matches("rank_[0-9]+")) {
            return "figlio n. " + key.substring(5);
        }
        if (key.matches("segment_[0-9]+")) {
            return "tratto " + key.substring(8);
        }
        return text;
    }

    private static final Map<String, String> COMMANDS = Map.ofEntries(Map.entry("demo", "Riparto del Fondo Sociale Regionale (esempio)"),
            Map.entry("riparto", "Piano di riparto del Fondo Sociale Regionale"), Map.entry("regione", "Riparto regionale del Fondo Sociale tra gli Ambiti"),
            Map.entry("fattore-famiglia", "ISEE riparametrato con il Fattore Famiglia"), Map.entry("contributo-nido", "Contributo regionale per la frequenza del nido"),
            Map.entry("isee", "ISEE dalla DSU"), Map.entry("isee verifica", "Verifica dei calcoli delle attestazioni ISEE"),
            Map.entry("isee-corrente", "ISEE corrente"), Map.entry("compartecipazione", "Compartecipazione degli utenti al costo del servizio"),
            Map.entry("compartecipazione check", "Controllo del tariffario"), Map.entry("lep sociale", "LEP assistenti sociali (L. 178/2020 c. 797)"),
            Map.entry("lep nidi", "LEP servizi educativi per l'infanzia"), Map.entry("lep trasporto", "LEP trasporto degli alunni con disabilità"),
            Map.entry("lep rendicontazione", "Rendicontazione dei LEP del Fondo di Solidarietà Comunale"), Map.entry("pnrr catalogo", "Linee PNRR M5C2"),
            Map.entry("pnrr tranche", "Tranche di un progetto PNRR"), Map.entry("mappa-fondi", "Mappa pluriennale dei fondi dell'Ambito"),
            Map.entry("params", "Parametri in vigore e loro atti"), Map.entry("siuss", "Flusso SIUSS delle prestazioni"));

    /** The report's title for the command {@code name} (with its subcommand, when it has one). */
    static String command(String name, java.util.List<String> rest, Locale lang) {
        String full = !rest.isEmpty() && !rest.get(0).startsWith("--") ? name + " " + rest.get(0) : name;
        if (lang != Locale.ITALIAN) {
            return "fsr " + full;
        }
        String t = COMMANDS.get(full);
        return t != null ? t : COMMANDS.getOrDefault(name, "fsr " + full);
    }

    private static final Map<String, String> OPTIONS = Map.ofEntries(Map.entry("households", "nuclei"), Map.entry("members", "componenti"),
            Map.entry("date", "data"), Map.entry("service-year", "anno educativo"), Map.entry("comuni", "Comuni"), Map.entry("year", "anno"),
            Map.entry("schedule", "tariffario"), Map.entry("users", "utenti"), Map.entry("compare", "confronto con"), Map.entry("lines", "linee"),
            Map.entry("services", "servizi"), Map.entry("assign", "assegnazioni"), Map.entry("fund", "fondo"), Map.entry("ambiti", "Ambiti"),
            Map.entry("units", "unità d'offerta"), Map.entry("total", "risorse nazionali"), Map.entry("variant", "variante"),
            Map.entry("purpose", "finalità"), Map.entry("other-children", "figli fuori dal nucleo"), Map.entry("requests", "richieste"),
            Map.entry("changes", "variazioni"), Map.entry("amount", "importo"), Map.entry("dsu-xml", "DSU (XML INPS)"));

    /** The name of a command-line option in a report's heading. */
    static String option(String name, Locale lang) {
        return lang == Locale.ITALIAN ? OPTIONS.getOrDefault(name, name) : name;
    }
}
