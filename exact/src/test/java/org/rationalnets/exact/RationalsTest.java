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
