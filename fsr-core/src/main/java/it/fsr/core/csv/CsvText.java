package it.fsr.core.csv;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The text of a CSV file from its bytes: UTF-8 with or without a BOM, or Windows-1252 — what Excel writes
 * for "CSV (delimitato dal separatore di elenco)" — told when the bytes are not valid UTF-8. A caller
 * that knows the encoding forces it. Never a decoder's stack trace: a file that is neither is one
 * violation ({@code FSR-CSV-ENCODING}) naming the file. Stateless and thread-safe.
 */
public final class CsvText {
    /** Windows-1252, Excel's "CSV" on an Italian Windows. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvText() {
    }

    /**
     * Decodes a file's bytes.
     *
     * @param fileName the name for the message
     * @param bytes    the bytes
     * @param forced   the encoding to use, or null to detect (UTF-8, else Windows-1252)
     * @throws ValidationException when the bytes are not text in the encoding used
     */
    public static String decode(String fileName, byte[] bytes, Charset forced) {
        if (forced != null) {
            try {
                return stripBom(strict(forced, bytes));
            } catch (CharacterCodingException e) {
                throw invalid(fileName);
            }
        }
        Charset utf16 = utf16(bytes);
        if (utf16 != null) {
            // Excel's "Testo Unicode": UTF-16 with its byte order mark, tab-separated
            try {
                return stripBom(strict(utf16, bytes));
            } catch (CharacterCodingException e) {
                throw invalid(fileName);
            }
        }
        try {
            return stripBom(strict(StandardCharsets.UTF_8, bytes));
        } catch (CharacterCodingException notUtf8) {
            Utf8Scan scan;
            try {
                scan = Utf8Scan.of(new java.io.ByteArrayInputStream(bytes));
            } catch (java.io.IOException never) {
                throw new java.io.UncheckedIOException(never);
            }
            if (scan.mixed()) {
                // UTF-8 with a stray byte: an error naming where, never the whole file re-read as Windows-1252
                throw CsvCharsets.mixed(fileName, scan);
            }
            try {
                return strict(WINDOWS_1252, bytes);
            } catch (CharacterCodingException notWindows) {
                throw invalid(fileName);
            }
        }
    }

    /** UTF-16 little or big endian when {@code bytes} begin with its byte order mark, else null. */
    public static Charset utf16(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * A UTF-16 file (with its byte order mark) as a temporary UTF-8 file, deleted when the JVM exits, for the readers
     * that stream a file in parts; null when {@code file} is not UTF-16.
     *
     * @throws ValidationException when the file is not UTF-16 text after its mark
     */
    public static java.nio.file.Path utf16AsUtf8(java.nio.file.Path file) {
        try {
            byte[] head = new byte[2];
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                if (in.readNBytes(head, 0, 2) < 2 || utf16(head) == null) {
                    return null;
                }
            }
            String name = file.getFileName().toString();
            String text = decode(name, java.nio.file.Files.readAllBytes(file), null);
            // the same name in a folder of its own: every message names the clerk's file
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("fsr-utf16-");
            java.nio.file.Path temp = dir.resolve(name);
            java.nio.file.Files.writeString(temp, text, StandardCharsets.UTF_8);
            temp.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return temp;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The encoding named on the command line: {@code utf-8}, {@code windows-1252} (or {@code cp1252}). */
    public static Charset named(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "windows-1252", "cp1252", "win1252" -> WINDOWS_1252;
            default -> throw it.fsr.core.validation.ValidationException.of("encoding", name, "is not an encoding fsr reads: use utf-8 or windows-1252");
        };
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static ValidationException invalid(String fileName) {
        return new ValidationException(List.of(Violation.coded("FSR-CSV-ENCODING", fileName + ":1: file", fileName)));
    }
}
