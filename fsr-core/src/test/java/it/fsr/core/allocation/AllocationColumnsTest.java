package it.fsr.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one sweep that reads and checks the claims: weights written at any scale give the allocation of the same
 * numbers written plainly, weights or sums beyond a long take the general arithmetic with the same result, and a
 * repeated key is found whatever the keys' hashes.
 */
class AllocationColumnsTest {
    private static final int EXAMPLES = Integer.getInteger("fsr.examples", 300);

    private static Allocation allocate(long budget, List<Claim> claims, long threshold) {
        return AllocationEngine.allocate(AllocationRequest.of(Euro.ofCents(budget), claims).withThreshold(Euro.ofCents(threshold)));
    }

    private static void assertSame(Allocation actual, Allocation expected) {
        assertThat(actual.shares()).hasSameSizeAs(expected.shares());
        for (int i = 0; i < expected.shares().size(); i++) {
            Share a = actual.shares().get(i);
            Share e = expected.shares().get(i);
            assertThat(a.key()).isEqualTo(e.key());
            assertThat(a.amount()).isEqualTo(e.amount());
            assertThat(a.status()).isEqualTo(e.status());
            assertThat(a.exactAmount()).isEqualByComparingTo(e.exactAmount());
        }
        assertThat(actual.remainder()).isEqualTo(expected.remainder());
        assertThat(actual.exclusionRounds()).isEqualTo(expected.exclusionRounds());
    }

    /** The same number written at another scale: 3 as 3.00, 30 as 3E+1 (a negative scale). */
    private static BigDecimal rewritten(long w, int how) {
        BigDecimal plain = BigDecimal.valueOf(w);
        if (how < 0 && w % 10 == 0 && w != 0) {
            return new BigDecimal(BigInteger.valueOf(w / 10), -1);
        }
        return plain.setScale(Math.max(0, how));
    }

    @Test
    void weightsAtAnyScaleGiveTheAllocationOfThePlainNumbers() {
        qt().withExamples(EXAMPLES).forAll(lists().of(integers().between(0, 5000).zip(integers().between(-1, 6), integers().between(-1, 300_000),
                (w, how, cap) -> new int[] {w, how, cap})).ofSizeBetween(1, 25), longs().between(0, 2_000_000), longs().between(0, 40_000))
                .checkAssert((raw, budget, threshold) -> {
                    List<Claim> plain = new ArrayList<>();
                    List<Claim> written = new ArrayList<>();
                    for (int i = 0; i < raw.size(); i++) {
                        int[] r = raw.get(i);
                        Euro cap = r[2] >= 0 ? Euro.ofCents(r[2]) : null;
                        plain.add(new Claim("k" + i, BigDecimal.valueOf(r[0]), cap, Euro.ZERO));
                        written.add(new Claim("k" + i, rewritten(r[0], r[1]), cap, Euro.ZERO));
                    }
                    assertSame(allocate(budget, written, threshold), allocate(budget, plain, threshold));
                });
    }

    @Test
    void weightsAndSumsBeyondALongTakeTheGeneralArithmeticWithTheSameResult() {
        BigDecimal huge = BigDecimal.TEN.pow(30);
        long[][] cases = {
            // eleven weights of 9 × 10^17: each fits, the sum does not
            {900_000_000_000_000_000L, 11},
            // a weight of 19 digits
            {1_000_000_000_000_000_000L, 3},
        };
        for (long[] c : cases) {
            List<Claim> big = new ArrayList<>();
            List<Claim> general = new ArrayList<>();
            List<Claim> small = new ArrayList<>();
            for (int i = 0; i < c[1]; i++) {
                BigDecimal w = BigDecimal.valueOf(c[0]).add(BigDecimal.valueOf(i));
                big.add(Claim.of("u" + i, w));
                general.add(Claim.of("u" + i, w.multiply(huge)));
                small.add(Claim.of("u" + i, i + 1));
            }
            assertSame(allocate(1_000_001, big, 0), allocate(1_000_001, general, 0));
            assertThat(allocate(1_000_001, big, 0).shares()).extracting(s -> s.amount().cents()).allMatch(a -> a == 1_000_001 / c[1]
                    || a == 1_000_001 / c[1] + 1);
        }
        // 18 digits at scale 0 beside a weight at scale 18: the one scale does not fit in a long
        List<Claim> mixed = List.of(Claim.of("a", new BigDecimal("123456789012345678")), Claim.of("b", new BigDecimal("1E-18")));
        List<Claim> mixedGeneral = List.of(Claim.of("a", new BigDecimal("123456789012345678").multiply(huge)), Claim.of("b", new BigDecimal("1E-18").multiply(huge)));
        assertSame(allocate(500_000, mixed, 0), allocate(500_000, mixedGeneral, 0));
        assertThat(allocate(500_000, mixed, 0).amountOf("a").cents()).isEqualTo(500_000);
    }

    /** Strings of {@code blocks} pieces "Aa" or "BB": all 2^blocks of them have the same hash code. */
    private static List<String> colliding(int blocks) {
        List<String> out = new ArrayList<>();
        for (int m = 0; m < 1 << blocks; m++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < blocks; k++) {
                b.append((m >> k & 1) == 0 ? "Aa" : "BB");
            }
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void keysWithOneHashAreCheckedAsAnyOthers() {
        List<String> keys = colliding(12);
        assertThat(keys.stream().mapToInt(String::hashCode).distinct().count()).isEqualTo(1);
        List<Claim> claims = new ArrayList<>();
        for (String k : keys) {
            claims.add(Claim.of(k, 1));
        }
        // 4,096 keys of one hash: no repetition, the budget split one cent each and the rest by key
        Allocation a = allocate(4096 * 3 + 5, claims, 0);
        assertThat(a.shares()).extracting(s -> s.amount().cents()).containsOnly(3L, 4L);
        // two of them repeated: each repetition named at its place
        claims.add(Claim.of(keys.get(17), 1));
        claims.add(Claim.of(keys.get(4000), 1));
        List<String> fields = it.fsr.core.testing.Problems.fields(() -> allocate(100_000, claims, 0));
        assertThat(fields).containsExactly("claims[4096].key", "claims[4097].key");
    }

    @Test
    void theTableAndTheHashedSetFindTheSameRepetitions() {
        Random r = new Random(20261207L);
        for (int round = 0; round < 200; round++) {
            int n = r.nextInt(300);
            String[] keys = new String[n];
            int[] hashes = new int[n];
            List<String> pool = round % 2 == 0 ? colliding(6) : null;
            for (int i = 0; i < n; i++) {
                keys[i] = pool != null ? pool.get(r.nextInt(pool.size())) : "k" + r.nextInt(Math.max(1, n));
                hashes[i] = keys[i].hashCode();
            }
            boolean[] expected = new boolean[n];
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < n; i++) {
                expected[i] = !seen.add(keys[i]);
            }
            assertThat(AllocationEngine.repeatedKeys(keys, hashes)).containsExactly(expected);
            assertThat(AllocationEngine.repeatedKeysHashed(keys)).containsExactly(expected);
        }
    }
}
