package it.fsr.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential: the file's cut into parts (eight bytes at a time) against the plain reading of its bytes — each part
 * starting after the first line end at or beyond its share of the file, with its first line's number; no cut for a file
 * under a megabyte a part, with a quote character, or without a line end after a share.
 */
class CsvSplitReferenceTest {
    @TempDir
    Path dir;

    static long[][] reference(byte[] bytes, int parts) {
        long size = bytes.length;
        if (size < (1L << 20) * parts) {
            return null;
        }
        for (byte b : bytes) {
            if (b == '"') {
                return null;
            }
        }
        long[] start = new long[parts];
        long[] lines = new long[parts];
        lines[0] = 1;
        for (int k = 1; k < parts; k++) {
            long target = size * k / parts;
            long newlines = 0;
            int at = -1;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    newlines++;
                    if (i >= target) {
                        at = i;
                        break;
                    }
                }
            }
            if (at < 0) {
                return null;
            }
            start[k] = at + 1;
            lines[k] = newlines + 1;
        }
        long[][] out = new long[parts][];
        for (int k = 0; k < parts; k++) {
            long end = k + 1 < parts ? start[k + 1] : size;
            out[k] = new long[] {start[k], end - start[k], lines[k]};
        }
        return out;
    }

    private void check(byte[] bytes, int parts) throws Exception {
        Path f = dir.resolve("f.csv");
        Files.write(f, bytes);
        long[][] got = CsvSplit.split(f, parts);
        long[][] want = reference(bytes, parts);
        if (want == null) {
            assertThat(got).isNull();
        } else {
            assertThat(got).isNotNull();
            assertThat(got).isDeepEqualTo(want);
        }
    }

    @Test
    void thePartsAreThoseOfThePlainReading() throws Exception {
        Random r = new Random(31);
        for (int round = 0; round < 6; round++) {
            int parts = 2 + r.nextInt(3);
            int size = (1 << 20) * parts + r.nextInt(4096) - (round == 0 ? 1 : 0);
            byte[] bytes = new byte[size];
            for (int i = 0; i < size; i++) {
                bytes[i] = (byte) ('a' + r.nextInt(20));
            }
            for (int i = r.nextInt(200); i < size; i += 1 + r.nextInt(round % 2 == 0 ? 300 : 30_000)) {
                bytes[i] = '\n';
            }
            check(bytes, parts);
            if (round == 1) {
                bytes[size / 2] = '"';
                check(bytes, parts);
            }
        }
    }

    @Test
    void aLineEndInTheLastBytesOfTheFileAndNoneAfterAShare() throws Exception {
        // two parts; no line end from the first share to seven bytes before the end: the cut is found in the last bytes
        int size = (2 << 20) + 13;
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) 'x');
        for (int i = 100; i < (1 << 20) - 100; i += 77) {
            bytes[i] = '\n';
        }
        bytes[size - 3] = '\n';
        check(bytes, 2);
        long[][] parts = CsvSplit.split(dir.resolve("f.csv"), 2);
        assertThat(parts[1][0]).isEqualTo(size - 2);
        // with none after the share: no cut
        bytes[size - 3] = 'x';
        check(bytes, 2);
        assertThat(CsvSplit.split(dir.resolve("f.csv"), 2)).isNull();
        // a quote in the last bytes
        bytes[size - 1] = '"';
        check(bytes, 2);
        // exactly a megabyte a part is enough
        byte[] exact = new byte[2 << 20];
        java.util.Arrays.fill(exact, (byte) 'y');
        for (int i = 50; i < exact.length; i += 64) {
            exact[i] = '\n';
        }
        check(exact, 2);
        assertThat(CsvSplit.split(dir.resolve("f.csv"), 2)).isNotNull();
    }
}
