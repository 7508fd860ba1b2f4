package it.fsr.core.testing;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The public records of a module's compiled classes and what their {@code toString} prints: a record's implicit
 * {@code toString} (final, every component) prints every id and figure it holds, so a module whose records may hold
 * personal data overrides it (issue "hostile input and personal data": no log receives a person's data).
 */
public final class RecordScan {
    /** Component names that would hold a person's data: an ISEE, an income, a disability, a fiscal code, a birth date, a person's id. */
    public static final Pattern PERSONAL = Pattern.compile(
            "(?i).*(isee|income|reddit|disabil|fiscal|birth|nascita|memberId|userId|personId|surname|cognome|firstName).*");

    private RecordScan() {
    }

    /** A public record and whether its {@code toString} is the record's own (every component). */
    public record Found(Class<?> type, boolean implicitToString) {
        /** The components whose names say they hold a person's data. */
        public List<String> personalComponents() {
            List<String> out = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                if (PERSONAL.matcher(c.getName()).matches()) {
                    out.add(type.getSimpleName() + "." + c.getName());
                }
            }
            return out;
        }
    }

    /** Every public record under {@code classes} (a module's {@code target/classes}). */
    public static List<Found> publicRecords(Path classes) throws IOException, ClassNotFoundException {
        List<Found> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().equals("module-info.class")
                    && !f.getFileName().toString().equals("package-info.class")).sorted().toList()) {
                String name = classes.relativize(p).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, RecordScan.class.getClassLoader());
                if (!c.isRecord() || !Modifier.isPublic(c.getModifiers())) {
                    continue;
                }
                boolean implicit;
                try {
                    Method m = c.getDeclaredMethod("toString");
                    // the record's implicit toString is final; one the record states is not
                    implicit = Modifier.isFinal(m.getModifiers());
                } catch (NoSuchMethodException e) {
                    implicit = false;
                }
                out.add(new Found(c, implicit));
            }
        }
        return out;
    }

    /**
     * The components, under {@code classes}, that would print a person's data: those of the public records that print
     * their components ({@code toString}) whose names say they hold one. A module whose values hold no person's data
     * asserts this is empty.
     */
    public static List<String> personalComponentsPrinted(Path classes) throws IOException, ClassNotFoundException {
        List<Found> records = publicRecords(classes);
        if (records.isEmpty()) {
            throw new IllegalStateException("no public record under " + classes + ": the scan would prove nothing");
        }
        return records.stream().filter(Found::implicitToString).flatMap(f -> f.personalComponents().stream()).toList();
    }
}
