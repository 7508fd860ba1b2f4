package it.fsr.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.csv.CsvRowWriter;
import it.fsr.core.csv.CsvWriter;
import it.fsr.core.csv.Rows;
import it.fsr.core.explain.Coded;
import it.fsr.core.explain.CsvDialect;
import it.fsr.core.explain.EnumLabels;
import it.fsr.core.explain.MessageCatalog;
import it.fsr.core.money.Decimals;
import it.fsr.core.money.Euro;
import it.fsr.core.parallel.Parts;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Words;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * The kernel's small parts, each against what it promises: rows grouped and problems ordered by line, a domain field
 * placed at its file line, coded constants and their labels, a cent written as the CSV writer writes an amount, work
 * cut in parts, a decimal's digits bounded, a typed word's nearest known word.
 */
class KernelPartsTest {
    enum Kind implements Coded {
        HOUSEHOLD_HEAD("head", "capofamiglia", "capo-nucleo"), CHILD("child", "figlio");

        private final String code;
        private final List<String> aliases;

        Kind(String code, String... aliases) {
            this.code = code;
            this.aliases = List.of(aliases);
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public List<String> aliases() {
            return aliases;
        }
    }

    enum Plain implements Coded {
        ONLY;

        @Override
        public String code() {
            return "only";
        }
    }

    @Test
    void rowsGroupedAndProblemsByLine() {
        Rows.Grouping g = Rows.Grouping.of(new int[] {2, 0, 2, 1, 0, 9}, 5, 3);
        assertThat(g.first()).containsExactly(0, 2, 3, 5);
        assertThat(g.order()).containsExactly(1, 4, 3, 0, 2);
        List<Violation> p = List.of(Violation.of("c", 1, "x"), Violation.of("a", 1, "x"), Violation.of("b", 1, "x"), Violation.of("a2", 1, "x"));
        assertThat(Rows.byLine(p, List.of(9, 2, 5, 2))).extracting(Violation::field).containsExactly("a", "a2", "b", "c");
        assertThat(Rows.locate(Violation.of("ambiti[X].socialWorkers", 1, "m"), "A.csv", Map.of("X", 4)).field()).isEqualTo("A.csv:4: social_workers");
        assertThat(Rows.locate(Violation.of("ambiti[X]", 1, "m"), "A.csv", Map.of("X", 4)).field()).isEqualTo("A.csv:4: id");
        assertThat(Rows.locate(Violation.of("ambiti[Y].population", 1, "m"), "A.csv", Map.of("X", 4)).field()).isEqualTo("A.csv: ambiti[Y].population");
        assertThat(Rows.locate(Violation.of("fund", 1, "m"), "A.csv", Map.of()).field()).isEqualTo("A.csv: fund");
        assertThat(Rows.snake("socialWorkersNeeded")).isEqualTo("social_workers_needed");
        assertThat(Rows.concat(List.of("a"), List.of("b", "c"))).containsExactly("a", "b", "c");
        Rows.SharedValues shared = new Rows.SharedValues();
        String m1 = shared.of(new String("M1"));
        assertThat(shared.of(new String("M1"))).isSameAs(m1);
        String long13 = new String("M".repeat(13));
        assertThat(shared.of(long13)).isSameAs(long13);
        assertThat(shared.of(new String("M".repeat(13)))).isNotSameAs(long13);
        String twelve = "M".repeat(12);
        assertThat(shared.of(new String(twelve))).isSameAs(shared.of(new String(twelve)));
        assertThat(shared.of(null)).isNull();
    }

    @Test
    void aCodedConstantByItsCodeOrAlias() {
        assertThat(Coded.find(Kind.class, " HEAD ")).contains(Kind.HOUSEHOLD_HEAD);
        assertThat(Coded.find(Kind.class, "capo nucleo")).contains(Kind.HOUSEHOLD_HEAD);
        assertThat(Coded.find(Kind.class, "capo_nucleo")).contains(Kind.HOUSEHOLD_HEAD);
        assertThat(Coded.find(Kind.class, "Figlio")).contains(Kind.CHILD);
        assertThat(Coded.find(Kind.class, "nipote")).isEmpty();
        assertThat(Coded.find(Kind.class, null)).isEmpty();
        assertThat(Coded.codes(Kind.class)).isEqualTo("head, child");
        assertThat(Coded.find(Plain.class, "only")).contains(Plain.ONLY);
        assertThat(Plain.ONLY.aliases()).isEmpty();
    }

    @Test
    void aConstantsLabelInEachLanguage() {
        MessageCatalog catalog = (key, locale) -> switch (key) {
            case "kind.CHILD" -> locale.getLanguage().equals("en") ? "child" : "figlio";
            default -> key;
        };
        EnumLabels labels = EnumLabels.of(catalog, Map.of(Kind.class, "kind"));
        assertThat(labels.types()).containsExactly(Kind.class);
        assertThat(labels.text(Kind.CHILD, Locale.ITALIAN)).isEqualTo("figlio");
        assertThat(labels.text(Kind.CHILD, Locale.ENGLISH)).isEqualTo("child");
        assertThat(labels.label(Kind.HOUSEHOLD_HEAD)).isEmpty();
        assertThat(labels.text(Kind.HOUSEHOLD_HEAD, Locale.ITALIAN)).isEqualTo("HOUSEHOLD_HEAD");
        assertThat(labels.label(Plain.ONLY)).isEmpty();
        assertThat(labels.text(Plain.ONLY, Locale.ENGLISH)).isEqualTo("ONLY");
    }

    @Test
    void aCentIsWrittenAsTheWriterWritesAnAmount() {
        Random r = new Random(11);
        for (CsvDialect d : CsvDialect.values()) {
            for (int i = 0; i < 3_000; i++) {
                long cents = i < 12 ? new long[] {0, 1, 9, 10, 99, 100, 101, -1, -9, -10, -100, -12345}[i] : r.nextLong() % 10_000_000_000L;
                CsvRowWriter w = new CsvRowWriter(d);
                w.text("x").thenCents(cents).end();
                String expected = CsvWriter.line(List.of("x", d == CsvDialect.ITALIAN ? Euro.ofCents(cents).toString().replace('.', ',')
                        : Euro.ofCents(cents).toString()), d);
                assertThat(w.text().toString()).as("%d %s", cents, d).isEqualTo(expected);
            }
            CsvRowWriter rows = new CsvRowWriter(d);
            rows.row("a", "b;c");
            rows.row(List.of("1"));
            assertThat(rows.text().toString()).isEqualTo(CsvWriter.line(List.of("a", "b;c"), d) + CsvWriter.line(List.of("1"), d));
            CsvRowWriter text = new CsvRowWriter(d);
            text.text("a").thenText("=1+1").end();
            assertThat(text.text().toString()).isEqualTo(CsvWriter.line(List.of("a", "=1+1"), d));
        }
    }

    @Test
    void workCutInPartsCoversEachIndexOnce() {
        for (int n : new int[] {0, 1, 2, 7, 100}) {
            for (int parts : new int[] {1, 2, 3, 8, 200}) {
                AtomicIntegerArray seen = new AtomicIntegerArray(Math.max(1, n));
                List<int[]> slices = java.util.Collections.synchronizedList(new ArrayList<>());
                Parts.slices(n, parts, (from, to) -> {
                    slices.add(new int[] {from, to});
                    for (int i = from; i < to; i++) {
                        seen.incrementAndGet(i);
                    }
                });
                for (int i = 0; i < n; i++) {
                    assertThat(seen.get(i)).as("n=%d parts=%d i=%d", n, parts, i).isEqualTo(1);
                }
                assertThat(slices).hasSize(Math.max(1, Math.min(parts, n)));
            }
        }
        List<String> threads = java.util.Collections.synchronizedList(new ArrayList<>());
        Parts.run(3, k -> threads.add(k + ":" + Thread.currentThread().getName()));
        assertThat(threads).hasSize(3).anySatisfy(t -> assertThat(t).startsWith("0:fsr-part-0")).anySatisfy(t -> assertThat(t).startsWith("1:fsr-part-1"));
        // a part's failure reaches the caller, whichever part it was
        for (int failing = 0; failing < 3; failing++) {
            int f = failing;
            assertThatThrownBy(() -> Parts.run(3, k -> {
                if (k == f) {
                    throw new IllegalArgumentException("part " + k);
                }
            })).isInstanceOf(IllegalArgumentException.class).hasMessage("part " + f);
            assertThatThrownBy(() -> Parts.run(3, k -> {
                if (k == f) {
                    throw new AssertionError("part " + k);
                }
            })).isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void aDecimalsDigitsAreBounded() {
        assertThat(Decimals.fits(null, 3, 2)).isFalse();
        assertThat(Decimals.fits(new BigDecimal("0E+999"), 3, 2)).isTrue();
        assertThat(Decimals.fits(new BigDecimal("999.99"), 3, 2)).isTrue();
        assertThat(Decimals.fits(new BigDecimal("1000.00"), 3, 2)).isFalse();
        assertThat(Decimals.fits(new BigDecimal("1.001"), 3, 2)).isFalse();
        assertThat(Decimals.fits(new BigDecimal("1.00000"), 3, 2)).isTrue();
        assertThat(Decimals.fits(new BigDecimal("1E-3"), 3, 2)).isFalse();
        assertThat(Decimals.fits(new BigDecimal("1E-2"), 3, 2)).isTrue();
        assertThat(Decimals.fits(new BigDecimal("1E-999999999"), 3, 2)).isFalse();
        assertThat(Decimals.fits(new BigDecimal("1E+2"), 3, 2)).isTrue();
        assertThat(Decimals.fits(new BigDecimal("1E+3"), 3, 2)).isFalse();
        assertThat(Decimals.fits(new BigDecimal("1" + "0".repeat(200)), 300, 2)).isFalse();
        assertThat(Decimals.fits(new BigDecimal("1" + "0".repeat(199)), 300, 2)).isTrue();
        assertThat(Decimals.echo(null)).isEqualTo("null");
        assertThat(Decimals.echo(new BigDecimal("12.50"))).isEqualTo("12.50");
        assertThat(Decimals.echo(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(Decimals.echo(new BigDecimal("1E+41"))).isEqualTo("1E+41");
        assertThat(Decimals.echo(new BigDecimal("1E-22"))).isEqualTo("1E-22");
        assertThat(Decimals.echo(new BigDecimal("1E-21"))).isEqualTo("0.000000000000000000001");
        assertThat(Decimals.echo(new BigDecimal("1".repeat(41)))).isEqualTo("1".repeat(40) + "…");
        assertThat(Decimals.echo(new BigDecimal("1".repeat(40)))).isEqualTo("1".repeat(40));
        assertThat(Decimals.echo(new BigDecimal("0." + "1".repeat(45)))).isEqualTo("0." + "1".repeat(38) + "…");
    }

    @Test
    void aTypedWordsNearestKnownWord() {
        List<String> known = List.of("household_id", "isee", "scale", "widowed");
        assertThat(Words.nearest("househld_id", known)).isEqualTo("household_id");
        assertThat(Words.nearest("household-id", known)).isEqualTo("household_id");
        assertThat(Words.nearest("HouseholdId", known)).isNull();
        assertThat(Words.nearest("householdid", known)).isEqualTo("household_id");
        assertThat(Words.nearest("ise", known)).isEqualTo("isee");
        assertThat(Words.nearest("is", known)).isNull();
        assertThat(Words.nearest("scael", known)).isEqualTo("scale");
        assertThat(Words.nearest("sca", known)).isNull();
        assertThat(Words.nearest("widow", known)).isEqualTo("widowed");
        assertThat(Words.nearest("wid", known)).isNull();
        assertThat(Words.nearest("nome", known)).isNull();
        assertThat(Words.nearest("x".repeat(70), List.of("x".repeat(70)))).isEqualTo("x".repeat(70));
        assertThat(Words.nearest("x".repeat(70), List.of("x".repeat(69)))).isNull();
        assertThat(Words.normal("  Famiglia   e\tminori ")).isEqualTo("famiglia e minori");
    }
}
