package it.fsr.core.csv;

import java.io.IOException;
import java.io.InputStream;

/**
 * One pass over a file's bytes as UTF-8: how many multi-byte characters it has and where its first byte that is not
 * UTF-8 lies (line and byte). A file with both is UTF-8 with a stray byte — an error naming where, never a silent
 * re-decoding of the whole file as Windows-1252 ("Città di Cantù" read as "CittÃ  di CantÃ¹" on every row). A file with
 * invalid bytes and no multi-byte character is what Windows-1252 Excel writes. Not thread-safe; one per scan.
 */
final class Utf8Scan {
    long multiByte;
    long badOffset = -1;
    long badLine = -1;
    int badByte;

    /** Scans {@code in} to its end (or to the first bad byte once a multi-byte character has been seen). */
    static Utf8Scan of(InputStream in) throws IOException {
        Utf8Scan s = new Utf8Scan();
        byte[] buf = new byte[CsvCharsets.BUFFER];
        long offset = 0;
        long line = 1;
        int need = 0;          // continuation bytes still expected
        int min = 0;           // lower bound of the second byte (overlong and surrogate checks)
        int max = 0;
        long start = 0;        // offset of the current sequence's first byte
        int n;
        while ((n = in.read(buf)) > 0) {
            for (int i = 0; i < n; i++, offset++) {
                int b = buf[i] & 0xFF;
                if (need > 0) {
                    if (b >= min && b <= max) {
                        min = 0x80;
                        max = 0xBF;
                        if (--need == 0) {
                            s.multiByte++;
                        }
                        continue;
                    }
                    s.bad(start, line, b);
                    need = 0;
                    if (s.multiByte > 0) {
                        return s;
                    }
                }
                if (b == '\n') {
                    line++;
                }
                if (b < 0x80) {
                    continue;
                }
                start = offset;
                if (b >= 0xC2 && b <= 0xDF) {
                    need = 1; min = 0x80; max = 0xBF;
                } else if (b == 0xE0) {
                    need = 2; min = 0xA0; max = 0xBF;
                } else if (b >= 0xE1 && b <= 0xEC || b == 0xEE || b == 0xEF) {
                    need = 2; min = 0x80; max = 0xBF;
                } else if (b == 0xED) {
                    need = 2; min = 0x80; max = 0x9F;
                } else if (b == 0xF0) {
                    need = 3; min = 0x90; max = 0xBF;
                } else if (b >= 0xF1 && b <= 0xF3) {
                    need = 3; min = 0x80; max = 0xBF;
                } else if (b == 0xF4) {
                    need = 3; min = 0x80; max = 0x8F;
                } else {
                    s.bad(offset, line, b);
                    if (s.multiByte > 0) {
                        return s;
                    }
                }
            }
        }
        if (need > 0) {
            s.bad(start, line, -1);
        }
        return s;
    }

    private void bad(long at, long line, int b) {
        if (badOffset < 0) {
            badOffset = at;
            badLine = line;
            badByte = b;
        }
    }

    /** Whether the file is all UTF-8. */
    boolean valid() {
        return badOffset < 0;
    }

    /** Whether the file is UTF-8 with stray bytes: multi-byte characters and a byte that is not UTF-8. */
    boolean mixed() {
        return badOffset >= 0 && multiByte > 0;
    }
}
