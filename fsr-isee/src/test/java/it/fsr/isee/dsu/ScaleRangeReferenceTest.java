package it.fsr.isee.dsu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.parameter.ParameterKey;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The range of scales a household's facts allow (DPCM 159/2013 all. 1, and the 2026 family ISEE's maggiorazioni of
 * L. 199/2025) against a reference that enumerates: the lowest is the table's row for one member fewer; the highest the
 * row for the members plus the largest of everything an attestation might add — one more member or one in residential
 * care, the maggiorazione of any number of children up to one more than stated, working parents of a minor (under three
 * or not), each disabled member and one more.
 */
class ScaleRangeReferenceTest {
    private static BigDecimal opt(ParameterSet p, ParameterKey<BigDecimal> k, LocalDate d) {
        var v = p.inForce(k, d);
        return v == null ? BigDecimal.ZERO : v.value();
    }

    private static BigDecimal row(ParameterSet p, LocalDate d, int n) {
        BigDecimal r = p.valueOn(IseeParameters.SCALE_BY_SIZE.get(Math.min(n, 5) - 1), d);
        for (int extra = 6; extra <= n; extra++) {
            r = r.add(p.valueOn(IseeParameters.SCALE_EXTRA_MEMBER, d));
        }
        return r;
    }

    private static BigDecimal highest(ParameterSet p, LocalDate d, int n, int children, boolean minor, int disabled) {
        BigDecimal extra = row(p, d, n + 1).subtract(row(p, d, n)).max(opt(p, IseeParameters.RESIDENTIAL_MEMBER, d));
        BigDecimal kids = BigDecimal.ZERO;
        for (int j = 0; j <= children + 1; j++) {
            if (j == 2) {
                kids = kids.max(opt(p, IseeParameters.FAMILY_TWO_CHILDREN, d));
            } else if (j == 3) {
                kids = kids.max(opt(p, IseeParameters.FAMILY_THREE_CHILDREN, d)).max(opt(p, IseeParameters.THREE_CHILDREN, d));
            } else if (j == 4) {
                kids = kids.max(opt(p, IseeParameters.FAMILY_FOUR_CHILDREN, d)).max(opt(p, IseeParameters.FOUR_CHILDREN, d));
            } else if (j >= 5) {
                kids = kids.max(opt(p, IseeParameters.FAMILY_FIVE_CHILDREN, d)).max(opt(p, IseeParameters.FIVE_CHILDREN, d));
            }
        }
        BigDecimal work = minor ? opt(p, IseeParameters.WORKING_PARENTS, d).max(opt(p, IseeParameters.WORKING_PARENTS_UNDER_THREE, d)) : BigDecimal.ZERO;
        BigDecimal dis = BigDecimal.ZERO;
        for (int k = 0; k <= disabled; k++) {
            dis = dis.add(opt(p, IseeParameters.DISABLED_MEMBER, d));
        }
        return row(p, d, n).add(extra).add(kids).add(work).add(dis);
    }

    @Test
    void everyHouseholdsRangeIsTheReferences() {
        ParameterSet p = IseeParameters.defaults();
        for (LocalDate d : new LocalDate[] {LocalDate.of(2015, 6, 1), LocalDate.of(2025, 6, 1), LocalDate.of(2026, 3, 1)}) {
            for (int n = 1; n <= 8; n++) {
                for (int c = 0; c <= n; c++) {
                    for (int dis = 0; dis <= Math.min(n, 2); dis++) {
                        for (boolean minor : new boolean[] {false, true}) {
                            ScaleRange r = ScaleRange.of(p, d, n, c, minor, dis);
                            String at = d + " n=" + n + " c=" + c + " d=" + dis + " minor=" + minor;
                            assertThat(r.lowest()).as(at).isEqualByComparingTo(row(p, d, Math.max(1, n - 1)));
                            assertThat(r.highest()).as(at).isEqualByComparingTo(highest(p, d, n, c, minor, dis));
                        }
                    }
                }
            }
        }
    }

    @Test
    void theCountsAreCheckedAtTheirBounds() {
        ParameterSet p = IseeParameters.defaults();
        LocalDate d = LocalDate.of(2025, 6, 1);
        assertThat(ScaleRange.of(p, d, 10_000, 10_000, true, 10_000).highest()).isPositive();
        for (int[] bad : new int[][] {{0, 0, 0}, {10_001, 0, 0}, {3, 4, 0}, {3, -1, 0}, {3, 0, 4}, {3, 0, -1}}) {
            String field = bad[0] < 1 || bad[0] > 10_000 ? "members" : bad[1] < 0 || bad[1] > bad[0] ? "children" : "disabled";
            assertThatThrownBy(() -> ScaleRange.of(p, d, bad[0], bad[1], false, bad[2])).as(java.util.Arrays.toString(bad))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field).contains(field));
        }
    }
}
