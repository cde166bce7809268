package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class RationalsTest {

    @Test
    void decimalsAreReadExactly() {
        assertThat(Rationals.parse("0.25")).isEqualTo(BigFraction.of(1, 4));
        assertThat(Rationals.parse("-1.5")).isEqualTo(BigFraction.of(-3, 2));
        assertThat(Rationals.parse("0.1")).isEqualTo(BigFraction.of(1, 10));
        assertThat(Rationals.parse("2e3")).isEqualTo(BigFraction.of(2000));
        assertThat(Rationals.parse("1/2")).isEqualTo(BigFraction.of(1, 2));
        assertThat(Rationals.parse(" -3 ")).isEqualTo(BigFraction.of(-3));
    }

    @Test
    void malformedTextIsRejected() {
        assertThatThrownBy(() -> Rationals.parse("abc")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Rationals.parse("1/0")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Rationals.parse("")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void signIsNormalisedInText() {
        // Commons Numbers keeps 1/-2 as numerator 1, denominator -2.
        BigFraction q = BigFraction.of(1, -2);
        assertThat(Rationals.toString(q)).isEqualTo("-1/2");
        assertThat(Rationals.numerator(q)).isEqualTo(BigInteger.valueOf(-1));
        assertThat(Rationals.denominator(q)).isEqualTo(BigInteger.TWO);
        assertThat(Rationals.toString(BigFraction.of(-6, -3))).isEqualTo("2");
    }

    /**
     * Commons Numbers 1.2 reverses the order of two different negative values, however they are stored:
     * −3/4 compares below −1 and −1/2 above −1/3. {@link Rationals#compare} does not. If the first two
     * assertions start failing, the library has been fixed.
     */
    @Test
    void libraryOrderIsReversedForTwoNegativeValues() {
        assertThat(BigFraction.of(-3, 4).compareTo(BigFraction.of(-1))).as("−3/4 vs −1 (library)").isNegative();
        assertThat(BigFraction.of(-1, 2).compareTo(BigFraction.of(-1, 3))).as("−1/2 vs −1/3 (library)").isPositive();
        assertThat(Rationals.compare(BigFraction.of(-3, 4), BigFraction.of(-1))).isPositive();
        assertThat(Rationals.compare(BigFraction.of(-1, 2), BigFraction.of(-1, 3))).isNegative();
        assertThat(Rationals.compare(BigFraction.of(-1), BigFraction.of(-3, 4))).isNegative();
        assertThat(Rationals.compare(BigFraction.of(-1, 3), BigFraction.of(-1, 2))).isPositive();
    }

    /** The same defect for a fraction stored with a negative denominator, which {@code divide} produces. */
    @Test
    void orderIsCorrectForNegativeDenominators() {
        BigFraction threeOverMinusFour = BigFraction.of(3).divide(BigFraction.of(-4));
        assertThat(threeOverMinusFour.compareTo(BigFraction.of(-1)))
                .as("the library defect this method exists for; if this starts failing, Commons fixed it").isNegative();
        assertThat(Rationals.compare(threeOverMinusFour, BigFraction.of(-1))).isPositive();
        assertThat(Rationals.compare(threeOverMinusFour, BigFraction.of(-3, 4))).isZero();
        assertThat(Rationals.compare(BigFraction.of(1, 3), BigFraction.of(1, 2))).isNegative();
        assertThat(Rationals.abs(threeOverMinusFour)).isEqualTo(BigFraction.of(3, 4));
        assertThat(Rationals.denominator(Rationals.abs(threeOverMinusFour))).isEqualTo(java.math.BigInteger.valueOf(4));
    }

    @Test
    void fieldOperations() {
        Rationals q = Rationals.Q;
        BigFraction a = BigFraction.of(2, 3);
        assertThat(q.reciprocal(a)).isEqualTo(BigFraction.of(3, 2));
        assertThat(q.pow(a, 3)).isEqualTo(BigFraction.of(8, 27));
        assertThat(q.pow(a, 0)).isEqualTo(BigFraction.ONE);
        assertThat(q.isZero(q.subtract(a, a))).isTrue();
        assertThat(q.multiply(3, a)).isEqualTo(BigFraction.of(2));
        assertThat(q.characteristic()).isEqualTo(BigInteger.ZERO);
        assertThatThrownBy(() -> q.reciprocal(BigFraction.ZERO)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> q.pow(a, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
