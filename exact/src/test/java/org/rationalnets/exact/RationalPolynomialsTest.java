package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;
import org.rationalnets.exact.instances.RandomPolynomials;

class RationalPolynomialsTest {

    private static Polynomial<BigFraction> p(String s) {
        return PolynomialParser.parse(s, 3);
    }

    @Test
    void contentAndPrimitivePart() {
        assertThat(RationalPolynomials.content(p("4/3*x1 - 2*x2"))).isEqualTo(BigFraction.of(2, 3));
        assertThat(RationalPolynomials.primitivePart(p("4/3*x1 - 2*x2"))).isEqualTo(p("2*x1 - 3*x2"));
        assertThat(RationalPolynomials.content(p("-6*x1 + 9"))).isEqualTo(BigFraction.of(-3));
        assertThat(RationalPolynomials.primitivePart(p("-6*x1 + 9"))).isEqualTo(p("2*x1 - 3"));
        assertThat(RationalPolynomials.content(p("0"))).isEqualTo(BigFraction.ZERO);
    }

    @Test
    void gcdOfKnownPolynomials() {
        assertThat(RationalPolynomials.gcd(List.of(p("x1^2 - x2^2"), p("2*x1^2 - 2*x1*x2")))).isEqualTo(p("x1 - x2"));
        assertThat(RationalPolynomials.gcd(List.of(p("x1"), p("x2")))).isEqualTo(p("1"));
        assertThat(RationalPolynomials.gcd(List.of(p("0"), p("-3*x3")))).isEqualTo(p("x3"));
        assertThat(RationalPolynomials.gcd(List.of(p("0")))).isEqualTo(p("0"));
        assertThatThrownBy(() -> RationalPolynomials.gcd(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    /** a·g and b·g with a common factor g. */
    record CommonFactor(Polynomial<BigFraction> ag, Polynomial<BigFraction> bg, Polynomial<BigFraction> g) {
    }

    static Stream<Instance<CommonFactor>> commonFactors() {
        return Instances.of(100, r -> {
            Polynomial<BigFraction> g = RandomPolynomials.polynomial(r, 3, 2, 3);
            return new CommonFactor(RandomPolynomials.polynomial(r, 3, 2, 3).multiply(g), RandomPolynomials.polynomial(r, 3, 2, 3).multiply(g), g);
        });
    }

    @ParameterizedTest
    @MethodSource("commonFactors")
    void gcdContainsTheCommonFactorAndDividesBoth(Instance<CommonFactor> instance) {
        Polynomial<BigFraction> g = instance.value().g();
        Polynomial<BigFraction> a = instance.value().ag();
        Polynomial<BigFraction> b = instance.value().bg();
        if (a.isZero() || b.isZero()) {
            return;
        }
        Polynomial<BigFraction> d = RationalPolynomials.gcd(List.of(a, b));
        assertThat(a.isDivisibleBy(d)).isTrue();
        assertThat(b.isDivisibleBy(d)).isTrue();
        assertThat(d.isDivisibleBy(g)).isTrue();
    }

    @Test
    void lowestTermsRemovesTheCommonFactorOnly() {
        RationalPolynomials.Fraction f = RationalPolynomials.lowestTerms(
                List.of(p("x1^2*x3 - x2^2*x3")), p("2*x1*x3 - 2*x2*x3"));
        assertThat(f.commonFactor()).isEqualTo(p("x1*x3 - x2*x3"));
        assertThat(f.numerators()).containsExactly(p("x1 + x2"));
        assertThat(f.denominator()).isEqualTo(p("2"));
        assertThatThrownBy(() -> RationalPolynomials.lowestTerms(List.of(p("x1")), p("0")))
                .isInstanceOf(ArithmeticException.class);
    }
}
