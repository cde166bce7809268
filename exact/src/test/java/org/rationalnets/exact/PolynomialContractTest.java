package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Edge cases of {@link Polynomial}: zero, constants, exponent 0/1, mismatched variable counts. */
class PolynomialContractTest {

    private static Polynomial<BigFraction> q(String text, int n) {
        return PolynomialParser.parse(text, n);
    }

    @Test
    void coefficientOfTheLeadingMonomial() {
        Polynomial<BigFraction> p = q("5*x1^2 + 3", 1);
        assertThat(p.coefficient(Monomial.of(2))).isEqualTo(BigFraction.of(5));
        assertThat(p.coefficient(Monomial.of(0))).isEqualTo(BigFraction.of(3));
        assertThat(p.coefficient(Monomial.of(1))).isEqualTo(BigFraction.ZERO);
        assertThat(p.field()).isSameAs(Rationals.Q);
    }

    @Test
    void zeroHasNoLeadingTerm() {
        Polynomial<BigFraction> zero = Polynomial.zero(Rationals.Q, 2);
        assertThatThrownBy(zero::leadingCoefficient).isInstanceOf(ArithmeticException.class)
                .hasMessage("the zero polynomial has no leading term");
        assertThatThrownBy(zero::leadingMonomial).isInstanceOf(ArithmeticException.class);
        assertThat(zero.degree()).isEqualTo(-1);
    }

    @Test
    void scalingByZeroGivesZero() {
        assertThat(q("x1 + 2", 1).scale(BigFraction.ZERO).isZero()).isTrue();
        assertThat(q("x1 + 2", 1).scale(BigFraction.of(-1, 2))).isEqualTo(q("-1/2*x1 - 1", 1));
    }

    @Test
    void mismatchedVariableCountsAreRefused() {
        Polynomial<BigFraction> a = q("x1 + x2", 2);
        Polynomial<BigFraction> b = q("x1 + x3", 3);
        assertThatThrownBy(() -> a.multiply(b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("polynomials in 2 and 3 variables");
        assertThatThrownBy(() -> a.divideExact(b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("polynomials in 2 and 3 variables");
        assertThatThrownBy(() -> a.multiply(q("1", 3))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void productsWithConstants() {
        assertThat(q("x1 + 2", 2).multiply(q("3", 2))).isEqualTo(q("3*x1 + 6", 2));
        assertThat(q("3", 2).multiply(q("x1 - x2", 2))).isEqualTo(q("3*x1 - 3*x2", 2));
        assertThat(q("x1", 2).multiply(q("x2", 2))).isEqualTo(q("x1*x2", 2));
        assertThat(q("x1 + 1", 2).multiply(q("x1 - 1", 2))).isEqualTo(q("x1^2 - 1", 2));
    }

    @Test
    void powZeroAndOne() {
        Polynomial<BigFraction> p = q("x1 - 2*x2", 2);
        assertThat(p.pow(0)).isEqualTo(q("1", 2));
        assertThat(p.pow(1)).isEqualTo(p);
        assertThat(p.pow(2)).isEqualTo(q("x1^2 - 4*x1*x2 + 4*x2^2", 2));
        assertThatThrownBy(() -> p.pow(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("negative exponent -1");
    }

    @Test
    void powDoesNotSquareAfterTheLastBit() {
        CountingF7 f = new CountingF7();
        Polynomial<Integer> x = Polynomial.variable(f, 1, 0);
        Polynomial<Integer> p = x.add(Polynomial.constant(f, 1, 1)); // x + 1 over F_7
        f.multiplications = 0;
        Polynomial<Integer> p1 = p.pow(1);
        assertThat(p1).isEqualTo(p);
        // 1 · (x + 1) is a scaling: one field multiplication per term, no squaring of x + 1
        assertThat(f.multiplications).isEqualTo(2);
    }

    @Test
    void divisibility() {
        assertThat(q("x1^2 - x2^2", 2).isDivisibleBy(q("x1 - x2", 2))).isTrue();
        assertThat(q("x1^2 + x2^2", 2).isDivisibleBy(q("x1 - x2", 2))).isFalse();
        assertThat(q("x1", 2).isDivisibleBy(Polynomial.zero(Rationals.Q, 2))).isFalse();
    }

    @Test
    void equalityAndHash() {
        Polynomial<BigFraction> a = q("x1 + 1", 2);
        assertThat(a).isEqualTo(q("1 + x1", 2)).hasSameHashCodeAs(q("1 + x1", 2));
        assertThat(a).isNotEqualTo(q("x1 + 2", 2));
        assertThat(a).isNotEqualTo(q("x2 + 1", 2));
        assertThat(a).isNotEqualTo(q("x1 + 1", 3));
        assertThat(a).isNotEqualTo(q("x1", 2));
        assertThat(a).isNotEqualTo("x1 + 1");
        assertThat(q("x1", 2).hashCode()).isNotEqualTo(q("x2", 2).hashCode());
        assertThat(q("x1", 2).evaluate(List.of(BigFraction.of(3), BigFraction.of(5)))).isEqualTo(BigFraction.of(3));
    }

    @Test
    void monomialEqualityAndHash() {
        assertThat(Monomial.of(1, 2)).isEqualTo(Monomial.of(1, 2)).hasSameHashCodeAs(Monomial.of(1, 2));
        assertThat(Monomial.of(1, 2)).isNotEqualTo(Monomial.of(2, 1));
        assertThat(Monomial.of(1, 2)).isNotEqualTo(Monomial.of(1, 2, 0));
        assertThat(Monomial.of(1, 2)).isNotEqualTo("x1*x2^2");
        assertThat(Monomial.of(1, 0).hashCode()).isNotEqualTo(Monomial.of(0, 1).hashCode());
    }
}
