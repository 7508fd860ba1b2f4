package it.fsr.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel's text inputs: a file's encoding told from its bytes (UTF-8 with or without its mark, UTF-16 with its mark,
 * Windows-1252, UTF-8 with a stray byte refused where it is), a range of a file decoded strictly, and the properties
 * files' keys, percentages and amounts.
 */
class TextEncodingsTest {
    @TempDir
    Path dir;

    private static final String CANTU = "id;nome\n1;Città di Cantù\n";

    private Path file(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void eachEncodingFromItsBytes() throws Exception {
        byte[] utf8 = CANTU.getBytes(StandardCharsets.UTF_8);
        byte[] cp1252 = CANTU.getBytes(CsvText.WINDOWS_1252);
        assertThat(CsvText.decode("a.csv", utf8, null)).isEqualTo(CANTU);
        assertThat(CsvText.decode("a.csv", ("\uFEFF" + CANTU).getBytes(StandardCharsets.UTF_8), null)).isEqualTo(CANTU);
        assertThat(CsvText.decode("a.csv", cp1252, null)).isEqualTo(CANTU);
        assertThat(CsvText.decode("a.csv", cp1252, CsvText.WINDOWS_1252)).isEqualTo(CANTU);
        assertThat(CsvText.decode("a.csv", ("\uFEFF" + CANTU).getBytes(StandardCharsets.UTF_16LE), null)).isEqualTo(CANTU);
        assertThat(CsvText.decode("a.csv", ("\uFEFF" + CANTU).getBytes(StandardCharsets.UTF_16BE), null)).isEqualTo(CANTU);
        assertThat(CsvText.utf16(new byte[] {(byte) 0xFF, (byte) 0xFE})).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(CsvText.utf16(new byte[] {(byte) 0xFE, (byte) 0xFF})).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(CsvText.utf16(new byte[] {(byte) 0xFF})).isNull();
        assertThat(CsvText.utf16(new byte[] {(byte) 0xFE, (byte) 0xFE})).isNull();
        assertThat(CsvText.utf16(new byte[] {(byte) 0xFF, (byte) 0xFF})).isNull();
        assertThat(CsvText.utf16(utf8)).isNull();
        // forced UTF-8 on Windows-1252 bytes: the file is not text in it
        assertThatThrownBy(() -> CsvText.decode("a.csv", cp1252, StandardCharsets.UTF_8)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo("FSR-CSV-ENCODING");
                    assertThat(v.field()).isEqualTo("a.csv:1: file");
                }));
        // UTF-16 with an unpaired surrogate: not text
        assertThatThrownBy(() -> CsvText.decode("a.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 'a', 0}, null))
                .isInstanceOf(ValidationException.class);
        // bytes no encoding of fsr's reads (0x81 is undefined in Windows-1252)
        assertThatThrownBy(() -> CsvText.decode("a.csv", new byte[] {'a', (byte) 0x81}, null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void utf8WithAStrayByteIsRefusedAtItsLineAndByte() throws Exception {
        byte[] utf8 = CANTU.getBytes(StandardCharsets.UTF_8);
        byte[] stray = java.util.Arrays.copyOf(utf8, utf8.length + 3);
        stray[utf8.length] = '2';
        stray[utf8.length + 1] = (byte) 0xE0; // Windows-1252's à in a UTF-8 file
        stray[utf8.length + 2] = '\n';
        for (ThrowingRunnable read : List.<ThrowingRunnable>of(() -> CsvText.decode("a.csv", stray, null),
                () -> CsvCharsets.detect("a.csv", file("a.csv", stray)))) {
            assertThatThrownBy(read::run).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                    .satisfies(v -> {
                        assertThat(v.code()).isEqualTo("FSR-CSV-MIXED-ENCODING");
                        assertThat(v.field()).isEqualTo("a.csv:3: file");
                        assertThat(v.message()).contains("0x0A").contains(String.valueOf(utf8.length + 2));
                    }));
        }
        // a multi-byte character cut by the end of the file
        byte[] cut = java.util.Arrays.copyOf(utf8, utf8.length + 1);
        cut[utf8.length] = (byte) 0xC3;
        assertThatThrownBy(() -> CsvCharsets.detect("a.csv", file("b.csv", cut))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations().get(0).message()).contains("EOF"));
        assertThat(CsvCharsets.detect("a.csv", file("c.csv", utf8))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvCharsets.detect("a.csv", file("d.csv", CANTU.getBytes(CsvText.WINDOWS_1252)))).isEqualTo(CsvText.WINDOWS_1252);
        assertThat(CsvCharsets.detect("a.csv", file("e.csv", new byte[] {'a', (byte) 0x81}))).isNull();
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void aFileDecodesOrNotAcrossTheBuffer() throws Exception {
        // a Windows-1252 file longer than the buffer, its undefined byte after it
        byte[] big = new byte[CsvCharsets.BUFFER * 2 + 7];
        java.util.Arrays.fill(big, (byte) 'a');
        big[CsvCharsets.BUFFER + 3] = (byte) 0xE0;
        assertThat(CsvCharsets.decodes(file("big.csv", big), CsvText.WINDOWS_1252)).isTrue();
        big[big.length - 1] = (byte) 0x81;
        assertThat(CsvCharsets.decodes(file("big2.csv", big), CsvText.WINDOWS_1252)).isFalse();
        // an undefined byte in the first buffer, and a small file that decodes
        big[big.length - 1] = 'a';
        big[10] = (byte) 0x81;
        assertThat(CsvCharsets.decodes(file("big3.csv", big), CsvText.WINDOWS_1252)).isFalse();
        assertThat(CsvCharsets.decodes(file("small.csv", "a,b\n".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)).isTrue();
        assertThat(CsvCharsets.decodes(file("small2.csv", new byte[] {'a', (byte) 0xE2, (byte) 0x82}), StandardCharsets.UTF_8)).isFalse();
        // a UTF-8 character across the buffer's edge decodes; one cut by the end does not
        byte[] euro = new byte[CsvCharsets.BUFFER + 2];
        java.util.Arrays.fill(euro, (byte) 'a');
        byte[] sign = "€".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(sign, 0, euro, CsvCharsets.BUFFER - 1, 3);
        assertThat(CsvCharsets.decodes(file("euro.csv", euro), StandardCharsets.UTF_8)).isTrue();
        assertThat(CsvCharsets.decodes(file("cut.csv", java.util.Arrays.copyOf(euro, CsvCharsets.BUFFER)), StandardCharsets.UTF_8)).isFalse();
    }

    @Test
    void aRangeOfAFileIsDecodedStrictly() throws Exception {
        Path p = file("r.csv", "0123456789".getBytes(StandardCharsets.US_ASCII));
        try (Reader r = CsvCharsets.reader(p, StandardCharsets.UTF_8, 3, 4)) {
            char[] buf = new char[10];
            int n = r.read(buf);
            assertThat(new String(buf, 0, n)).isEqualTo("3456");
            assertThat(r.read()).isEqualTo(-1);
        }
        try (java.io.InputStream raw = Files.newInputStream(p)) {
            assertThat(raw.read()).isEqualTo('0');
        }
        Path bad = file("bad.csv", new byte[] {'a', (byte) 0xC3, 'b'});
        try (Reader r = CsvCharsets.reader(bad, StandardCharsets.UTF_8, 0, 3)) {
            assertThatThrownBy(() -> r.read(new char[4])).isInstanceOf(java.nio.charset.CharacterCodingException.class);
        }
    }

    @Test
    void aUtf16FileBecomesAUtf8FileOfTheSameName() throws Exception {
        Path p = file("testo.txt", ("\uFEFF" + CANTU).getBytes(StandardCharsets.UTF_16LE));
        Path utf8 = CsvText.utf16AsUtf8(p);
        assertThat(utf8.getFileName().toString()).isEqualTo("testo.txt");
        assertThat(Files.readString(utf8, StandardCharsets.UTF_8)).isEqualTo(CANTU);
        assertThat(CsvText.utf16AsUtf8(file("plain.csv", CANTU.getBytes(StandardCharsets.UTF_8)))).isNull();
        assertThat(CsvText.utf16AsUtf8(file("one.csv", new byte[] {(byte) 0xFF}))).isNull();
        assertThat(CsvText.named("UTF8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvText.named("cp1252")).isEqualTo(Charset.forName("windows-1252"));
        assertThat(CsvText.named("win1252")).isEqualTo(CsvText.WINDOWS_1252);
        assertThatThrownBy(() -> CsvText.named("latin1")).isInstanceOf(ValidationException.class);
    }

    @Test
    void thePropertiesKeysAtTheirLinesAndEachKeyOnce() {
        String text = "# a comment\nname=Monopoli\r\n  cost : 13,80\n!x=1\n\nname=Ravenna\nsegment.1=0|1\n";
        Map<String, Integer> lines = PropertiesText.keyLines(text);
        assertThat(lines).containsEntry("name", 6).containsEntry("cost", 3).containsEntry("segment.1", 7).doesNotContainKey("x").hasSize(3);
        List<Violation> twice = PropertiesText.duplicateKeys("s.properties", text);
        assertThat(twice).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("FSR-KEY-TWICE");
            assertThat(v.field()).isEqualTo("s.properties:6: name");
            assertThat(v.message()).contains("2");
        });
        assertThat(PropertiesText.duplicateKeys("s.properties", "a=1\nb=2\n")).isEmpty();
    }

    @Test
    void aPercentageHasItsSignAndAnAmountEitherDialect() {
        Violations v = new Violations();
        assertThat(PropertiesText.percent("50%", "k", v)).isEqualTo(Rate.parsePercent("50%"));
        assertThat(PropertiesText.percent(" 28,88% ", "k", v)).isEqualTo(Rate.parsePercent("28,88%"));
        assertThat(v.isEmpty()).isTrue();
        assertThat(PropertiesText.percent("0,5", "f:3: share", v)).isNull();
        assertThat(PropertiesText.percent("mezzo", "f:4: share", v)).isNull();
        assertThat(v.list()).extracting(Violation::field).containsExactly("f:3: share", "f:4: share");
        assertThat(v.list().get(0).code()).isEqualTo("FSR-PERCENT-SIGN");
        assertThat(v.list().get(1).value()).isEqualTo("mezzo");
        Violations a = new Violations();
        Properties p = new Properties();
        p.setProperty("cost", "13,80");
        p.setProperty("debt", "-5,00");
        p.setProperty("blank", " ");
        p.setProperty("bad", "tredici");
        java.util.function.Function<String, String> at = k -> "s:" + k;
        assertThat(PropertiesText.amount(p, "cost", true, false, at, a)).isEqualTo(Euro.parse("13.80"));
        assertThat(PropertiesText.amount(p, "debt", true, true, at, a)).isEqualTo(Euro.parse("-5.00"));
        assertThat(a.isEmpty()).isTrue();
        assertThat(PropertiesText.amount(p, "missing", false, false, at, a)).isNull();
        assertThat(PropertiesText.amount(p, "blank", false, false, at, a)).isNull();
        assertThat(a.isEmpty()).isTrue();
        assertThat(PropertiesText.amount(p, "missing", true, false, at, a)).isNull();
        assertThat(PropertiesText.amount(p, "debt", true, false, at, a)).isNull();
        assertThat(PropertiesText.amount(p, "bad", true, false, at, a)).isNull();
        assertThat(a.list()).extracting(Violation::field).containsExactly("s:missing", "s:debt", "s:bad");
        assertThat(a.list()).extracting(Violation::message).first().asString().contains("required");
        assertThat(a.list().get(1).message()).contains("negative");
        assertThat(a.list().get(2).value()).isEqualTo("tredici");
    }
}
