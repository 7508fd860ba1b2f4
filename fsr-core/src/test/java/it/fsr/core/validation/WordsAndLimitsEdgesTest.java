package it.fsr.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The near-miss words of a message, the ids' character checks, the documented limits: each at its bound. */
class WordsAndLimitsEdgesTest {
    @Test
    void levenshteinBelowItsLimitIsTheDistanceItself() {
        assertThat(Words.distance("abc", "abd", 3)).isEqualTo(1);
        assertThat(Words.distance("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(Words.distance("abc", "abc", 3)).isZero();
        assertThat(Words.distance("abcdef", "uvwxyz", 3)).isEqualTo(3);
    }

    @Test
    void wordsOfSixtyFourCharactersAreStillCompared() {
        String sixtyFour = "a".repeat(63) + "b";
        String sixtyThree = "a".repeat(63);
        assertThat(Words.distance(sixtyFour, sixtyThree, 3)).isEqualTo(1);
        assertThat(Words.distance(sixtyThree, sixtyFour, 3)).isEqualTo(1);
        assertThat(Words.distance(sixtyFour, sixtyFour, 3)).isZero();
        String sixtyFive = "a".repeat(65);
        assertThat(Words.distance(sixtyFive, sixtyFive, 3)).isEqualTo(3);   // beyond 64 characters: not compared
    }

    @Test
    void theFirstOfTwoEquallyNearWordsIsNamed() {
        assertThat(Words.nearest("abcz", List.of("abcx", "abcy"))).isEqualTo("abcx");
        assertThat(Words.nearest("abcz", List.of("abcy", "abcx"))).isEqualTo("abcy");
    }

    @Test
    void aShortWordAllowsOneEditALongerOneTwo() {
        assertThat(Words.nearest("abcd", List.of("abce"))).isEqualTo("abce");      // four letters, one edit
        assertThat(Words.nearest("abcd", List.of("abxy"))).isNull();               // four letters, two edits
        assertThat(Words.nearest("abcde", List.of("abcxy"))).isEqualTo("abcxy");   // five letters, two edits
        assertThat(Words.nearest("abcde", List.of("axyzw"))).isNull();             // five letters, four edits
        assertThat(Words.nearest("valid_from", List.of("validfrom"))).isEqualTo("validfrom");
    }

    @Test
    void idsWithABrokenSurrogatePairAreNamedAsSuch() {
        assertThat(Ids.problem("a\uD800")).isEqualTo("FSR-ID-CHARACTER");
        assertThat(Ids.problem("a\uD800b")).isEqualTo("FSR-ID-CHARACTER");
        assertThat(Ids.problem("a\uDC00")).isEqualTo("FSR-ID-CHARACTER");
        assertThat(Ids.problem("a\uD83D\uDE00")).isNull();
        assertThat(Ids.problem("a\u0007")).isEqualTo("FSR-ID-CHARACTER");
        assertThat(Ids.problem(" ")).isEqualTo("FSR-ID-EMPTY");
    }

    @Test
    void theDocumentedLimitsHoldWhenNoPropertySetsThem() {
        if (System.getProperty("fsr.limit.members") == null) {
            assertThat(Limits.members()).isEqualTo(50);
        }
        if (System.getProperty("fsr.limit.users") == null) {
            assertThat(Limits.users()).isEqualTo(100_000);
        }
        assertThat(Limits.members()).isPositive();
        assertThat(Limits.users()).isPositive();
    }

    @Test
    void aPhraseIsRenderedInEachLanguage() {
        Violation.Phrase p = Violation.Phrase.of("json.expect.wholeNumber");
        assertThat(p.key()).isEqualTo("json.expect.wholeNumber");
        assertThat(p.args()).isEmpty();
        assertThat(p.render(Locale.ITALIAN)).isEqualTo("un numero intero");
        assertThat(p.render(Locale.ENGLISH)).isEqualTo("a whole number");
    }
}
