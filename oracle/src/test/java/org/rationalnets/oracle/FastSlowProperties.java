package org.rationalnets.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Bareiss;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.PrimeField;
import org.rationalnets.exact.Rationals;

/**
 * Fast-versus-slow agreements behind the certified lower bound of docs/theory.md §5: reduction modulo a
 * prime can only lower the rank, and the exact paths (generic Gaussian elimination over Q,
 * fraction-free Bareiss) and the modular path agree where both run.
 */
class FastSlowProperties {

    private static final long[] PRIMES = {2, 3, 5, 7, 101, 65_521, PrimeField.LARGEST_31_BIT_PRIME};

    /** Integer matrices A·B with A r×k, B k×c: rank at most k, often exactly k, sometimes less mod p. */
    @Provide
    Arbitrary<List<List<BigFraction>>> lowRankMatrices() {
        return Combinators.combine(Arbitraries.integers().between(1, 7), Arbitraries.integers().between(1, 7),
                Arbitraries.integers().between(1, 7)).flatAs((r, k, c) -> Combinators.combine(
                        Arbitraries.integers().between(-9, 9).list().ofSize(r * k),
                        Arbitraries.integers().between(-9, 9).list().ofSize(k * c))
                .as((a, b) -> {
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
                }));
    }

    @Provide
    Arbitrary<List<List<BigFraction>>> squareMatrices() {
        return Arbitraries.integers().between(1, 6).flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(-50, 50), Arbitraries.integers().between(1, 3)).as((p, q) -> BigFraction.of(p, q))
                .list().ofSize(n).list().ofSize(n));
    }

    @Property(tries = 200, seed = "20250918")
    @Label("§5 certified lower bound [derived]: rank over F_p of an integer matrix ≤ rank over Q, for p = 2 … 2^31−1; "
            + "generic elimination over Q and fraction-free Bareiss give the same rank")
    void modularRankIsALowerBound(@ForAll("lowRankMatrices") List<List<BigFraction>> rows) {
        Matrix<BigFraction> m = Matrix.of(Rationals.Q, rows);
        int rankQ = m.rank();
        assertThat(Bareiss.rank(m)).as("Bareiss vs Gaussian elimination on %s", rows).isEqualTo(rankQ);
        for (long p : PRIMES) {
            PrimeField fp = PrimeField.of(p);
            Matrix<Long> mp = m.map(fp, fp::fromRational);
            assertThat(mp.rank()).as("rank mod %d of %s", p, rows).isLessThanOrEqualTo(rankQ);
        }
    }

    @Property(tries = 200, seed = "20250919")
    @Label("exact and modular paths agree [derived]: det over Q (Gaussian, Bareiss) reduced mod p equals det over F_p "
            + "whenever p divides no denominator")
    void determinantsAgree(@ForAll("squareMatrices") List<List<BigFraction>> rows) {
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
