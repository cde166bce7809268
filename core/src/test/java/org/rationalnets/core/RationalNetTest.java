package org.rationalnets.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Rationals;

/** Shapes of the weights of a {@link RationalNet} over a field, checked layer by layer. */
class RationalNetTest {

    private static final Architecture D = Architecture.of(2, 2, 1);

    private static Matrix<BigFraction> ones(int rows, int columns) {
        List<BigFraction> row = java.util.Collections.nCopies(columns, BigFraction.ONE);
        return Matrix.of(Rationals.Q, java.util.Collections.nCopies(rows, row));
    }

    @Test
    void theLastMatrixIsCheckedToo() {
        assertThatThrownBy(() -> RationalNet.of(Rationals.Q, D, List.of(ones(2, 2), ones(2, 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("matrix W_2 must be 1×2, got 2×2");
        assertThatThrownBy(() -> RationalNet.of(Rationals.Q, D, List.of(ones(2, 2), ones(1, 3))))
                .hasMessage("matrix W_2 must be 1×2, got 1×3");
    }

    @Test
    void theFirstMatrixIsChecked() {
        assertThatThrownBy(() -> RationalNet.of(Rationals.Q, D, List.of(ones(2, 3), ones(1, 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("matrix W_1 must be 2×2, got 2×3");
        assertThatThrownBy(() -> RationalNet.of(Rationals.Q, D, List.of(ones(2, 2))))
                .hasMessage("expected 2 weight matrices for (2,2,1), got 1");
    }

    @Test
    void rightShapesGiveTheNetwork() {
        // docs/examples.md CF1: f = 1/x1 + 1/x2, at x = (1, 2) it is 3/2
        RationalNet<BigFraction> net = RationalNet.of(Rationals.Q, D, List.of(
                Matrix.of(Rationals.Q, List.of(List.of(BigFraction.ONE, BigFraction.ZERO), List.of(BigFraction.ZERO, BigFraction.ONE))),
                ones(1, 2)));
        assertThat(net.evaluate(List.of(BigFraction.ONE, BigFraction.of(2)))).containsExactly(BigFraction.of(3, 2));
        // valueAt: the same value where defined, empty at a pole (x2 = 0 makes the pre-activation z_2 vanish)
        assertThat(net.valueAt(List.of(BigFraction.ONE, BigFraction.of(2)))).contains(List.of(BigFraction.of(3, 2)));
        assertThat(net.valueAt(List.of(BigFraction.ONE, BigFraction.ZERO))).isEmpty();
        assertThatThrownBy(() -> net.valueAt(List.of(BigFraction.ONE))).isInstanceOf(IllegalArgumentException.class);
    }
}
