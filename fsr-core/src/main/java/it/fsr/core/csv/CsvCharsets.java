package it.fsr.core.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of a CSV file: UTF-8 when every byte sequence of it is UTF-8 (a BOM or not), else
 * Windows-1252 (what Italian Excel writes for "CSV (delimitato dal separatore di elenco)") when it decodes;
 * and a strict decoder over a range of its bytes. Stateless.
 */
final class CsvCharsets {
    static final int BUFFER = 1 << 16;

    private CsvCharsets() {
    }

    /**
     * UTF-8 when every byte sequence of the file is UTF-8; Windows-1252 when it has no multi-byte UTF-8 character and
     * decodes so; a file that is UTF-8 except for some bytes is refused naming the line and the byte (force an encoding
     * to read it otherwise); else null.
     *
     * @throws it.fsr.core.validation.ValidationException {@code FSR-CSV-MIXED-ENCODING} for UTF-8 with stray bytes
     */
    static Charset detect(String fileName, Path file) {
        Utf8Scan scan;
        try (InputStream in = Files.newInputStream(file)) {
            scan = Utf8Scan.of(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (scan.valid()) {
            return StandardCharsets.UTF_8;
        }
        if (scan.mixed()) {
            throw mixed(fileName, scan);
        }
        return decodes(file, CsvText.WINDOWS_1252) ? CsvText.WINDOWS_1252 : null;
    }

    static it.fsr.core.validation.ValidationException mixed(String fileName, Utf8Scan scan) {
        return new it.fsr.core.validation.ValidationException(java.util.List.of(it.fsr.core.validation.Violation.coded(
                "FSR-CSV-MIXED-ENCODING", fileName + ":" + scan.badLine + ": file",
                scan.badByte < 0 ? "EOF" : String.format("0x%02X", scan.badByte),
                scan.badByte < 0 ? "EOF" : String.format("0x%02X", scan.badByte), scan.badOffset + 1)));
    }

    static boolean decodes(Path file, Charset charset) {
        CharsetDecoder d = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        try (InputStream s = Files.newInputStream(file)) {
            byte[] chunk = new byte[BUFFER];
            int n;
            while ((n = s.read(chunk, 0, bytes.remaining())) > 0) {
                bytes.put(chunk, 0, n);
                bytes.flip();
                if (d.decode(bytes, chars, false).isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            if (d.decode(bytes, chars, true).isError() || d.flush(chars).isError()) {
                return false;
            }
            return !bytes.hasRemaining();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A strict decoder over bytes [from, from + length) of the file. */
    static Reader reader(Path file, Charset charset, long from, long length) throws IOException {
        InputStream raw = Files.newInputStream(file);
        raw.skipNBytes(from);
        InputStream range = new java.io.FilterInputStream(raw) {
            private long left = length;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                left--;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(b, off, (int) Math.min(len, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }
        };
        return new BufferedReader(new InputStreamReader(range, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), BUFFER);
    }

}
