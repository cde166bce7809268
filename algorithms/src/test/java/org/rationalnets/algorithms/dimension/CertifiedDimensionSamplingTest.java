package org.rationalnets.algorithms.dimension;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rationalnets.algorithms.dimension.CertifiedDimension.Sampling;
import org.rationalnets.core.Architecture;

/**
 * The sampling schedule of {@link CertifiedDimension} (batches, stall, cap {@code ub + slack}, weight
 * draws), worked by hand from its class comment. Over {@code F_2} every nonzero draw is 1, so every
 * weight and every point is all-ones and the Jacobian rank is known by hand: for a shallow
 * {@code (d_0, d_1, d_2)} with {@code d_0} odd (so {@code ℓ_j(ξ) = d_0 ≡ 1}), the row of output i is
 * {@code −a_ij x_c/ℓ_j² ≡ 1} on all of {@code W_1} and {@code 1/ℓ_j ≡ 1} on row i of {@code W_2}, 0
 * elsewhere: {@code d_2} distinct rows, the same at every point, so the rank is {@code d_2} whatever
 * the number of points.
 */
class CertifiedDimensionSamplingTest {

    private static final long P = CertifiedDimension.DEFAULT_PRIME;

    /** Without width-1 layers each generic point adds d_L to the rank: certified with the fewest points, ⌈dim/d_L⌉, one weight draw. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2,2,1 | 4 | 4", "2,2,2 | 6 | 3", "3,2,2 | 8 | 4", "4,3,2 | 15 | 8", "3,2,1 | 6 | 6"})
    void genericDrawsUseTheFewestPoints(String arch, int dim, int points) {
        DimensionCertificate c = CertifiedDimension.of(Architecture.parse(arch));
        assertThat(c.dimension()).as("%s", c).isEqualTo(dim);
        assertThat(c.samplePoints()).as("%s", c).isEqualTo(points);
        assertThat(c.attempts()).as("a certified first draw is not redrawn: %s", c).isEqualTo(1);
    }

    /**
     * (3,3,1) over F_2: rank 1 at every point, ub = #params 12 − tor 3 = 9 (amb 15), cap 9 + 3 = 12. Batch 1: 9 points
     * (rank 0 → 1); batch 2: min(⌈8/1⌉, 12 − 9) = 3 points, idle 3 ≥ 2 and m = 12: stop. Both weight draws are
     * all-ones, so the second does not beat the first.
     */
    @Test
    void capAtUpperBoundPlusSlack() {
        DimensionCertificate c = CertifiedDimension.of(Architecture.of(3, 3, 1), 1, 2);
        assertThat(c.lowerBound()).isEqualTo(1);
        assertThat(c.upperBound()).isEqualTo(9);
        assertThat(c.samplePoints()).isEqualTo(12);
        assertThat(c.attempts()).isEqualTo(2);
        assertThat(c.rejectedPoints()).isZero();
        // stall never reached (100): the cap alone stops at 12
        DimensionCertificate patient = CertifiedDimension.of(Architecture.of(3, 3, 1), 1, 2, new Sampling(3, 100, 1, 20));
        assertThat(patient.samplePoints()).isEqualTo(12);
        assertThat(patient.attempts()).isEqualTo(1);
    }

    /**
     * (3,3,1) over F_2 with slack 20 (cap 29) and stall 8: batch 1 has 9 points (rank 1), batch 2
     * min(8, 29 − 9) = 8 points without a new rank: idle 8 = stall, stop at 17 points (not 25).
     */
    @Test
    void stallStopsAfterExactlyStallIdlePoints() {
        DimensionCertificate c = CertifiedDimension.of(Architecture.of(3, 3, 1), 1, 2, new Sampling(20, 8, 1, 20));
        assertThat(c.samplePoints()).isEqualTo(17);
        assertThat(c.lowerBound()).isEqualTo(1);
        // stall 9: the 8 idle points of batch 2 are not enough; batch 3 = min(8, 29 − 17) = 8 more
        DimensionCertificate longer = CertifiedDimension.of(Architecture.of(3, 3, 1), 1, 2, new Sampling(20, 9, 1, 20));
        assertThat(longer.samplePoints()).isEqualTo(25);
    }

    /**
     * (3,3,2) over F_2: rank 2 (two distinct rows per point), ub = 15 − 3 = 12 (amb 21), cap 15. Batch 1:
     * ⌈12/2⌉ = 6 points; batch 2: ⌈10/2⌉ = 5 points, idle 5: stop at 11.
     */
    @Test
    void batchesOfCeilingRemainingOverOutputs() {
        DimensionCertificate c = CertifiedDimension.of(Architecture.of(3, 3, 2), 1, 2);
        assertThat(c.lowerBound()).isEqualTo(2);
        assertThat(c.upperBound()).isEqualTo(12);
        assertThat(c.samplePoints()).isEqualTo(11);
    }

    /**
     * (7,7,2) over F_2: rank 2, ub = 63 − 7 = 56 (amb = 2·C(12,6) + C(13,7) − 1 = 3563), cap 59, at most
     * ⌊48/2⌋ = 24 points per batch. Batch 1: min(28, 24) = 24; batch 2: min(27, 24) = 24, idle: stop at 48.
     */
    @Test
    void batchesAreCappedAtFortyEightRows() {
        DimensionCertificate c = CertifiedDimension.of(Architecture.of(7, 7, 2), 1, 2);
        assertThat(c.lowerBound()).isEqualTo(2);
        assertThat(c.upperBound()).isEqualTo(56);
        assertThat(c.ambientDimension()).hasToString("3563");
        assertThat(c.samplePoints()).isEqualTo(48);
    }

    /**
     * Draws are nonzero: in a chain (1,1,…,1) every pre-activation is ± a product of weights times
     * x^{±1}, so with nonzero weights and points there is never a pole (over F_3 or over Q); one zero
     * weight in W_1 … W_{L−1} would make every point a pole. dim = 1 (W1 on the prefix (1,1), dim 1).
     * About 15 draws per seed, 40 seeds: a zero drawn with chance 1/40 would show.
     */
    @Test
    void weightsAndPointsAreNonzero() {
        Architecture chain = Architecture.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        for (long seed = 0; seed < 40; seed++) {
            DimensionCertificate modular = CertifiedDimension.of(chain, seed, 3);
            assertThat(modular.rejectedPoints()).as("%s", modular).isZero();
            assertThat(modular.dimension()).as("%s", modular).isEqualTo(1);
            DimensionCertificate exact = CertifiedDimension.exact(chain, seed);
            assertThat(exact.rejectedPoints()).as("%s", exact).isZero();
            assertThat(exact.dimension()).as("%s", exact).isEqualTo(1);
        }
    }

    /**
     * A second weight draw never lowers the lower bound, and on a tie the first draw is reported
     * (same points as with one draw): with the same seed the first draw is the same.
     */
    @Test
    void aSecondDrawOnlyHelps() {
        int improved = 0;
        int tiedSecondDraw = 0;
        for (long p : new long[] {3, 5}) {
            for (int[] w : new int[][] {{3, 3, 1}, {3, 2, 2}, {2, 3, 2}, {3, 3, 2}}) {
                Architecture d = Architecture.of(w);
                for (long seed = 0; seed < 15; seed++) {
                    DimensionCertificate one = CertifiedDimension.of(d, seed, p, new Sampling(3, 2, 1, 20));
                    DimensionCertificate two = CertifiedDimension.of(d, seed, p, Sampling.DEFAULT);
                    String as = "p " + p + ", seed " + seed + ": " + one + " / " + two;
                    assertThat(two.lowerBound()).as(as).isGreaterThanOrEqualTo(one.lowerBound());
                    assertThat(two.rejectedPoints()).as(as).isGreaterThanOrEqualTo(one.rejectedPoints());
                    if (one.certified()) {
                        assertThat(two).as(as).isEqualTo(one);
                    } else {
                        assertThat(two.attempts()).as(as).isEqualTo(2);
                        if (two.lowerBound() == one.lowerBound()) {
                            assertThat(two.samplePoints()).as(as).isEqualTo(one.samplePoints());
                            tiedSecondDraw++;
                        } else {
                            improved++;
                        }
                    }
                }
            }
        }
        assertThat(improved).isPositive();
        assertThat(tiedSecondDraw).isPositive();
    }

    /** On a tie of upper bounds the reason is the first of: parameters minus torus, ambient, W1. */
    @Test
    void upperBoundTiesNameTheFirstReason() {
        // (2,2,1): #params − tor = 6 − 2 = 4 = amb
        DimensionCertificate tie = CertifiedDimension.of(Architecture.of(2, 2, 1));
        assertThat(tie.upperBound()).isEqualTo(4);
        assertThat(tie.upperBoundReason()).isEqualTo("parameters minus torus");
        // (2,1,3,1): #params − tor = 8 − 4 = 4, amb = 2, W1 = dim (2,1) + 1 − 1 = 2
        DimensionCertificate w1 = CertifiedDimension.of(Architecture.of(2, 1, 3, 1));
        assertThat(w1.upperBound()).isEqualTo(2);
        assertThat(w1.upperBoundReason()).isEqualTo("ambient");
        assertThat(w1.widthOneValue()).isEqualTo(2L);
    }
}
