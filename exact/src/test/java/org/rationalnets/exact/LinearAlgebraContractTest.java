package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Edge cases of {@link Matrix} and {@link ModularRowEchelon}, values worked by hand. */
class LinearAlgebraContractTest {

    private static BigFraction q(long n) {
        return BigFraction.of(n);
    }

    private static Matrix<BigFraction> m(long[][] rows) {
        return Matrix.of(Rationals.Q, java.util.Arrays.stream(rows)
                .map(r -> java.util.Arrays.stream(r).mapToObj(LinearAlgebraContractTest::q).toList()).toList());
    }

    @Test
    void applyMultipliesRowsByTheVector() {
        Matrix<BigFraction> a = m(new long[][] {{1, 2}, {3, 4}});
        assertThat(a.apply(List.of(q(5), q(6)))).containsExactly(q(17), q(39));
        assertThat(a.field()).isSameAs(Rationals.Q);
    }

    @Test
    void solveWithTheZeroMatrix() {
        Matrix<BigFraction> zero = m(new long[][] {{0, 0}, {0, 0}});
        assertThat(zero.solve(List.of(q(0), q(0)))).isEqualTo(Optional.of(List.of(q(0), q(0))));
        assertThat(zero.solve(List.of(q(1), q(0)))).isEmpty();
        assertThat(zero.rank()).isZero();
    }

    @Test
    void wideAndTallMatrices() {
        // rank reached before the last column: (1 1 1; 0 1 2) has rank 2, kernel spanned by (1, −2, 1)
        Matrix<BigFraction> wide = m(new long[][] {{1, 1, 1}, {0, 1, 2}});
        assertThat(wide.rank()).isEqualTo(2);
        assertThat(wide.nullspace()).containsExactly(List.of(q(1), q(-2), q(1)));
        assertThat(wide.solve(List.of(q(3), q(3)))).contains(List.of(q(0), q(3), q(0)));
        assertThat(Bareiss.rank(wide)).isEqualTo(2);
    }

    @Test
    void equalityAndHash() {
        Matrix<BigFraction> a = m(new long[][] {{1, 2}, {3, 4}});
        assertThat(a).isEqualTo(m(new long[][] {{1, 2}, {3, 4}})).hasSameHashCodeAs(m(new long[][] {{1, 2}, {3, 4}}));
        assertThat(a).isNotEqualTo(m(new long[][] {{1, 2}, {3, 5}}));
        assertThat(a).isNotEqualTo(m(new long[][] {{1, 2, 3, 4}}));
        assertThat(a).isNotEqualTo("[[1, 2], [3, 4]]");
        assertThat(a.hashCode()).isNotEqualTo(m(new long[][] {{1, 2}, {3, 5}}).hashCode());
    }

    @Test
    void modularEchelonOfOneRow() {
        // over F_7: 2⁻¹ = 4, so (2, 4, 6, 1) becomes (1, 16, 24, 4) mod 7 = (1, 2, 3, 4)
        ModularRowEchelon e = ModularRowEchelon.of(new long[][] {{2, 4, 6, 1}}, 7);
        assertThat(e.modulus()).isEqualTo(7);
        assertThat(e.rank()).isEqualTo(1);
        assertThat(e.row(0)).containsExactly(1, 2, 3, 4);
        assertThat(e.pivots()).containsExactly(0);
        assertThat(e.freeColumns()).containsExactly(1, 2, 3);
    }

    @Test
    void modularEchelonFreeColumnsBetweenPivots() {
        // over F_5: rows (0 1 2 0 3), (0 0 0 1 4): pivots 1, 3; free 0, 2, 4
        ModularRowEchelon e = ModularRowEchelon.of(new long[][] {{0, 1, 2, 0, 3}, {0, 0, 0, 1, 4}}, 5);
        assertThat(e.pivots()).containsExactly(1, 3);
        assertThat(e.freeColumns()).containsExactly(0, 2, 4);
    }
}
