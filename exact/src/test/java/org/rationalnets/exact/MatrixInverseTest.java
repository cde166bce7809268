package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.exact.algebraic.AlgebraicElement;
import org.rationalnets.exact.algebraic.AlgebraicExtension;

class MatrixInverseTest {

    private static Matrix<BigFraction> m(long[][] rows) {
        List<List<BigFraction>> r = new java.util.ArrayList<>();
        for (long[] row : rows) {
            r.add(java.util.Arrays.stream(row).mapToObj(BigFraction::of).toList());
        }
        return Matrix.of(Rationals.Q, r);
    }

    @Test
    void aTwoByTwoInverseIsTheAdjugateOverTheDeterminant() {
        // [[2, 1], [7, 4]] has determinant 1 and inverse [[4, −1], [−7, 2]]
        assertThat(m(new long[][] {{2, 1}, {7, 4}}).inverse()).isEqualTo(m(new long[][] {{4, -1}, {-7, 2}}));
        // [[0, 2], [3, 0]]: determinant −6, inverse [[0, 1/3], [1/2, 0]]
        Matrix<BigFraction> inv = m(new long[][] {{0, 2}, {3, 0}}).inverse();
        assertThat(inv.rowList()).containsExactly(List.of(BigFraction.ZERO, BigFraction.of(1, 3)),
                List.of(BigFraction.of(1, 2), BigFraction.ZERO));
    }

    @Test
    void oneByOneAndThreeByThree() {
        assertThat(m(new long[][] {{4}}).inverse().get(0, 0)).isEqualTo(BigFraction.of(1, 4));
        Matrix<BigFraction> a = m(new long[][] {{2, 1, 0}, {1, 3, 1}, {0, 1, 4}});
        assertThat(a.multiply(a.inverse())).isEqualTo(Matrix.identity(Rationals.Q, 3));
        assertThat(a.inverse().multiply(a)).isEqualTo(Matrix.identity(Rationals.Q, 3));
        // det 18: the (0,0) entry of the inverse is the cofactor 11 over 18
        assertThat(a.inverse().get(0, 0)).isEqualTo(BigFraction.of(11, 18));
    }

    @Test
    void singularAndNonSquareMatricesHaveNoInverse() {
        assertThatThrownBy(() -> m(new long[][] {{1, 2}, {2, 4}}).inverse()).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("singular");
        assertThatThrownBy(() -> m(new long[][] {{0}}).inverse()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> m(new long[][] {{1, 2, 3}, {2, 4, 6}, {1, 0, 1}}).inverse())
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("singular");
        assertThatThrownBy(() -> m(new long[][] {{1, 2}}).inverse()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-square 1×2");
    }

    @Test
    void overAnAlgebraTheAdjugateNeedsOnlyAUnitDeterminant() {
        // over Q[t]/(t^2 − 2): [[t, 1], [1, t]] has determinant t^2 − 1 = 1
        AlgebraicExtension a = AlgebraicExtension.parse("t^2 - 2");
        AlgebraicElement t = a.generator();
        Matrix<AlgebraicElement> x = Matrix.of(a, List.of(List.of(t, a.one()), List.of(a.one(), t)));
        assertThat(x.multiply(x.inverse())).isEqualTo(Matrix.identity(a, 2));
        assertThat(x.inverse().get(0, 1)).isEqualTo(a.negate(a.one()));
        // over Q[t]/(t^2 − 1), not a field: t − 1 is a zero divisor, yet [[t − 1, 1], [1, 0]] has determinant −1,
        // a unit; the adjugate inverts it where elimination would have to divide by t − 1
        AlgebraicExtension split = AlgebraicExtension.parse("t^2 - 1");
        AlgebraicElement tMinus1 = split.subtract(split.generator(), split.one());
        Matrix<AlgebraicElement> y = Matrix.of(split, List.of(List.of(tMinus1, split.one()), List.of(split.one(), split.zero())));
        assertThat(y.inverse().rowList()).containsExactly(List.of(split.zero(), split.one()),
                List.of(split.one(), split.negate(tMinus1)));
    }
}
