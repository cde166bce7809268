package org.rationalnets.exact.algebraic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.exact.UnivariatePolynomial;

class RationalFactorizationTest {

    private static UnivariatePolynomial<BigFraction> u(String s) {
        return AlgebraicExtension.parsePolynomial(s);
    }

    @Test
    void factorsOverQWithMultiplicities() {
        var f = RationalFactorization.factor(u("6*(t - 1/2)^2*(t^2 - 2)*(t + 3)"));
        assertThat(f).hasSize(3);
        assertThat(f.get(0).factor()).isEqualTo(u("t + 3"));
        assertThat(f.get(0).multiplicity()).isEqualTo(1);
        assertThat(f.get(1).factor()).isEqualTo(u("t - 1/2"));
        assertThat(f.get(1).multiplicity()).isEqualTo(2);
        assertThat(f.get(2).factor()).isEqualTo(u("t^2 - 2"));
        assertThat(RationalFactorization.factor(u("7"))).isEmpty();
    }

    @Test
    void rationalRootsInIncreasingOrder() {
        assertThat(RationalFactorization.rationalRoots(u("(3*t - 2)*(t + 5)*(t^2 + 1)*t")))
                .containsExactly(BigFraction.of(-5), BigFraction.ZERO, BigFraction.of(2, 3));
        assertThat(RationalFactorization.rationalRoots(u("t^2 - 2"))).isEmpty();
    }
}
