package org.rationalnets.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Bareiss;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.PrimeField;
import org.rationalnets.exact.Rationals;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;
import org.rationalnets.exact.instances.RandomPolynomials;

/**
 * Fast-versus-slow agreements behind the certified lower bound of docs/theory.md §5: reduction modulo a
 * prime can only lower the rank, and the exact paths (generic Gaussian elimination over Q,
 * fraction-free Bareiss) and the modular path agree where both run.
 */
class FastSlowProperties {

    private static final long[] PRIMES = {2, 3, 5, 7, 101, 65_521, PrimeField.LARGEST_31_BIT_PRIME};

    /** Integer matrices A·B with A r×k, B k×c (1 ≤ r, k, c ≤ 7, entries in [−9, 9]): rank at most k, often exactly k, sometimes less mod p. */
    static Stream<Instance<List<List<BigFraction>>>> lowRankMatrices() {
        return Instances.of(200, rnd -> {
            int r = 1 + rnd.nextInt(7);
            int k = 1 + rnd.nextInt(7);
            int c = 1 + rnd.nextInt(7);
            List<Integer> a = RandomPolynomials.integers(rnd, r * k, -9, 9);
            List<Integer> b = RandomPolynomials.integers(rnd, k * c, -9, 9);
            List<List<BigFraction>> m = new ArrayList<>();
            for (int i = 0; i < r; i++) {
                List<BigFraction> row = new ArrayList<>();
                for (int j = 0; j < c; j++) {
                    long s = 0;
                    for (int t = 0; t < k; t++) {
                        s += (long) a.get(i * k + t) * b.get(t * c + j);
                    }
                    row.add(BigFraction.of(s));
                }
                m.add(row);
            }
            return m;
        });
    }

    /** n×n, n ≤ 6, entries p/q with |p| ≤ 50, 1 ≤ q ≤ 3. */
    static Stream<Instance<List<List<BigFraction>>>> squareMatrices() {
        return Instances.of(200, r -> {
            int n = 1 + r.nextInt(6);
            List<List<BigFraction>> m = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                m.add(RandomPolynomials.point(r, n, 50, 3));
            }
            return m;
        });
    }

    @ParameterizedTest
    @MethodSource("lowRankMatrices")
    @DisplayName("§5 certified lower bound [derived]: rank over F_p of an integer matrix ≤ rank over Q, for p = 2 … 2^31−1; "
            + "generic elimination over Q and fraction-free Bareiss give the same rank")
    void modularRankIsALowerBound(Instance<List<List<BigFraction>>> instance) {
        List<List<BigFraction>> rows = instance.value();
        Matrix<BigFraction> m = Matrix.of(Rationals.Q, rows);
        int rankQ = m.rank();
        assertThat(Bareiss.rank(m)).as("Bareiss vs Gaussian elimination on %s", rows).isEqualTo(rankQ);
        for (long p : PRIMES) {
            PrimeField fp = PrimeField.of(p);
            Matrix<Long> mp = m.map(fp, fp::fromRational);
            assertThat(mp.rank()).as("rank mod %d of %s", p, rows).isLessThanOrEqualTo(rankQ);
        }
    }

    @ParameterizedTest
    @MethodSource("squareMatrices")
    @DisplayName("exact and modular paths agree [derived]: det over Q (Gaussian, Bareiss) reduced mod p equals det over F_p "
            + "whenever p divides no denominator")
    void determinantsAgree(Instance<List<List<BigFraction>>> instance) {
        List<List<BigFraction>> rows = instance.value();
        Matrix<BigFraction> m = Matrix.of(Rationals.Q, rows);
        BigFraction det = m.determinant();
        assertThat(Bareiss.determinant(m)).as("Bareiss vs Gaussian elimination on %s", rows).isEqualTo(det);
        for (long p : PRIMES) {
            if (p <= 3) {
                continue; // denominators are 1..3
            }
            PrimeField fp = PrimeField.of(p);
            Matrix<Long> mp = m.map(fp, fp::fromRational);
            assertThat(mp.determinant()).as("det mod %d of %s", p, rows).isEqualTo(fp.fromRational(det));
        }
    }
}
