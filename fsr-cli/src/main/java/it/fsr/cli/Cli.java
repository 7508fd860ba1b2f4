package it.fsr.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import it.fsr.core.parameter.MissingParameterException;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;
import java.util.List;

/**
 * Dispatches the commands documented in the README's "Command line" section. Every input is checked whole before anything is
 * printed (a batch keeps its result, not its input), so invalid input never leaves partial output — except the CSV of
 * {@code fattore-famiglia} and {@code contributo-nido} over more than {@link IseeCommands#CHUNK} households, written as it is
 * computed: with {@code --output} a failed run still leaves no file, on standard output it ends with "the output is
 * incomplete" ({@link Incomplete}). Exit codes: 0 success; 2 bad usage; 3 invalid input, with every problem on standard
 * error as {@code file:line: column: problem}.
 */
final class Cli {
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final boolean toFile;

    Cli(PrintStream out, PrintStream err) {
        this(out, err, Clock.systemDefaultZone());
    }

    Cli(PrintStream out, PrintStream err, Clock clock) {
        this(out, err, clock, false);
    }

    /** With {@code toFile}, the output is a temporary file that a failed run removes. */
    private Cli(PrintStream out, PrintStream err, Clock clock, boolean toFile) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.toFile = toFile;
    }

    /** The language of this run's messages ({@code --lang}, Italian by default), for {@link #problem}. */
    private static final ThreadLocal<java.util.Locale> LANG = ThreadLocal.withInitial(() -> java.util.Locale.ITALIAN);

    int run(String[] argv) {
        String target = null;
        String sheet = null;
        boolean xlsx = false;
        List<String> args = new ArrayList<>();
        for (int i = 0; i < argv.length; i++) {
            if ((argv[i].equals("--output") || argv[i].equals("-o")) && i + 1 < argv.length) {
                target = argv[++i];
            } else if (argv[i].startsWith("--output=")) {
                target = argv[i].substring("--output=".length());
            } else if (argv[i].equals("--foglio") && i + 1 < argv.length) {
                sheet = argv[++i];
            } else if (argv[i].equals("--format") && i + 1 < argv.length && argv[i + 1].equals("xlsx") || argv[i].equals("--format=xlsx")) {
                xlsx = true;
                i += argv[i].equals("--format") ? 1 : 0;
                args.add("--format");
                args.add("csv");
            } else {
                args.add(argv[i]);
            }
        }
        Xlsx.SHEET.set(sheet);
        try {
            String[] rest = args.toArray(new String[0]);
            if (xlsx && (target == null || !Xlsx.is(Path.of(target)))) {
                LANG.set(language(argv));
                err.println("fsr: " + (LANG.get() == java.util.Locale.ENGLISH ? "--format xlsx writes a workbook: add --output FILE.xlsx"
                        : "--format xlsx scrive una cartella di lavoro: aggiungere --output FILE.xlsx"));
                return 2;
            }
            return target == null ? runHere(rest) : runInto(Path.of(target), rest, xlsx);
        } finally {
            Xlsx.SHEET.remove();
        }
    }

    /**
     * {@code --output FILE} ({@code -o}): the result is written to a temporary file beside {@code FILE} and moved into
     * place only when the run succeeds, so a failed run leaves the previous file untouched (a shell's {@code > out.csv}
     * empties it first). A CSV file starts with the UTF-8 byte order mark, which Excel needs to read UTF-8 on
     * double-click; fsr's readers skip it. A file that cannot be written is a usage error (exit 2).
     */
    private int runInto(Path target, String[] argv, boolean xlsx) {
        LANG.set(language(argv));
        boolean en = LANG.get() == java.util.Locale.ENGLISH;
        Path dir = target.toAbsolutePath().getParent();
        Path temp;
        try {
            if (Files.isDirectory(target)) {
                throw new java.io.IOException(en ? "it is a directory" : "è una cartella");
            }
            temp = Files.createTempFile(dir, ".fsr-", ".tmp");
        } catch (java.io.IOException | RuntimeException e) {
            err.println("fsr: " + (en ? "cannot write " : "impossibile scrivere ") + target + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? (en ? "the folder does not exist" : "la cartella non esiste") : e.getMessage()));
            return 2;
        }
        int code;
        try (java.io.OutputStream file = Files.newOutputStream(temp);
             PrintStream into = new PrintStream(new java.io.BufferedOutputStream(file), false, java.nio.charset.StandardCharsets.UTF_8)) {
            if (xlsx) {
                // the command's CSV, then the workbook made of it
                java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
                code = new Cli(new PrintStream(csv, true, java.nio.charset.StandardCharsets.UTF_8), err, clock).runHere(argv);
                if (code == 0 || code == 1) {
                    String name = target.getFileName().toString().replaceFirst("(?i)\\.xlsx$", "");
                    Xlsx.write(csv.toString(java.nio.charset.StandardCharsets.UTF_8), name.isEmpty() ? "fsr" : name, into, LANG.get());
                }
            } else {
                if (target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                    into.print('\uFEFF');
                }
                code = new Cli(into, err, clock, true).runHere(argv);
            }
            into.flush();
            if (into.checkError()) {
                code = 2;
                err.println("fsr: " + (en ? "cannot write " : "impossibile scrivere ") + target);
            }
        } catch (java.io.IOException e) {
            code = 2;
            err.println("fsr: " + (en ? "cannot write " : "impossibile scrivere ") + target + ": " + e.getMessage());
        }
        try {
            if (code == 0 || code == 1) {
                Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                try {
                    // a temporary file is private; the result is the clerk's ordinary file
                    Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                } catch (UnsupportedOperationException | java.io.IOException ignored) {
                    // not a POSIX file system: its default permissions stand
                }
            } else {
                Files.deleteIfExists(temp);
            }
        } catch (java.io.IOException e) {
            err.println("fsr: " + (en ? "cannot write " : "impossibile scrivere ") + target + ": " + e.getMessage());
            try {
                Files.deleteIfExists(temp);
            } catch (java.io.IOException ignored) {
                // the temporary file is left; the target is untouched
            }
            return 2;
        }
        return code;
    }

    private int runHere(String[] argv) {
        LANG.set(language(argv));
        // a column of the clerk's own is read past and said, never an error
        it.fsr.core.csv.CsvNotices.bind(v -> err.println((LANG.get() == java.util.Locale.ENGLISH ? "notice: " : "avviso: ") + problem(v)));
        Progress.bind(err);
        try {
            return dispatch(argv);
        } finally {
            RunParameters.clear();
            Html.CONTEXT.remove();
            it.fsr.core.csv.CsvNotices.clear();
            LANG.remove();
            Progress.bind(null);
        }
    }

    /** fsr's version, as built. */
    static String versionNumber() {
        String version = "?";
        try (java.io.InputStream in = Cli.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                version = p.getProperty("version", "?");
            }
        } catch (java.io.IOException e) {
            version = "?";
        }
        return version;
    }

    /**
     * fsr's version and the newest act in force today among the shipped parameters (the latest start of validity), so that
     * a clerk can tell which acts a run knows before relying on it.
     */
    static String version() {
        String version = versionNumber();
        // the newest act in force today: a value published for a later year is known, not yet the newest in force
        java.time.LocalDate today = java.time.LocalDate.now();
        it.fsr.core.parameter.DatedValue<?> newest = null;
        String name = "";
        for (it.fsr.core.parameter.Parameter<?> p : RunParameters.SHIPPED.all()) {
            for (it.fsr.core.parameter.DatedValue<?> v : p.history()) {
                if (!v.validFrom().isAfter(today) && (newest == null || v.validFrom().isAfter(newest.validFrom()))) {
                    newest = v;
                    name = p.key().name();
                }
            }
        }
        boolean en = LANG.get() == java.util.Locale.ENGLISH;
        return "fsr " + version + "\n" + (newest == null ? "" : (en ? "newest act: " : "atto più recente: ") + newest.source()
                + (en ? " (in force from " : " (in vigore dal ") + newest.validFrom() + ", " + name + ")\n");
    }

    /** {@code --lang en} (or {@code --lang=en}) anywhere on the line; Italian otherwise. */
    private static java.util.Locale language(String[] argv) {
        for (int i = 0; i < argv.length; i++) {
            if (argv[i].equals("--lang=en") || argv[i].equals("--lang") && i + 1 < argv.length && argv[i + 1].equals("en")) {
                return java.util.Locale.ENGLISH;
            }
        }
        return java.util.Locale.ITALIAN;
    }

    private int dispatch(String[] argv) {
        if (argv.length == 0 || argv[0].equals("help") || argv[0].equals("--help") || argv[0].equals("-h")) {
            if (argv.length > 1 && !argv[1].startsWith("--")) {
                String page = Help.page(argv[1], LANG.get());
                if (page == null) {
                    String commands = String.join(", ", new java.util.TreeSet<>(Help.PAGES.keySet()));
                    err.println("fsr: " + (LANG.get() == java.util.Locale.ENGLISH ? "no help for " + argv[1] + ": commands " + commands
                            : "nessuna guida per " + argv[1] + ": comandi " + commands));
                    return 2;
                }
                out.print(page);
                return 0;
            }
            out.print(LANG.get() == java.util.Locale.ENGLISH ? help() : aiuto());
            return 0;
        }
        if (argv[0].equals("--version") || argv[0].equals("version")) {
            out.print(version());
            return 0;
        }
        List<String> rest = new ArrayList<>(Arrays.asList(argv).subList(1, argv.length));
        Html.CONTEXT.set(new Html.Context(Vocabolario.command(argv[0], rest, LANG.get()), inputs(rest), today()));
        try {
            RunParameters.bind(rest);
            Output output = switch (argv[0]) {
                case "demo" -> Output.of(RipartoCommands.demo(rest));
                case "riparto" -> Output.of(RipartoCommands.riparto(rest));
                case "regione" -> Output.of(RipartoCommands.regione(rest, today().getYear()));
                case "fattore-famiglia" -> IseeCommands.run(rest, false, today());
                case "contributo-nido" -> IseeCommands.run(rest, true, today());
                case "lep" -> Output.of(LepCommands.run(rest, today().getYear()));
                case "params" -> Output.of(ParamsCommand.run(rest, today().getYear()));
                case "isee" -> !rest.isEmpty() && rest.get(0).equals("verifica") ? InpsCommands.verifica(rest.subList(1, rest.size()))
                        : DsuCommand.run(rest, today());
                case "siuss" -> InpsCommands.siuss(rest, today());
                case "isee-corrente" -> IseeCorrenteCommand.run(rest, today());
                case "compartecipazione" -> CompartecipazioneCommands.run(rest);
                case "pnrr" -> Output.of(PnrrCommands.pnrr(rest));
                case "mappa-fondi" -> Output.of(PnrrCommands.mappaFondi(rest));
                default -> throw new UsageException("unknown command " + argv[0], "comando sconosciuto " + argv[0]);
            };
            output.writeTo(out);
            return 0;
        } catch (Partial e) {
            e.output().writeTo(out);
            err.println("fsr: " + e.message(LANG.get()));
            return 1;
        } catch (CompartecipazioneCommands.CheckFailed e) {
            out.print(e.report());
            return 1;
        } catch (UsageException e) {
            err.println("fsr: " + e.message(LANG.get()));
            err.println(LANG.get() == java.util.Locale.ENGLISH ? "Run 'java -jar fsr.jar help' for the commands and their options."
                    : "Eseguire 'java -jar fsr.jar help' per i comandi e le loro opzioni.");
            return 2;
        } catch (ValidationException e) {
            report(e.violations());
            return 3;
        } catch (Incomplete e) {
            report(e.problems().violations());
            if (!toFile) {
                err.println("fsr: " + e.message(LANG.get()));
            }
            return 3;
        } catch (MissingParameterException e) {
            Violation v = e.violation();
            err.println(v.field() + ": " + v.message() + " (" + (LANG.get() == java.util.Locale.ENGLISH ? "value" : "valore") + ": " + v.value()
                    + ") [" + MissingParameterException.CODE + "]");
            return 3;
        } catch (it.fsr.core.validation.FsrException e) {
            report(e.violations());
            return 3;
        } catch (java.io.UncheckedIOException e) {
            err.println(LANG.get() == java.util.Locale.ENGLISH ? "fsr: a file could not be read or written (" + e.getCause().getClass().getSimpleName() + ")"
                    : "fsr: non è stato possibile leggere o scrivere un file (" + e.getCause().getClass().getSimpleName() + ")");
            return 4;
        } catch (RuntimeException e) {
            // never a stack trace on the command line: a fault of fsr, named by its kind, for the developers
            err.println(LANG.get() == java.util.Locale.ENGLISH ? "fsr: internal error (" + e.getClass().getName() + "): please report it to the developers of fsr"
                    : "fsr: errore interno (" + e.getClass().getName() + "): segnalarlo agli sviluppatori di fsr");
            return 70;
        } catch (OutOfMemoryError e) {
            long mib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            // the advice names the heap the run had and twice it, never a fixed figure below what was given
            String twice = mib * 2 >= 1024 ? (mib * 2 + 1023) / 1024 + "g" : mib * 2 + "m";
            boolean en = LANG.get() == java.util.Locale.ENGLISH;
            err.println(en ? "fsr: the input does not fit in the memory given to Java (" + mib + " MiB): run again with a larger heap, "
                    + "e.g. java -Xmx" + twice + " -jar fsr.jar " + argv[0] + " …"
                    : "fsr: i dati non entrano nella memoria assegnata a Java (" + mib + " MiB): rilanciare con una memoria maggiore, "
                    + "ad esempio java -Xmx" + twice + " -jar fsr.jar " + argv[0] + " …");
            return 4;
        }
    }

    /** The files and values a report names under its title: each option with a value, the input files by name. */
    private static List<String> inputs(List<String> rest) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (a.startsWith("--") && !Set.of("--format", "--lang", "--explain", "--quiet", "--dialect", "--encoding").contains(a) && i + 1 < rest.size()
                    && !rest.get(i + 1).startsWith("--")) {
                String v = rest.get(++i);
                try {
                    java.nio.file.Path p = java.nio.file.Path.of(v);
                    if (Files.exists(p) && p.getFileName() != null) {
                        v = p.getFileName().toString();
                    }
                } catch (java.nio.file.InvalidPathException e) {
                    // a value, not a file
                }
                out.add(Vocabolario.option(a.substring(2), LANG.get()) + ": " + v);
            }
        }
        return out;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A violation as {@code file:line: column: problem (value: …) [CODE]}, the problem in the run's
     * language (Italian by default), the value as the user wrote it.
     */
    /** Problems shown for one kind of problem in one column before the rest are counted. */
    static final int SAME_PROBLEM_SHOWN = 20;

    /**
     * Every problem, but the same problem in the same column of the same file shown for its first
     * {@value #SAME_PROBLEM_SHOWN} rows and then counted (the clerk's review: one empty column on 200,000 rows printed
     * 200,000 lines).
     */
    private void report(java.util.List<Violation> problems) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        java.util.Map<String, Integer> more = new java.util.LinkedHashMap<>();
        for (Violation v : problems) {
            String key = v.code() + " " + v.field().replaceFirst(":\\d+: ", ": ");
            if (seen.merge(key, 1, Integer::sum) <= SAME_PROBLEM_SHOWN) {
                err.println(problem(v));
            } else {
                more.merge(key, 1, Integer::sum);
            }
        }
        boolean en = LANG.get() == java.util.Locale.ENGLISH;
        more.forEach((key, n) -> {
            String code = key.substring(0, key.indexOf(' '));
            String where = key.substring(key.indexOf(' ') + 1);
            err.println(where + ": " + (en ? "the same problem on " + n + " more rows" : "lo stesso problema su altre " + n + " righe")
                    + " [" + code + "]");
        });
    }

    static String problem(Violation v) {
        boolean en = LANG.get() == java.util.Locale.ENGLISH;
        String value = v.value().isEmpty() ? "" : " (" + (en ? "value" : "valore") + ": " + v.value() + ")";
        return v.field() + ": " + v.message(LANG.get()) + value + " [" + v.code() + "]";
    }

    /** The commands and options in Italian (the default language of the command line). */
    static String aiuto() {
        return """
                fsr — le regole del finanziamento dei servizi sociali, esatte al centesimo e spiegate.
                uso: java -jar fsr.jar <comando> [opzioni]; java -jar fsr.jar help COMANDO per le colonne di ogni file

                  demo                                   il riparto FSR 2025 dell'Ambito 6 Monte Orfano (esempio incorporato)
                  riparto --scenario S.properties --units U.csv [--compare S2.properties]
                                                         il piano di riparto di un Ambito (con --compare: il confronto)
                  regione --fund IMPORTO --ambiti A.csv [--year ANNO]
                                                         il fondo regionale ripartito tra gli Ambiti
                  fattore-famiglia --households H.csv --members M.csv [--date AAAA-MM-GG]
                                                         la scala del Fattore Famiglia e l'ISEE riparametrato di ogni nucleo
                  contributo-nido --households H.csv --members M.csv --service-year 2021/22 [--date AAAA-MM-GG]
                                                         una riga per bambino al nido: il contributo dell'anno educativo
                  isee --households D.csv --members DM.csv [--variant V] [--purpose P] [--other-children OC.csv] [--date D]
                                                         l'ISEE dalla DSU, componente per componente; varianti ordinario,
                                                         minorenni, sociosanitario, residenze, universita
                  isee --dsu-xml DSU.xml|CARTELLA        lo stesso dalla DSU nel formato XML di INPS
                  isee verifica --attestazione A.xml|CARTELLA
                                                         ricalcola i conti di ogni attestazione ISEE di INPS (uscita 1 se
                                                         una riga non torna)
                  siuss --decisioni D.csv --beneficiari B.csv --ente CODICE --sede BELFIORE --operatore CF
                                                         il flusso SIUSS PS-PSA delle prestazioni concesse
                  isee-corrente --households D.csv --members DM.csv --requests R.csv [--changes C.csv] [--date D]
                                                         l'ISEE ordinario e quello corrente, con la condizione e la validità
                  lep sociale|nidi|trasporto|rendicontazione --comuni C.csv --year ANNO
                                                         i LEP del Fondo di Solidarietà Comunale
                  compartecipazione --schedule S.properties --users U.csv [--compare S2.properties]
                                                         quanto paga ogni utente dal suo ISEE e quanto il Comune
                  compartecipazione check --schedule S.properties
                                                         i rilievi sul tariffario (uscita 1 se uno è un errore)
                  pnrr catalogo | pnrr tranche --amount IMPORTO
                                                         le linee PNRR M5C2; le quattro tranche di un progetto
                  mappa-fondi --lines L.csv --services S.csv [--assign A.csv] [--compare A2.csv]
                                                         i fondi dell'Ambito programmati insieme negli anni
                  params [--year ANNO]                   ogni parametro in vigore: nome, valore, validità, atto

                opzioni di ogni comando: --format csv|md|text|html|xlsx (html: il rapporto da stampare; xlsx con
                  --output FILE.xlsx), --explain (i passaggi del calcolo), --lang it|en, --dialect plain|it (il CSV in
                  uscita), --encoding utf-8|windows-1252, --output FILE (-o: scritto solo se l'esecuzione riesce),
                  --foglio NOME (il foglio di un .xlsx in ingresso)
                file in ingresso: CSV (UTF-8 o Windows-1252; ',' con il punto decimale o ';' con la virgola) o Excel
                  (.xlsx); le intestazioni possono usare i nomi italiani delle colonne (help COMANDO)
                --version: la versione di fsr e l'atto più recente in vigore tra i suoi parametri
                codici d'uscita: 0 riuscito, 1 riuscito con righe respinte o rilievi, 2 uso errato, 3 dati non validi
                  (ogni problema su standard error come file:riga: colonna: problema [CODICE]), 4 memoria insufficiente
                """;
    }

    static String help() {
        return """
                fsr — Italian social-services funding rules, exact to the cent and explained.
                usage: java -jar fsr.jar <command> [options]

                  demo                                   the FSR 2025 riparto of Ambito 6 Monte Orfano (embedded example)
                  riparto --scenario S.properties --units U.csv [--compare S2.properties]
                                                         piano di riparto of an Ambito (what-if with --compare)
                  regione --fund AMOUNT --ambiti A.csv [--year Y]
                                                         region -> Ambiti split of the FSR
                  fattore-famiglia --households H.csv --members M.csv [--date YYYY-MM-DD]
                                                         Fattore Famiglia scale and rescaled ISEE per household
                  contributo-nido --households H.csv --members M.csv --service-year 2021/22 [--date YYYY-MM-DD]
                                                         one row per child at a 0-3 service: the contribution of the
                                                         service year's DGR edition (members need member_id, nursery)
                  isee --households D.csv --members DM.csv [--variant V] [--purpose P] [--other-children OC.csv] [--date D]
                                                         the ISEE from the DSU, member by member; variants ordinario,
                                                         minorenni, sociosanitario, residenze, universita; purposes
                                                         ordinary, family-2026, bonus-nido, bonus-nuovi-nati (D.csv needs auu)
                  isee --dsu-xml DSU.xml|FOLDER [--variant V] [--purpose P]
                                                         the same from DSUs in INPS's XML (ISEE_Dichiarazione 1.3)
                  isee verifica --attestazione A.xml|FOLDER
                                                         INPS's arithmetic of each attestation recomputed, a row per
                                                         attestation with every line that differs (exit 1 if any)
                  siuss --decisioni D.csv --beneficiari B.csv --ente CODE --sede BELFIORE --operatore CF
                        [--denominazione NAME] [--data-invio D] [--progressivo N] [--cooperazione --cartella DIR]
                                                         the SIUSS PS-PSA flow of the prestazioni granted, validated
                                                         against INPS's schema before it is written
                  isee-corrente --households D.csv --members DM.csv --requests R.csv [--changes C.csv] [--other-children OC.csv] [--date D]
                                                         the ordinary and the current ISEE side by side, with the
                                                         condition met and the validity's end (exit 1 when refused)
                  lep sociale --comuni C.csv [--year Y]  social workers: 1:6,500 / 1:5,000 / 1:4,000, c. 797 contribution
                  lep nidi --comuni C.csv --year Y [--total AMOUNT]
                                                         nursery coverage, places needed, resources
                  lep trasporto --comuni C.csv --year Y [--total AMOUNT]
                                                         transport of pupils with disabilities
                  lep rendicontazione --comuni R.csv --year Y
                                                         what each Comune justifies and gives back of the three
                                                         FSC shares, with the totals per region
                  compartecipazione --schedule S.properties --users U.csv [--compare S2.properties]
                                                         what each user pays from the ISEE, and the Comune's share
                  compartecipazione check --schedule S.properties
                                                         the schedule's findings (exit 1 when one is an error)
                  pnrr catalogo                          the PNRR M5C2 lines as published, and where their figures disagree
                  pnrr tranche --amount AMOUNT           a project's four tranches (10-35-35-20%) to the cent
                  mappa-fondi --lines L.csv --services S.csv [--assign A.csv] [--compare A2.csv]
                                                         an Ambito's funds programmed together over the years
                  params [--year Y]                      every parameter in force: name, value, valid from, source

                options for every command: --format csv|md|text|html (default csv; demo: text; html: a report to print), --explain, --lang it|en,
                  --dialect plain|it (output CSV; default: the input's), --encoding utf-8|windows-1252 (default: detected),
                  --output FILE (-o: written only when the run succeeds; a .csv file in UTF-8 with BOM, for Excel),
                  --format xlsx with --output FILE.xlsx (an Excel workbook), --foglio NAME (the sheet of an .xlsx input)
                Excel: every input file may be an .xlsx workbook (its first sheet, or --foglio NAME)
                --version: fsr's version and the newest act in force among its parameters
                output: UTF-8 whatever the console's encoding
                CSV input: UTF-8 (BOM accepted) or Windows-1252; ',' with decimal point, or ';' with decimal comma
                  (422.430,60; a '.' separates thousands only before groups of three digits: 1.5 is refused).
                exit codes: 0 success, 2 bad usage, 3 invalid input (every problem on stderr as
                  file:line: column: problem [CODE]), 4 out of memory (run with a larger -Xmx)
                """;
    }
}
