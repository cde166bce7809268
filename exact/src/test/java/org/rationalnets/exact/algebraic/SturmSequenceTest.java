package org.rationalnets.exact.algebraic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.exact.UnivariatePolynomial;

class SturmSequenceTest {

    private static UnivariatePolynomial<BigFraction> u(String s) {
        return AlgebraicExtension.parsePolynomial(s);
    }

    @Test
    void countsDistinctRealRootsInHalfOpenIntervals() {
        // roots −1 (double), 0, 2; plus a non-real pair
        SturmSequence s = SturmSequence.of(u("(t + 1)^2*t*(t - 2)*(t^2 + 1)"));
        assertThat(s.squareFreePart()).isEqualTo(u("(t + 1)*t*(t - 2)*(t^2 + 1)"));
        assertThat(s.countRealRoots()).isEqualTo(3);
        assertThat(s.countRoots(BigFraction.of(-1), BigFraction.of(2))).isEqualTo(2);   // (−1, 2] ∋ 0, 2
        assertThat(s.countRoots(BigFraction.of(-2), BigFraction.of(-1))).isEqualTo(1);  // (−2, −1] ∋ −1
        assertThat(s.countRoots(BigFraction.of(1, 2), BigFraction.of(3, 2))).isEqualTo(0);
        assertThatThrownBy(() -> s.countRoots(BigFraction.ONE, BigFraction.ONE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RealRoots.count(u("t^4 + 1"))).isZero();
        assertThat(RealRoots.count(u("5"))).isZero();
        assertThatThrownBy(() -> SturmSequence.of(UnivariatePolynomial.zero(org.rationalnets.exact.Rationals.Q)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isolatesRationalAndIrrationalRoots() {
        var is = RealRoots.isolate(u("t*(t^2 - 2)*(t - 1/3)"));
        assertThat(is).hasSize(4);
        assertThat(is.get(1)).isEqualTo(new IsolatingInterval(BigFraction.ZERO, BigFraction.ZERO));
        assertThat(is.get(2).contains(BigFraction.of(1, 3))).isTrue();
        assertThat(is.get(3).contains(BigFraction.of(3, 2))).isTrue();
        assertThat(RealRoots.rootBound(u("t^2 - 2"))).isEqualTo(BigFraction.of(3));
        assertThatThrownBy(() -> new IsolatingInterval(BigFraction.ONE, BigFraction.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RealRoots.bisect(u("t^2 - 2"), new IsolatingInterval(BigFraction.ZERO, BigFraction.ONE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void intervalsWithNegativeDenominatorsCompareCorrectly() {
        // Commons' compareTo is wrong for 3/−4; the interval normalises its ends
        IsolatingInterval i = new IsolatingInterval(BigFraction.of(-3, 2), BigFraction.of(3, -4));
        assertThat(i.contains(BigFraction.of(-1))).isTrue();
        assertThat(i.hi().getDenominator().signum()).isPositive();
    }
}
