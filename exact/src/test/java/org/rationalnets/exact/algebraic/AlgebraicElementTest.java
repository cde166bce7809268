package org.rationalnets.exact.algebraic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class AlgebraicElementTest {

    private final AlgebraicExtension a = AlgebraicExtension.parse("t^3 - 2");

    @Test
    void rationalElementsAndValues() {
        AlgebraicElement three = a.fromLong(3);
        assertThat(three.isRational()).isTrue();
        assertThat(three.rationalValue()).isEqualTo(BigFraction.of(3));
        assertThat(a.zero().rationalValue()).isEqualTo(BigFraction.ZERO);
        assertThat(a.generator().isRational()).isFalse();
        assertThatThrownBy(() -> a.generator().rationalValue()).isInstanceOf(IllegalStateException.class);
        assertThat(a.generator().toString()).isEqualTo("t");
        assertThat(a.format(a.generator())).isEqualTo("(t)");
        assertThat(a.format(three)).isEqualTo("3");
        assertThat(a.fromBigInteger(java.math.BigInteger.TWO)).isEqualTo(a.fromLong(2));
        assertThat(a.characteristic()).isZero();
        assertThat(a.areEqual(a.generator().multiply(a.generator()).multiply(a.generator()), a.fromLong(2))).isTrue();
    }

    @Test
    void valueAtASpecificRoot() {
        AlgebraicRoot real = a.roots().get(0);
        assertThat(real.isReal()).isTrue();
        AlgebraicNumber cbrt2 = a.generator().at(real);
        assertThat(cbrt2.approx()).isEqualTo("1.25992105");
        assertThat(a.generator().add(a.one()).at(real).approx()).isEqualTo("2.25992105");
        AlgebraicNumber complex = a.generator().at(a.roots().get(1));
        assertThat(complex.isAtRealRoot()).isFalse();
        assertThat(complex.approx()).isEqualTo("-0.6299605249 - 1.091123636i");
        assertThat(a.generator().negate().reciprocal().multiply(a.generator()))
                .isEqualTo(a.fromLong(-1));
        assertThat(a.generator().norm()).isEqualTo(BigFraction.of(2));
        assertThat(a.generator().trace()).isEqualTo(BigFraction.ZERO);
    }

    @Test
    void rootsDescribeThemselves() {
        AlgebraicRoot r = AlgebraicRoot.rational(BigFraction.of(3, 2));
        assertThat(r.isRational()).isTrue();
        assertThat(r.polynomial().toString("t")).isEqualTo("t - 3/2");
        assertThat(r.toString()).isEqualTo("root 0 of t - 3/2 in [3/2, 3/2]");
        assertThat(a.roots().get(2).toString()).startsWith("root 2 of t^3 - 2 ≈ -0.6299605249 + 1.091123636i");
        assertThat(a.roots().get(0).interval(BigFraction.of(1, 1000)).width().subtract(BigFraction.of(1, 1000)).signum())
                .isLessThanOrEqualTo(0);
        assertThat(a.roots().get(1).isRational()).isFalse();
    }

    @Test
    void changeOfGeneratorRejectsForeignElements() {
        AlgebraicExtension b = AlgebraicExtension.parse("t^2 - 2");
        ChangeOfGenerator c = b.changeGenerator(b.element(AlgebraicExtension.parsePolynomial("t + 1"))).orElseThrow();
        assertThat(c.source()).isEqualTo(b);
        assertThat(c.target()).isEqualTo(AlgebraicExtension.parse("t^2 - 2*t - 1"));
        assertThatThrownBy(() -> c.apply(a.generator())).isInstanceOf(IllegalArgumentException.class);
        var lifted = c.apply(org.rationalnets.exact.Polynomial.variable(b, 2, 0).scale(b.generator()));
        assertThat(lifted.toString()).isEqualTo("(t - 1)*x1");
    }
}
