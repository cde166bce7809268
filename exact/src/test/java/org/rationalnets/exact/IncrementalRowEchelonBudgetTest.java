package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The delayed-reduction budget of {@link IncrementalRowEchelon}: one column receiving far more
 * additions of about (p−1)² than fit below 2^53 (double path) without a reduction in between.
 */
class IncrementalRowEchelonBudgetTest {

    /**
     * p = 2097143 (the largest prime below 2^21, so the double path with about 2048 additions
     * between reductions). Basis rows b_k = e_k + 2·e_K for k < K = 2600; then w = Σ c_k b_k with odd
     * c_k = p − 2 − 2(k mod 5). Reducing w adds c_k·(p − 2) (odd, about 2^42) to column K for every k:
     * 2600 such additions exceed 2^53 ≈ 2048·2^42, where doubles round odd sums. w lies in the span,
     * so the rank must not grow.
     */
    @Test
    void oneColumnWithThousandsOfAdditionsStaysExact() {
        long p = 2_097_143L;
        int k = 2600;
        int n = k + 1;
        IncrementalRowEchelon e = new IncrementalRowEchelon(p, n);
        for (int start = 0; start < k; start += 200) {
            long[][] batch = new long[Math.min(200, k - start)][n];
            for (int i = 0; i < batch.length; i++) {
                batch[i][start + i] = 1;
                batch[i][k] = 2;
            }
            assertThat(e.addRows(batch)).isEqualTo(batch.length);
        }
        long[] w = new long[n];
        long last = 0;
        for (int i = 0; i < k; i++) {
            w[i] = p - 2 - 2 * (i % 5);
            last = (last + 2 * w[i]) % p;
        }
        w[k] = last;
        assertThat(e.addRows(new long[][] {w})).isZero();
        assertThat(e.rank()).isEqualTo(k);
        w[k] = (last + 1) % p; // off the span by e_K
        assertThat(e.addRows(new long[][] {w})).isEqualTo(1);
        assertThat(e.rank()).isEqualTo(n);
    }

    /** The same with the largest 31-bit prime (long path, two additions between reductions). */
    @Test
    void longPathWithTheLargestPrime() {
        long p = PrimeField.LARGEST_31_BIT_PRIME;
        int k = 40;
        IncrementalRowEchelon e = new IncrementalRowEchelon(p, k + 1);
        long[][] basis = new long[k][k + 1];
        for (int i = 0; i < k; i++) {
            basis[i][i] = 1;
            basis[i][k] = 3;
        }
        assertThat(e.addRows(basis)).isEqualTo(k);
        long[] w = new long[k + 1];
        long last = 0;
        for (int i = 0; i < k; i++) {
            w[i] = p - 1 - i;
            last = (last + 3 * w[i]) % p;
        }
        w[k] = last;
        assertThat(e.addRows(new long[][] {w})).isZero();
        w[k] = (last + p - 1) % p;
        assertThat(e.addRows(new long[][] {w})).isEqualTo(1);
    }

    @Test
    void smallestAndLargestPrimes() {
        assertThat(IncrementalRowEchelon.rank(new long[][] {{1, 1}, {1, -1}}, 2)).isEqualTo(1);
        assertThat(IncrementalRowEchelon.rank(new long[][] {{1, 1}, {1, -1}}, 3)).isEqualTo(2);
        assertThat(new IncrementalRowEchelon(PrimeField.LARGEST_31_BIT_PRIME, 1).prime())
                .isEqualTo(2_147_483_647L);
        assertThatThrownBy(() -> new IncrementalRowEchelon(2_147_483_648L, 1))
                .hasMessage("expected a prime 2 ≤ p < 2^31, got 2147483648");
    }

    @Test
    void negativeAndMultipleOfPEntries() {
        // over F_5: (5, −1) ≡ (0, 4) and (−5, 10) ≡ (0, 0)
        IncrementalRowEchelon e = new IncrementalRowEchelon(5, 2);
        assertThat(e.addRows(new long[][] {{-5, 10}})).isZero();
        assertThat(e.addRows(new long[][] {{5, -1}, {10, 3}})).isEqualTo(1);
        assertThat(e.addRows(new long[][] {{-4, 0}})).isEqualTo(1);
    }

    @Test
    void basisGrowsPastItsInitialCapacity() {
        // 40 independent rows of F_7^40 (upper unitriangular) with initial capacity 16
        int n = 40;
        long[][] m = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                m[i][j] = j == i ? 1 : (i + 2 * j) % 7;
            }
        }
        IncrementalRowEchelon e = new IncrementalRowEchelon(7, n);
        for (long[] row : m) {
            assertThat(e.addRows(new long[][] {row})).isEqualTo(1);
        }
        assertThat(e.rank()).isEqualTo(n);
    }
}
