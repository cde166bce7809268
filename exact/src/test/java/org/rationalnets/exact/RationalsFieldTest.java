package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class RationalsFieldTest {

    private static final Rationals Q = Rationals.Q;

    @Test
    void operationsNotCoveredElsewhere() {
        assertThat(Q.divide(BigFraction.of(1, 2), BigFraction.of(3, 4))).isEqualTo(BigFraction.of(2, 3));
        assertThat(Q.fromBigInteger(BigInteger.valueOf(-12))).isEqualTo(BigFraction.of(-12));
        assertThat(Q.fromRational(BigFraction.of(5, 7))).isEqualTo(BigFraction.of(5, 7));
        assertThat(Q.areEqual(BigFraction.of(2, 4), BigFraction.of(1, 2))).isTrue();
        assertThat(Q.areEqual(BigFraction.of(1, 2), BigFraction.of(1, 3))).isFalse();
        assertThat(Q).hasToString("Q");
        assertThat(Q.format(BigFraction.of(3, -6))).isEqualTo("-1/2");
    }

    @Test
    void numeratorCarriesTheSign() {
        assertThat(Rationals.numerator(BigFraction.of(3, -4))).isEqualTo(BigInteger.valueOf(-3));
        assertThat(Rationals.numerator(BigFraction.of(-3, -4))).isEqualTo(BigInteger.valueOf(3));
        assertThat(Rationals.numerator(BigFraction.of(-3, 4))).isEqualTo(BigInteger.valueOf(-3));
        assertThat(Rationals.numerator(BigFraction.ZERO)).isEqualTo(BigInteger.ZERO);
    }

    @Test
    void slashAtTheStartIsNotARational() {
        assertThatThrownBy(() -> Rationals.parse("/2")).isInstanceOf(NumberFormatException.class);
        assertThat(Rationals.parse(" -6 / 4 ")).isEqualTo(BigFraction.of(-3, 2));
        assertThat(Rationals.parse("1.5e2")).isEqualTo(BigFraction.of(150));
        assertThat(Rationals.parse("7")).isEqualTo(BigFraction.of(7));
    }
}
