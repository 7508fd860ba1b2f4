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

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("household_id", "nucleo"), Map.entry("member_id", "componente"), Map.entry("user_id", "utente"),
            Map.entry("national_scale", "scala ISEE"), Map.entry("ff_scale", "scala Fattore Famiglia"), Map.entry("isee", "ISEE"),
            Map.entry("isee_ff", "ISEE Fattore Famiglia"), Map.entry("contribution", "contributo"), Map.entry("status", "esito"),
            Map.entry("reason", "motivo"), Map.entry("cap_applied", "tetto applicato"), Map.entry("variant", "variante"),
            Map.entry("purpose", "finalità"), Map.entry("isr", "ISR"), Map.entry("isp", "ISP"), Map.entry("ise", "ISE"), Map.entry("scale", "scala"),
            Map.entry("componente_aggiuntiva", "componente aggiuntiva"), Map.entry("isee_final", "ISEE finale"),
            Map.entry("ordinary_isr", "ISR ordinario"), Map.entry("ordinary_isp", "ISP ordinario"), Map.entry("ordinary_isee", "ISEE ordinario"),
            Map.entry("current_isr", "ISR corrente"), Map.entry("current_isp", "ISP corrente"), Map.entry("current_isee", "ISEE corrente"),
            Map.entry("conditions", "condizioni"), Map.entry("valid_until", "valido fino al"), Map.entry("valid_from", "valido dal"),
            Map.entry("isee_used", "ISEE usato"), Map.entry("fee", "tariffa"), Map.entry("units", "unità"), Map.entry("user_total", "a carico dell'utente"),
            Map.entry("comune_share", "a carico del Comune"), Map.entry("fee_a", "tariffa A"), Map.entry("fee_b", "tariffa B"),
            Map.entry("total_a", "utente A"), Map.entry("total_b", "utente B"), Map.entry("comune_a", "Comune A"), Map.entry("comune_b", "Comune B"),
            Map.entry("difference", "differenza"), Map.entry("severity", "gravità"), Map.entry("rule", "regola"), Map.entry("where", "dove"),
            Map.entry("message", "rilievo"), Map.entry("source", "fonte"), Map.entry("id", "ente"), Map.entry("inhabitants_per_worker", "abitanti per assistente sociale"),
            Map.entry("needed_6500", "necessari 1:6.500"), Map.entry("needed_5000", "necessari 1:5.000"), Map.entry("needed_4000", "necessari 1:4.000"),
            Map.entry("gap_6500", "mancanti 1:6.500"), Map.entry("gap_5000", "mancanti 1:5.000"), Map.entry("gap_4000", "mancanti 1:4.000"),
            Map.entry("contribution_797", "contributo c. 797"), Map.entry("contribution_797_share", "quota contributo c. 797"),
            Map.entry("coverage", "copertura %"), Map.entry("threshold", "soglia"), Map.entry("target", "obiettivo"),
            Map.entry("places_needed_threshold", "posti per la soglia"), Map.entry("places_needed_33", "posti per il 33%"),
            Map.entry("additional_users", "utenti aggiuntivi"), Map.entry("users_needed", "utenti necessari"), Map.entry("amount", "importo"),
            Map.entry("comune", "Comune"), Map.entry("region", "regione"), Map.entry("share", "quota"), Map.entry("assigned", "assegnato"),
            Map.entry("justified", "rendicontato"), Map.entry("to_recover", "da recuperare"), Map.entry("ambito", "Ambito"),
            Map.entry("name", "nome"), Map.entry("value", "valore"), Map.entry("address", "indirizzo dell'atto"), Map.entry("origin", "origine"),
            Map.entry("line", "linea"), Map.entry("code", "codice"), Map.entry("resources", "risorse"), Map.entry("projects", "progetti"),
            Map.entry("per_project", "per progetto"), Map.entry("computed", "calcolato"), Map.entry("beneficiaries", "beneficiari"),
            Map.entry("published", "pubblicato"), Map.entry("tranche", "tranche"), Map.entry("milestone", "traguardo"), Map.entry("file", "file"),
            Map.entry("protocollo", "protocollo DSU"), Map.entry("indicatori", "indicatori"), Map.entry("righe", "righe verificate"),
            Map.entry("differenze", "differenze"), Map.entry("esito", "esito"), Map.entry("dettaglio", "dettaglio"),
            Map.entry("unit_id", "unità d'offerta"), Map.entry("cudes", "CUDES"), Map.entry("operator", "ente gestore"),
            Map.entry("service_type", "tipologia"), Map.entry("area", "area"), Map.entry("reasons", "motivi"),
            Map.entry("eligible_spend", "spesa ammissibile"), Map.entry("deficit", "disavanzo"), Map.entry("cap", "tetto"),
            Map.entry("active_days", "giorni di attività"), Map.entry("minimum", "minimo"), Map.entry("coverage_percent", "copertura %"),
            Map.entry("resident_days", "giornate di presenza"), Map.entry("amount_per_day", "importo per giornata"),
            Map.entry("population", "popolazione"), Map.entry("places", "posti"), Map.entry("home_care_users", "utenti SAD"),
            Map.entry("foster_minors", "minori in affido"), Map.entry("cofinanced_ratio", "cofinanziamento"), Map.entry("voce", "voce"), Map.entry("budget", "budget"),
            Map.entry("received", "ricevuto"), Map.entry("remainder", "resto"),
            Map.entry("year", "anno"), Map.entry("service", "servizio"), Map.entry("programmed", "programmato"),
            Map.entry("unprogrammed", "non programmato"), Map.entry("at_risk", "a rischio"));

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
        String it = COLUMNS.get(code);
        return it != null ? it : code.replace('_', ' ');
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
