package it.fsr.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The options of one command: {@code --name value} pairs and {@code --flag}s, checked against what the command accepts. */
final class Args {
    private static final Set<String> FLAGS = Set.of("explain", "quiet", "cooperazione");
    /** Options every command accepts. */
    private static final Set<String> GLOBAL = Set.of("format", "lang", "explain", "encoding", "dialect", "quiet");
    private final Map<String, String> values = new HashMap<>();

    Args(List<String> args, Set<String> accepted) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                throw new UsageException("unexpected argument " + a, "argomento inatteso " + a);
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!accepted.contains(name) && !GLOBAL.contains(name)) {
                throw new UsageException("unknown option --" + name, "opzione sconosciuta --" + name);
            }
            if (FLAGS.contains(name)) {
                values.put(name, "true");
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("option --" + name + " needs a value", "l'opzione --" + name + " richiede un valore");
                }
                value = args.get(++i);
            }
            values.put(name, value);
        }
    }

    String get(String name) {
        return values.get(name);
    }

    String required(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new UsageException("missing option --" + name, "manca l'opzione --" + name);
        }
        return v;
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    /**
     * The text of the file named by a required option: UTF-8 (BOM or not) or Windows-1252, detected,
     * or as {@code --encoding} says. @throws UsageException if it cannot be read
     */
    String file(String name) {
        return read(required(name), encoding());
    }

    /** The path of the file named by a required option, for reading it row by row. @throws UsageException if it is not a file */
    Path path(String name) {
        return regularFile(required(name));
    }

    /**
     * The path of an input file, or a usage error naming what it is instead: not found, a directory, or not a regular file
     * (a device, a pipe, a socket: save the data to a file first).
     */
    static Path regularFile(String given) {
        Path p;
        try {
            p = Path.of(given);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException("not a file name: " + it.fsr.core.validation.Ids.printable(given));
        }
        if (Files.isRegularFile(p)) {
            // an Excel workbook is read as the CSV of its sheet (first, or --foglio NAME)
            if (Xlsx.is(p)) {
                return Xlsx.asCsv(p);
            }
            // Excel's "Testo Unicode" (UTF-16 with its mark) read as UTF-8 by the streaming readers
            java.nio.file.Path utf8 = it.fsr.core.csv.CsvText.utf16AsUtf8(p);
            return utf8 != null ? utf8 : p;
        }
        String shown = it.fsr.core.validation.Ids.printable(given);
        if (Files.isDirectory(p)) {
            throw new UsageException(shown + " is a directory, not a file", shown + " è una cartella, non un file");
        }
        if (Files.exists(p)) {
            throw new UsageException(shown + " is not a regular file (a device, a pipe or a socket): save the data to a file first",
                    shown + " non è un file ordinario (un dispositivo, una pipe o un socket): salvare prima i dati in un file");
        }
        throw new UsageException("file not found: " + shown, "file non trovato: " + shown);
    }

    /** The encoding forced by {@code --encoding}, or null to detect. */
    java.nio.charset.Charset encoding() {
        String e = values.get("encoding");
        if (e == null) {
            return null;
        }
        try {
            return it.fsr.core.csv.CsvText.named(e);
        } catch (it.fsr.core.validation.ValidationException x) {
            throw new UsageException("--encoding " + e + ": use utf-8 or windows-1252");
        }
    }

    static String read(String path, java.nio.charset.Charset encoding) {
        Path p = regularFile(path);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UsageException("cannot read " + path + ": " + e.getMessage());
        }
        try {
            return it.fsr.core.csv.CsvText.decode(p.getFileName().toString(), bytes, encoding);
        } catch (it.fsr.core.validation.ValidationException e) {
            throw e;
        }
    }

    /** The output CSV's dialect: {@code --dialect plain|it}, else the dialect of the input file. */
    it.fsr.core.explain.CsvDialect outputDialect(it.fsr.core.explain.CsvDialect input) {
        String d = values.get("dialect");
        if (d == null) {
            return input;
        }
        return switch (d) {
            case "plain" -> it.fsr.core.explain.CsvDialect.PLAIN;
            case "it" -> it.fsr.core.explain.CsvDialect.ITALIAN;
            default -> throw new UsageException("unknown dialect " + d + ": use plain or it");
        };
    }

    /** The base name of the file, for messages. */
    String fileName(String name) {
        return Path.of(required(name)).getFileName().toString();
    }

    Format format() {
        String f = values.getOrDefault("format", "csv");
        return switch (f) {
            case "csv" -> Format.CSV;
            case "md" -> Format.MD;
            case "text" -> Format.TEXT;
            case "html" -> Format.HTML;
            default -> throw new UsageException("unknown format " + f + ": use csv, md, text, html or xlsx", "formato sconosciuto " + f
                    + ": usare csv, md, text, html o xlsx");
        };
    }

    Format format(Format defaultFormat) {
        return values.containsKey("format") ? format() : defaultFormat;
    }

    Locale lang() {
        String l = values.getOrDefault("lang", "it");
        return switch (l) {
            case "it" -> Locale.ITALIAN;
            case "en" -> Locale.ENGLISH;
            default -> throw new UsageException("unknown language " + l + ": use it or en");
        };
    }

    int year(int defaultYear) {
        String y = values.get("year");
        if (y == null) {
            return defaultYear;
        }
        if (!y.matches("\\d{4}")) {
            throw new UsageException("--year must be a four-digit year, not " + y, "--year deve essere un anno di quattro cifre, non " + y);
        }
        return Integer.parseInt(y);
    }

    LocalDate date(LocalDate defaultDate) {
        return date(defaultDate, "date");
    }

    /** The date of option {@code --name}, or {@code defaultDate} when absent. */
    LocalDate date(LocalDate defaultDate, String name) {
        String d = values.get(name);
        if (d == null) {
            return defaultDate;
        }
        try {
            return LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            throw new UsageException("--" + name + " must be YYYY-MM-DD, not " + d, "--" + name + " deve essere AAAA-MM-GG, non " + d);
        }
    }

    /** Output formats. */
    enum Format {
        CSV, MD, TEXT, HTML;

        String lower() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
