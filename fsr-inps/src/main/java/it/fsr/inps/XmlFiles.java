package it.fsr.inps;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import it.fsr.inps.xml.Xml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The XML documents of one file or of a folder (its {@code .xml} files, by name; not its subfolders), each read by
 * {@code reader}; every problem of every file at once, each placed at its file's name. Stateless.
 */
public final class XmlFiles {
    /** One document read, with its file's name. */
    public record Read<T>(String file, T value) {
    }

    private XmlFiles() {
    }

    /**
     * Reads {@code fileOrFolder}.
     *
     * @throws ValidationException every problem of every file, each field prefixed with its file's name
     */
    public static <T> List<Read<T>> read(Path fileOrFolder, Function<byte[], T> reader) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(fileOrFolder)) {
            try (Stream<Path> s = Files.list(fileOrFolder)) {
                s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (files.isEmpty()) {
                throw new ValidationException(List.of(Violation.coded("FSR-CSV-NO-ROWS", fileOrFolder.getFileName().toString(), "", 0)));
            }
        } else {
            files.add(fileOrFolder);
        }
        Violations v = new Violations();
        List<Read<T>> out = new ArrayList<>();
        for (Path p : files) {
            String name = p.getFileName().toString();
            try (InputStream in = Files.newInputStream(p)) {
                out.add(new Read<>(name, reader.apply(Xml.readBounded(in, name))));
            } catch (ValidationException e) {
                for (Violation x : e.violations()) {
                    v.add(x.at(name + ": " + x.field()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        v.throwIfAny();
        return List.copyOf(out);
    }
}
