package it.fsr.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Differential: {@link Utf8Scan} against a slow reference written from the Unicode Standard's table 3-7 (RFC 3629: no
 * overlong form, no surrogate, nothing above U+10FFFF; its validity checked against the JDK's strict decoder), on bytes biased to every bound of the table — valid or not, the first bad byte's offset, line and
 * value, the multi-byte characters counted, a sequence cut by the end of the file or by the scan's buffer.
 */
class Utf8ScanDifferentialTest {
    /** The random cases: fewer under mutation testing ({@code fsr.examples} below 1,000), where each mutant runs them. */
    private static final int CASES = Integer.getInteger("fsr.examples", 1000) >= 1000 ? 20_000 : 20_000 / 10;

    /** The bytes where UTF-8's table changes: each lead's range and each continuation's. */
    private static final int[] EDGES = {0x00, 0x0A, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xDF, 0xE0, 0xE1, 0xEC,
        0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
    private static final int[] CODE_POINTS = {0x80, 0x7FF, 0x800, 0xE0, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x3FFFF, 0x40000, 0xFFFFF,
        0x100000, 0x10FFFF, 0x41, 0x0A};

    /** What the scan must find: the first ill-formed sequence, its line and offending byte, the characters counted. */
    record Expected(boolean valid, long badOffset, long badLine, int badByte, long multiByte, boolean mixed) {
    }

    /**
     * The slow reference, written from the Unicode Standard's table 3-7 (well-formed UTF-8 byte sequences): for each
     * lead byte the range of each following byte. A sequence that breaks it is ill-formed at its lead; the offending
     * byte is the first outside its range (or none: the file ends); reading resumes at that byte. The scan stops at an
     * ill-formed sequence once a multi-byte character was counted.
     */
    static Expected reference(byte[] b) {
        long first = -1;
        long line = -1;
        int offending = 0;
        long multi = 0;
        long newlines = 0;
        boolean anyMulti = false;
        int i = 0;
        scan:
        while (i < b.length) {
            int x = b[i] & 0xFF;
            if (x < 0x80) {
                if (x == '\n') {
                    newlines++;
                }
                i++;
                continue;
            }
            int[][] ranges = table(x);
            int at = i;
            int bad = Integer.MIN_VALUE;
            int next = i + 1;
            if (ranges == null) {
                bad = x;
            } else {
                for (int k = 0; k < ranges.length; k++) {
                    if (i + 1 + k >= b.length) {
                        bad = -1;
                        next = b.length;
                        break;
                    }
                    int y = b[i + 1 + k] & 0xFF;
                    if (y < ranges[k][0] || y > ranges[k][1]) {
                        bad = y;
                        next = i + 1 + k;
                        break;
                    }
                }
                if (bad == Integer.MIN_VALUE) {
                    multi++;
                    anyMulti = true;
                    i += 1 + ranges.length;
                    continue;
                }
            }
            if (first < 0) {
                first = at;
                line = newlines + 1;
                offending = bad;
            }
            if (multi > 0) {
                break scan;
            }
            i = next;
        }
        return first < 0 ? new Expected(true, -1, -1, 0, multi, false) : new Expected(false, first, line, offending, multi, anyMulti);
    }

    /** Table 3-7: the ranges of the bytes after {@code lead}, or null when it leads no sequence. */
    private static int[][] table(int lead) {
        int[] cont = {0x80, 0xBF};
        if (lead >= 0xC2 && lead <= 0xDF) {
            return new int[][] {cont};
        }
        if (lead == 0xE0) {
            return new int[][] {{0xA0, 0xBF}, cont};
        }
        if (lead >= 0xE1 && lead <= 0xEC || lead == 0xEE || lead == 0xEF) {
            return new int[][] {cont, cont};
        }
        if (lead == 0xED) {
            return new int[][] {{0x80, 0x9F}, cont};
        }
        if (lead == 0xF0) {
            return new int[][] {{0x90, 0xBF}, cont, cont};
        }
        if (lead >= 0xF1 && lead <= 0xF3) {
            return new int[][] {cont, cont, cont};
        }
        if (lead == 0xF4) {
            return new int[][] {{0x80, 0x8F}, cont, cont};
        }
        return null;
    }

    /** The reference agrees with the JDK's strict decoder on validity (a check of the reference itself). */
    static boolean jdkValid(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    static Expected scanned(byte[] bytes) throws Exception {
        Utf8Scan s = Utf8Scan.of(new ByteArrayInputStream(bytes));
        return new Expected(s.valid(), s.badOffset, s.badLine, s.badOffset < 0 ? 0 : s.badByte, s.multiByte, s.mixed());
    }

    private static byte[] random(Random r) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        int parts = r.nextInt(7);
        for (int k = 0; k < parts; k++) {
            switch (r.nextInt(4)) {
                case 0 -> b.write(EDGES[r.nextInt(EDGES.length)]);
                case 1 -> b.write(r.nextInt(256));
                default -> {
                    int cp = r.nextBoolean() ? CODE_POINTS[r.nextInt(CODE_POINTS.length)] : r.nextInt(0x110000);
                    if (cp >= 0xD800 && cp <= 0xDFFF) {
                        cp = 0xE000;
                    }
                    byte[] enc = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                    // now and then a sequence cut short
                    int len = r.nextInt(6) == 0 ? r.nextInt(enc.length) : enc.length;
                    b.write(enc, 0, len);
                }
            }
        }
        return b.toByteArray();
    }

    @Test
    void theScanTellsWhatTheStrictDecoderTells() throws Exception {
        Random r = new Random(20261206);
        for (int i = 0; i < CASES; i++) {
            byte[] bytes = random(r);
            assertThat(reference(bytes).valid()).isEqualTo(jdkValid(bytes));
            assertThat(scanned(bytes)).as("%s", java.util.HexFormat.ofDelimiter(" ").formatHex(bytes)).isEqualTo(reference(bytes));
        }
    }

    @Test
    void everyTwoAndThreeByteCombinationOfTheEdges() throws Exception {
        for (int a : EDGES) {
            for (int b : EDGES) {
                byte[] two = {(byte) a, (byte) b};
                assertThat(scanned(two)).as("%02X %02X", a, b).isEqualTo(reference(two));
                for (int c : EDGES) {
                    byte[] three = {(byte) a, (byte) b, (byte) c};
                    assertThat(scanned(three)).as("%02X %02X %02X", a, b, c).isEqualTo(reference(three));
                    byte[] four = {(byte) a, (byte) b, (byte) c, (byte) 0x80};
                    assertThat(scanned(four)).as("%02X %02X %02X 80", a, b, c).isEqualTo(reference(four));
                }
            }
        }
    }

    @Test
    void aCharacterAcrossTheScansBufferAndABadByteOnALaterLine() throws Exception {
        for (int shift = 1; shift <= 3; shift++) {
            byte[] bytes = new byte[CsvCharsets.BUFFER + 10];
            java.util.Arrays.fill(bytes, (byte) 'a');
            bytes[100] = '\n';
            bytes[200] = '\n';
            byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
            System.arraycopy(euro, 0, bytes, CsvCharsets.BUFFER - shift, euro.length);
            assertThat(scanned(bytes)).isEqualTo(reference(bytes));
            assertThat(scanned(bytes).multiByte()).isEqualTo(1);
            bytes[CsvCharsets.BUFFER + 5] = (byte) 0xFF;
            Expected e = scanned(bytes);
            assertThat(e).isEqualTo(reference(bytes));
            assertThat(e.badLine()).isEqualTo(3);
            assertThat(e.badOffset()).isEqualTo(CsvCharsets.BUFFER + 5);
            assertThat(e.mixed()).isTrue();
        }
    }
}
