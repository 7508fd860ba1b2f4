package it.fsr.cli;

import it.fsr.inps.siuss.SiussFiles;
import it.fsr.isee.io.CorrenteFiles;
import it.fsr.isee.io.DsuFiles;
import it.fsr.isee.io.HouseholdFiles;
import it.fsr.isee.io.UserFiles;
import it.fsr.lep.io.LepFiles;
import it.fsr.piano.fundmap.FundMapInput;
import it.fsr.riparto.RipartoInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code help COMMAND}: a command's use in Italian (English with {@code --lang en}), each input file's columns with their
 * Italian names (which a header may use instead of the codes), required or not, an example row from the example file
 * and its path, and the result's columns and codes with their Italian words. The columns are the library readers' own
 * lists; the example rows are read from the example files shipped with the command line.
 */
final class Help {
    private Help() {
    }

    /** An input file of a command: its option, example file, required and optional columns. */
    record FileSpec(String option, String example, List<String> required, List<String> optional) {
    }

    /** A command's page. */
    record Page(String usage, String note, List<FileSpec> files, List<String> output, List<String> codes) {
    }

    private static final String EX = "fsr-cli/src/main/resources/examples/";

    static final Map<String, Page> PAGES = Map.ofEntries(
            Map.entry("riparto", new Page("riparto --scenario S.properties --units U.csv [--compare S2.properties]",
                    "Lo scenario (.properties) dice l'Ambito, l'anno, il fondo, le quote e l'Avviso; le unità d'offerta sono nel file --units.",
                    List.of(new FileSpec("units", "riparto-units.csv", RipartoInput.requiredColumns(), RipartoInput.optionalColumns())),
                    it.fsr.riparto.RipartoPlan.CSV_COLUMNS, List.of("funded", "capped", "below_minimum_contribution", "excluded"))),
            Map.entry("regione", new Page("regione --fund IMPORTO --ambiti A.csv [--year ANNO]", "Il fondo regionale ripartito tra gli Ambiti con i criteri della DGR.",
                    List.of(new FileSpec("ambiti", "regione-ambiti.csv", RipartoInput.AMBITI_COLUMNS, List.of())), List.of("ambito", "amount"), List.of())),
            Map.entry("fattore-famiglia", new Page("fattore-famiglia --households H.csv --members M.csv [--date AAAA-MM-GG]",
                    "La scala del Fattore Famiglia e l'ISEE riparametrato di ogni nucleo (L.R. Veneto 20/2020).",
                    List.of(new FileSpec("households", "households.csv", HouseholdFiles.H_REQUIRED, HouseholdFiles.H_OPTIONAL),
                            new FileSpec("members", "members.csv", HouseholdFiles.M_REQUIRED, HouseholdFiles.M_OPTIONAL)),
                    IseeCommands.header(false), List.of("yes", "no"))),
            Map.entry("contributo-nido", new Page("contributo-nido --households H.csv --members M.csv --service-year 2021/22 [--date AAAA-MM-GG]",
                    "Una riga per ogni bambino al nido (colonne member_id e nursery), con il contributo dell'anno educativo (DGR Veneto).",
                    List.of(new FileSpec("households", "households.csv", HouseholdFiles.H_REQUIRED, HouseholdFiles.H_OPTIONAL),
                            new FileSpec("members", "members.csv", HouseholdFiles.M_REQUIRED, HouseholdFiles.M_OPTIONAL)),
                    IseeCommands.header(true), List.of("granted", "excluded", "no_child_attending", "national_isee_above_cap"))),
            Map.entry("isee", new Page("isee --households D.csv --members DM.csv [--variant V] [--purpose P] [--other-children OC.csv] [--date D] | --dsu-xml DSU.xml",
                    "L'ISEE dalla DSU (DPCM 159/2013), componente per componente; --dsu-xml legge la DSU nel formato XML di INPS.",
                    List.of(new FileSpec("households", "dsu.csv", DsuFiles.D_REQUIRED, DsuFiles.D_OPTIONAL),
                            new FileSpec("members", "dsu-membri.csv", DsuFiles.M_REQUIRED, DsuFiles.M_OPTIONAL),
                            new FileSpec("other-children", "dsu-rsa-figli.csv", DsuFiles.OC_REQUIRED, DsuFiles.OC_OPTIONAL)),
                    DsuCommand.HEADER, List.of("ordinario", "minorenni", "sociosanitario", "residenze", "universita"))),
            Map.entry("isee-corrente", new Page("isee-corrente --households D.csv --members DM.csv --requests R.csv [--changes C.csv] [--date D]",
                    "L'ISEE ordinario e quello corrente (DPCM 159/2013 art. 9), con la condizione soddisfatta e la validità.",
                    List.of(new FileSpec("requests", "isee-corrente-richieste.csv", CorrenteFiles.R_REQUIRED, CorrenteFiles.R_OPTIONAL),
                            new FileSpec("changes", "isee-corrente-variazioni.csv", CorrenteFiles.C_REQUIRED, List.of())),
                    IseeCorrenteCommand.HEADER, List.of("accolto", "rifiutato"))),
            Map.entry("compartecipazione", new Page("compartecipazione --schedule S.properties --users U.csv [--compare S2.properties]",
                    "Quanto paga ogni utente dal suo ISEE e quanto il Comune; le chiavi del tariffario sono in docs/tariffe.md.",
                    List.of(new FileSpec("users", "compartecipazione-utenti.csv", UserFiles.REQUIRED, UserFiles.OPTIONAL)), CompartecipazioneCommands.HEADER,
                    List.of("exempt", "reduced", "full", "no_access", "exempt_up_to", "band_1", "full_cost_above", "no_isee", "non_resident"))),
            Map.entry("lep", new Page("lep sociale|nidi|trasporto|rendicontazione --comuni C.csv --year ANNO [--total IMPORTO]",
                    "I LEP del Fondo di Solidarietà Comunale: assistenti sociali, nidi, trasporto degli alunni con disabilità, rendicontazione.",
                    List.of(new FileSpec("comuni (sociale)", "lep-sociale.csv", LepFiles.SOCIALE_REQUIRED, LepFiles.SOCIALE_OPTIONAL),
                            new FileSpec("comuni (nidi)", "lep-nidi.csv", LepFiles.NIDI_REQUIRED, LepFiles.NIDI_OPTIONAL),
                            new FileSpec("comuni (trasporto)", "lep-trasporto.csv", LepFiles.TRASPORTO_REQUIRED, LepFiles.TRASPORTO_OPTIONAL),
                            new FileSpec("comuni (rendicontazione)", "lep-rendicontazione.csv", LepFiles.RENDICONTAZIONE_REQUIRED,
                                    LepFiles.RENDICONTAZIONE_OPTIONAL)),
                    List.of(), List.of("lep_met", "objective_met", "further_objective_met", "below_objective"))),
            Map.entry("mappa-fondi", new Page("mappa-fondi --lines L.csv --services S.csv [--assign A.csv] [--compare A2.csv]",
                    "I fondi dell'Ambito programmati insieme negli anni: la linea la cui finestra chiude prima finanzia per prima.",
                    List.of(new FileSpec("lines", "mappa-fondi-linee.csv", FundMapInput.LINE_COLUMNS, List.of()),
                            new FileSpec("services", "mappa-fondi-servizi.csv", FundMapInput.SERVICE_COLUMNS, FundMapInput.SERVICE_OPTIONAL)),
                    List.of(), List.of())),
            Map.entry("siuss", new Page("siuss --decisioni D.csv --beneficiari B.csv --ente CODICE --sede BELFIORE --operatore CF [--data-invio D] [--progressivo N]",
                    "Il flusso SIUSS PS-PSA delle prestazioni concesse, controllato con lo schema XSD di INPS prima di scriverlo.",
                    List.of(new FileSpec("decisioni", "siuss-decisioni.csv", SiussFiles.D_REQUIRED, SiussFiles.D_OPTIONAL),
                            new FileSpec("beneficiari", "siuss-beneficiari.csv", SiussFiles.B_REQUIRED, SiussFiles.B_OPTIONAL)),
                    List.of(), List.of())));

    /** The page of {@code command}, or null when there is none. */
    static String page(String command, Locale lang) {
        Page p = PAGES.get(command);
        if (p == null) {
            return null;
        }
        boolean ital = lang != Locale.ENGLISH;
        StringBuilder b = new StringBuilder();
        b.append("fsr ").append(command).append(" — ").append(Vocabolario.command(command, List.of(), Locale.ITALIAN)).append('\n');
        b.append(ital ? "Uso: " : "Usage: ").append("java -jar fsr-cli/target/fsr.jar ").append(p.usage()).append('\n');
        b.append(p.note()).append('\n');
        for (FileSpec f : p.files()) {
            b.append('\n').append(ital ? "File --" : "File --").append(f.option()).append(ital ? " (esempio: " : " (example: ").append(EX).append(f.example()).append(")\n");
            List<String> columns = new ArrayList<>(f.required());
            columns.addAll(f.optional());
            int w = columns.stream().mapToInt(String::length).max().orElse(8) + 2;
            b.append(String.format("  %-" + w + "s%-36s%s%n", ital ? "colonna" : "column", ital ? "nome italiano (vale come alias)" : "Italian name (an alias)",
                    ital ? "obbligatoria" : "required"));
            for (String c : columns) {
                String name = it.fsr.core.csv.ColumnNames.italian(c);
                b.append(String.format("  %-" + w + "s%-36s%s%n", c, name == null ? "" : name, f.required().contains(c) ? (ital ? "sì" : "yes") : "no"));
            }
            String[] example = example(f.example());
            if (example != null) {
                b.append(ital ? "  intestazione d'esempio: " : "  example header: ").append(example[0]).append('\n');
                b.append(ital ? "  riga d'esempio:         " : "  example row:    ").append(example[1]).append('\n');
            }
        }
        if (!p.output().isEmpty()) {
            b.append('\n').append(ital ? "Colonne del risultato (CSV: codici stabili per i programmi; testo, md, html, xlsx: nomi italiani):\n"
                    : "The result's columns (CSV: stable codes for programs; text, md, html, xlsx: Italian names):\n");
            for (String c : p.output()) {
                b.append("  ").append(c).append(" = ").append(Vocabolario.column(c, Locale.ITALIAN)).append('\n');
            }
        }
        if (!p.codes().isEmpty()) {
            b.append('\n').append(ital ? "Codici degli esiti e dei motivi:\n" : "Codes of statuses and reasons:\n");
            for (String c : p.codes()) {
                b.append("  ").append(c).append(" = ").append(Vocabolario.value(c, Locale.ITALIAN)).append('\n');
            }
        }
        return b.toString();
    }

    /** The header and first data row of an example file shipped with the command line, or null. */
    private static String[] example(String name) {
        try (InputStream in = Help.class.getResourceAsStream("/examples/" + name)) {
            if (in == null) {
                return null;
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#") && !l.isBlank()).limit(2).toList();
            return lines.size() < 2 ? null : new String[] {lines.get(0).replace("\uFEFF", ""), lines.get(1)};
        } catch (IOException e) {
            return null;
        }
    }
}
