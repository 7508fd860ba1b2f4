package it.fsr.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import it.fsr.core.explain.CsvDialect;
import org.junit.jupiter.api.Test;

/** The reader's fast path for plain cells reads exactly what the whole grammar reads, value and scale, or refusal. */
class NumberReaderFastPathTest {
    private static final String ALPHABET = "0123456789.,- €";

    @Test
    void theFastPathAgreesWithTheGrammarOnEveryCell() {
        qt().withExamples(20_000).forAll(strings().betweenCodePoints(0, ALPHABET.length() - 1).ofLengthBetween(1, 22), integers().between(0, 5))
                .checkAssert((codes, pick) -> {
                    StringBuilder sb = new StringBuilder();
                    codes.codePoints().forEach(c -> sb.append(ALPHABET.charAt(c)));
                    String raw = sb.toString();
                    if (raw.isBlank()) {
                        return;
                    }
                    CsvDialect dialect = pick % 2 == 0 ? CsvDialect.PLAIN : CsvDialect.ITALIAN;
                    NumberReader.Kind kind = NumberReader.Kind.values()[pick % NumberReader.Kind.values().length];
                    assertThat(NumberReader.read(raw, dialect, kind)).as(raw + " " + dialect + " " + kind)
                            .isEqualTo(NumberReader.general(raw, dialect, kind));
                });
        for (String raw : new String[] {"0", "007", "1.50", "6926.91", "123456789012345678", "1.123456789", "1.1234567890", "1,5", "12,50"}) {
            for (CsvDialect d : CsvDialect.values()) {
                for (NumberReader.Kind k : NumberReader.Kind.values()) {
                    assertThat(NumberReader.read(raw, d, k)).as(raw + " " + d + " " + k).isEqualTo(NumberReader.general(raw, d, k));
                }
            }
        }
    }
}
