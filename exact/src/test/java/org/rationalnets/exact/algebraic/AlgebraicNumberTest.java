package org.rationalnets.exact.algebraic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.exact.UnivariatePolynomial;

class AlgebraicNumberTest {

    private static UnivariatePolynomial<BigFraction> u(String s) {
        return AlgebraicExtension.parsePolynomial(s);
    }

    @Test
    void sqrtTwoIsTheSecondRootWithAnIsolatingInterval() {
        AlgebraicNumber sqrt2 = AlgebraicNumber.root(u("t^2 - 2"), 1);
        assertThat(sqrt2.polynomial().toString("t")).isEqualTo("t^2 - 2");
        assertThat(sqrt2.value().toString("t")).isEqualTo("t");
        assertThat(sqrt2.approx()).isEqualTo("1.414213562");
        BigFraction lo = sqrt2.root().interval().lo();
        BigFraction hi = sqrt2.root().interval().hi();
        // the interval isolates +√2: lo² < 2 < hi², lo ≥ 0
        assertThat(lo.signum()).isGreaterThanOrEqualTo(0);
        assertThat(lo.multiply(lo).subtract(BigFraction.of(2)).signum()).isNegative();
        assertThat(hi.multiply(hi).subtract(BigFraction.of(2)).signum()).isPositive();
        assertThat(sqrt2.isAtRealRoot()).isTrue();
        assertThat(sqrt2.isRational()).isFalse();
        assertThatThrownBy(sqrt2::rationalValue).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aValueThatVanishesAtTheRootOfAReducibleModulusPrintsZero() {
        // h = (t^2 − 2)(t^2 − 3) has the real roots −√3 < −√2 < √2 < √3; root 2 is √2
        AlgebraicRoot sqrt2 = AlgebraicRoot.rootsOf(u("t^4 - 5*t^2 + 6")).get(2);
        assertThat(AlgebraicNumber.of(sqrt2, u("t^2 - 2")).approx()).isEqualTo("0");
        assertThat(AlgebraicNumber.of(sqrt2, u("t^3 - 2*t")).approx()).isEqualTo("0");  // θ(θ^2 − 2)
        // nonzero values at the same root: θ^2 − 3 = −1, θ^2 − 2 + θ = √2, and t^2 − 3 vanishes at √3 only
        assertThat(AlgebraicNumber.of(sqrt2, u("t^2 - 3")).approx()).isEqualTo("-1");
        assertThat(AlgebraicNumber.of(sqrt2, u("t^2 + t - 2")).approx()).isEqualTo("1.414213562");
        AlgebraicRoot sqrt3 = AlgebraicRoot.rootsOf(u("t^4 - 5*t^2 + 6")).get(3);
        assertThat(AlgebraicNumber.of(sqrt3, u("t^2 - 3")).approx()).isEqualTo("0");
        assertThat(AlgebraicNumber.of(sqrt3, u("t^2 - 2")).approx()).isEqualTo("1");
    }

    @Test
    void valuesAtRealRoots() {
        AlgebraicRoot minusSqrt2 = AlgebraicRoot.rootsOf(u("t^2 - 2")).get(0);
        // 1 − 3θ at θ = −√2 is 1 + 3√2 ≈ 5.242640687
        assertThat(AlgebraicNumber.of(minusSqrt2, u("1 - 3*t")).approx()).isEqualTo("5.242640687");
        // golden ratio (1 + √5)/2 = root of t^2 − t − 1
        assertThat(AlgebraicNumber.root(u("t^2 - t - 1"), 1).approx()).isEqualTo("1.618033989");
        // value reduced modulo h: θ^2 = 2
        assertThat(AlgebraicNumber.of(minusSqrt2, u("t^2"))).isEqualTo(AlgebraicNumber.rational(BigFraction.of(2)));
    }

    @Test
    void complexNumbersCarryOnlyAnApproximation() {
        AlgebraicNumber i = AlgebraicNumber.root(u("t^2 + 1"), 1);
        assertThat(i.root().isReal()).isFalse();
        assertThat(i.approx()).isEqualTo("1i");
        assertThat(AlgebraicNumber.root(u("t^2 + 1"), 0).approx()).isEqualTo("-1i");
        // primitive cube root of unity: root of t^2 + t + 1, −1/2 ± (√3/2) i
        AlgebraicNumber w = AlgebraicNumber.root(u("t^2 + t + 1"), 0);
        assertThat(w.approx()).isEqualTo("-0.5 - 0.8660254038i");
        assertThat(AlgebraicNumber.of(w.root(), u("2*t + 1")).approx()).isEqualTo("-1.732050808i");
        assertThat(w.isAtRealRoot()).isFalse();
    }

    @Test
    void rationalNumbers() {
        AlgebraicNumber half = AlgebraicNumber.rational(BigFraction.of(-1, 2));
        assertThat(half.isRational()).isTrue();
        assertThat(half.rationalValue()).isEqualTo(BigFraction.of(-1, 2));
        assertThat(half.polynomial().toString("t")).isEqualTo("t + 1/2");
        assertThat(half.value().toString("t")).isEqualTo("t");
        assertThat(half.approx()).isEqualTo("-0.5");
        assertThat(half.root().interval()).isEqualTo(new IsolatingInterval(BigFraction.of(-1, 2), BigFraction.of(-1, 2)));
        assertThat(half.toString()).isEqualTo("-1/2");
        // a constant value at an irrational root is that rational
        AlgebraicRoot r = AlgebraicRoot.rootsOf(u("t^3 - 2")).get(0);
        assertThat(AlgebraicNumber.of(r, u("7/3"))).isEqualTo(AlgebraicNumber.rational(BigFraction.of(7, 3)));
    }

    @Test
    void formatting() {
        assertThat(AlgebraicNumber.formatComplex(1.4142, -0.5)).isEqualTo("1.4142 - 0.5i");
        assertThat(AlgebraicNumber.formatComplex(0, 2)).isEqualTo("2i");
        assertThat(AlgebraicNumber.formatDecimal(new java.math.BigDecimal("123456789012345"))).isEqualTo("123456789000000");
        assertThat(AlgebraicNumber.formatDecimal(new java.math.BigDecimal("0.000012345678901"))).isEqualTo("0.0000123456789");
    }
}
