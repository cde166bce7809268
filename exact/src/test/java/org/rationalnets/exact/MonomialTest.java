package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MonomialTest {

    @Test
    void gradedLexicographicOrder() {
        assertThat(Monomial.of(0, 2)).isGreaterThan(Monomial.of(1, 0)); // degree first
        assertThat(Monomial.of(2, 0)).isGreaterThan(Monomial.of(1, 1)); // then x1 > x2
        assertThat(Monomial.of(1, 0, 1)).isLessThan(Monomial.of(1, 1, 0));
        assertThat(Monomial.of(1, 1).compareTo(Monomial.of(1, 1))).isZero();
    }

    @Test
    void allMonomialsOfADegreeInDescendingOrder() {
        assertThat(Monomial.ofDegree(3, 2)).extracting(Monomial::toString)
                .containsExactly("x1^2", "x1*x2", "x1*x3", "x2^2", "x2*x3", "x3^2");
        assertThat(Monomial.ofDegree(4, 5)).hasSize(56);
        assertThat(Monomial.ofDegree(2, 0)).containsExactly(Monomial.one(2));
    }

    @Test
    void arithmetic() {
        Monomial a = Monomial.of(1, 2, 0);
        Monomial b = Monomial.of(0, 1, 3);
        assertThat(a.multiply(b)).isEqualTo(Monomial.of(1, 3, 3));
        assertThat(a.multiply(b).divide(b)).isEqualTo(a);
        assertThat(b.divides(a)).isFalse();
        assertThat(Monomial.variable(3, 1).divides(a)).isTrue();
        assertThat(a.degree()).isEqualTo(3);
        assertThatThrownBy(() -> a.divide(b)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Monomial.of(1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Monomial.one(2)).hasToString("1");
    }
}
