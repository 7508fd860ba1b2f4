package it.fsr.core.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * A large CSV file cut into parts that can be read at once, each ending after a line end — possible only
 * when the file has no quote character (a quoted field may hold a line end). The line ends are found eight
 * bytes at a time. Stateless.
 */
final class CsvSplit {
    private CsvSplit() {
    }

    /**
     * The byte ranges of {@code parts} parts, each ending after a line end: {from, length, first line}; null
     * when the file is too small to split or has a quote character (a quoted field may hold a line end).
     */
    static long[][] split(Path file, int parts) {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            long size = ch.size();
            if (size < (1L << 20) * parts) {
                return null;
            }
            long[] target = new long[parts];
            for (int k = 1; k < parts; k++) {
                target[k] = size * k / parts;
            }
            long[] start = new long[parts];
            long[] lines = new long[parts];
            lines[0] = 1;
            int next = 1;
            long newlines = 0;
            byte[] chunk = new byte[1 << 20];
            ByteBuffer b = ByteBuffer.wrap(chunk);
            java.nio.LongBuffer words = ByteBuffer.wrap(chunk).order(java.nio.ByteOrder.LITTLE_ENDIAN).asLongBuffer();
            long offset = 0;
            int got;
            while ((got = ch.read(b)) > 0) {
                int i = 0;
                // eight bytes at a time: a word with no quote and no line end is skipped whole (SWAR)
                for (; i + 8 <= got; i += 8) {
                    long w = words.get(i >>> 3);
                    if (hasByte(w, 0x2222222222222222L)) {
                        return null;
                    }
                    if (!hasByte(w, 0x0A0A0A0A0A0A0A0AL)) {
                        continue;
                    }
                    for (int j = i; j < i + 8; j++) {
                        if (chunk[j] == '\n') {
                            newlines++;
                            if (next < parts && offset + j >= target[next]) {
                                start[next] = offset + j + 1;
                                lines[next] = newlines + 1;
                                next++;
                            }
                        }
                    }
                }
                for (; i < got; i++) {
                    byte x = chunk[i];
                    if (x == '"') {
                        return null;
                    }
                    if (x == '\n') {
                        newlines++;
                        if (next < parts && offset + i >= target[next]) {
                            start[next] = offset + i + 1;
                            lines[next] = newlines + 1;
                            next++;
                        }
                    }
                }
                offset += got;
                b.clear();
            }
            if (next < parts) {
                return null;
            }
            long[][] out = new long[parts][];
            for (int k = 0; k < parts; k++) {
                long end = k + 1 < parts ? start[k + 1] : size;
                out[k] = new long[] {start[k], end - start[k], lines[k]};
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Whether one of the eight bytes of {@code w} is the byte repeated in {@code pattern}. */
    static boolean hasByte(long w, long pattern) {
        long x = w ^ pattern;
        return ((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) != 0;
    }

}
