package it.fsr.inps.siuss;

import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.validation.Violations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The table of the codes of prestazioni sociali agevolate (A1.01 … A3.03, Z9.99) as dated data: each code with its
 * name, the days it is in force and its act, read from {@code prestazioni.csv} ({@link #defaults()}) or from a newer
 * table ({@link #read}). A code is used only within its window. Immutable and thread-safe.
 */
public final class CodiciPrestazione {
    /** One code in force from {@code dal} to {@code al} (null: open). */
    public record Codice(String codice, String denominazione, LocalDate dal, LocalDate al, String fonte) {
        /** Whether in force on {@code date}. */
        public boolean inVigore(LocalDate date) {
            return !date.isBefore(dal) && (al == null || !date.isAfter(al));
        }
    }

    private static final CodiciPrestazione DEFAULTS = load();
    private final List<Codice> codici;

    private CodiciPrestazione(List<Codice> codici) {
        this.codici = List.copyOf(codici);
    }

    private static CodiciPrestazione load() {
        try (InputStream in = CodiciPrestazione.class.getResourceAsStream("prestazioni.csv")) {
            return read("prestazioni.csv", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** fsr's table. */
    public static CodiciPrestazione defaults() {
        return DEFAULTS;
    }

    /**
     * A table in the same columns ({@code codice,denominazione,valido_dal,valido_al,fonte}; comment lines before the
     * header).
     *
     * @throws it.fsr.core.validation.ValidationException every problem of the file
     */
    public static CodiciPrestazione read(String fileName, String text) {
        CsvTable t = CsvTable.parseCommented(fileName, text);
        t.requireColumns(List.of("codice", "denominazione", "valido_dal", "fonte"), List.of("valido_al"));
        Violations v = new Violations();
        List<Codice> out = new ArrayList<>();
        for (CsvRow r : t.rows()) {
            String code = r.requiredText("codice", v);
            String name = r.requiredText("denominazione", v);
            LocalDate from = r.date("valido_dal", true, v);
            LocalDate until = r.date("valido_al", false, v);
            String source = r.requiredText("fonte", v);
            if (code != null && (code.length() < 5 || code.length() > 10)) {
                v.addCoded("FSR-SIUSS-TEXT", r.field("codice"), code, "5-10");
            }
            if (name != null && (name.length() < 10 || name.length() > 200)) {
                v.addCoded("FSR-SIUSS-TEXT", r.field("denominazione"), name, "10-200");
            }
            if (code != null && name != null && from != null && source != null) {
                out.add(new Codice(code, name, from, until, source));
            }
        }
        v.throwIfAny();
        return new CodiciPrestazione(out);
    }

    /** The code in force on {@code date}, if any. */
    public Optional<Codice> on(String codice, LocalDate date) {
        return codici.stream().filter(c -> c.codice().equals(codice) && c.inVigore(date)).findFirst();
    }

    /** The codes in force on {@code date}, for a message. */
    public List<String> inVigore(LocalDate date) {
        return codici.stream().filter(c -> c.inVigore(date)).map(Codice::codice).toList();
    }
}
