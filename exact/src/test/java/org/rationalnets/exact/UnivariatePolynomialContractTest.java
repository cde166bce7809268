package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Edge cases of {@link UnivariatePolynomial} over Q, values worked by hand. */
class UnivariatePolynomialContractTest {

    private static UnivariatePolynomial<BigFraction> u(long... lowToHigh) {
        return UnivariatePolynomial.of(Rationals.Q, Arrays.stream(lowToHigh).mapToObj(BigFraction::of).toList());
    }

    @Test
    void cubeOfALinearFactorIsOneFactorOfMultiplicityThree() {
        // (t − 1)^3 = t^3 − 3t^2 + 3t − 1: no factor of multiplicity 1 or 2 is reported
        List<UnivariatePolynomial.SquareFreeFactor<BigFraction>> d = u(-1, 3, -3, 1).squareFreeDecomposition();
        assertThat(d).containsExactly(new UnivariatePolynomial.SquareFreeFactor<>(u(-1, 1), 3));
        // t (t + 1)^2 = t^3 + 2t^2 + t: multiplicities 1 and 2
        assertThat(u(0, 1, 2, 1).squareFreeDecomposition()).containsExactly(
                new UnivariatePolynomial.SquareFreeFactor<>(u(0, 1), 1),
                new UnivariatePolynomial.SquareFreeFactor<>(u(1, 1), 2));
        assertThat(u(5).squareFreeDecomposition()).isEmpty();
    }

    @Test
    void resultantWithZeroIsZero() {
        assertThat(u(1, 1).resultant(u())).isEqualTo(BigFraction.ZERO);
        assertThat(u().resultant(u(1, 1))).isEqualTo(BigFraction.ZERO);
        // Res(t^2 − 2, t − 1) = (1)^2 − 2 = −1 (the value of t^2 − 2 at the root 1)
        assertThat(u(-2, 0, 1).resultant(u(-1, 1))).isEqualTo(BigFraction.of(-1));
    }

    @Test
    void mapTextAndHash() {
        UnivariatePolynomial<Long> f7 = u(-1, 3).map(PrimeField.of(7), c -> PrimeField.of(7).fromRational(c));
        assertThat(f7).isEqualTo(UnivariatePolynomial.of(PrimeField.of(7), List.of(6L, 3L)));
        assertThat(u()).hasToString("0");
        assertThat(u(-2, 0, 1)).hasToString("t^2 - 2");
        assertThat(u(0, 1).hashCode()).isEqualTo(u(0, 1).hashCode()).isNotEqualTo(u(1, 1).hashCode());
        assertThat(u(0, 1).add(u(1, -1))).isEqualTo(u(1));
    }
}
