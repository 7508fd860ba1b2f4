package it.fsr.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file read from disk, whole or in parts: the header told to every part's reader before its rows, an empty file, a
 * header without rows, bytes not in the encoding forced, a file in parts with the same rows and lines as one part.
 */
class CsvStreamFilesTest {
    @TempDir
    Path dir;

    private static final class Sink implements CsvStream.Rows {
        final List<String> headers = Collections.synchronizedList(new ArrayList<>());
        final List<String> rows = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void header(CsvStream.Header h) {
            headers.add(String.join("|", h.columns()));
        }

        @Override
        public void row(CsvRow r) {
            rows.add(r.line() + ":" + r.text("id").orElse(""));
        }
    }

    @Test
    void aFileWholeAndInParts() throws Exception {
        StringBuilder b = new StringBuilder("id,value\n");
        for (int i = 0; i < 400_000; i++) {
            b.append("R").append(i).append(',').append(i % 97).append('\n');
        }
        Path f = dir.resolve("big.csv");
        Files.writeString(f, b, StandardCharsets.UTF_8);
        Sink one = new Sink();
        Violations v1 = new Violations();
        CsvStream.Header h1 = CsvStream.read("big.csv", f, null, v1, one);
        assertThat(h1).isNotNull();
        assertThat(h1.columns()).containsExactly("id", "value");
        Sink[] parts = {new Sink(), new Sink()};
        Violations v2 = new Violations();
        CsvStream.Header h2 = CsvStream.read("big.csv", f, null, v2, 2, k -> parts[k]);
        assertThat(h2).isNotNull();
        assertThat(h2.columns()).isEqualTo(h1.columns());
        assertThat(parts[0].headers).containsExactly("id|value");
        assertThat(parts[1].headers).containsExactly("id|value");
        List<String> both = new ArrayList<>(parts[0].rows);
        both.addAll(parts[1].rows);
        assertThat(parts[1].rows).isNotEmpty();
        assertThat(both).isEqualTo(one.rows);
        assertThat(v1.isEmpty()).isTrue();
        assertThat(v2.isEmpty()).isTrue();
        assertThat(one.headers).containsExactly("id|value");
    }

    @Test
    void anEmptyFileAHeaderAloneAndBytesNotInTheEncoding() throws Exception {
        Path empty = dir.resolve("empty.csv");
        Files.write(empty, new byte[0]);
        Violations v = new Violations();
        assertThat(CsvStream.read("empty.csv", empty, null, v, new Sink())).isNull();
        assertThat(v.list()).extracting(Violation::code).containsExactly("FSR-CSV-EMPTY");
        // a header alone, in parts too (a file too small to split reads as one part)
        Path header = dir.resolve("header.csv");
        StringBuilder blanks = new StringBuilder("id,value\n");
        for (int i = 0; i < 300_000; i++) {
            blanks.append(",\n");
        }
        Files.writeString(header, blanks);
        Violations h = new Violations();
        assertThat(CsvStream.read("header.csv", header, null, h, 2, k -> new Sink())).isNotNull();
        assertThat(h.list()).extracting(Violation::code).containsExactly("FSR-CSV-NO-ROWS");
        assertThat(h.list().get(0).field()).isEqualTo("header.csv:1: header");
        // Windows-1252 bytes read as UTF-8 because forced: the file is not text in it
        Path cp = dir.resolve("cp.csv");
        Files.write(cp, "id,nome\n1,Cantù\n".getBytes(CsvText.WINDOWS_1252));
        Violations e = new Violations();
        assertThat(CsvStream.read("cp.csv", cp, StandardCharsets.UTF_8, e, new Sink())).isNull();
        assertThat(e.list()).extracting(Violation::code).containsExactly("FSR-CSV-ENCODING");
        // the same file detected: read as Windows-1252
        Sink s = new Sink();
        Violations d = new Violations();
        assertThat(CsvStream.read("cp.csv", cp, null, d, s)).isNotNull();
        assertThat(d.isEmpty()).isTrue();
        assertThat(s.rows).containsExactly("2:1");
    }
}
