package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** The floating-point demo field; all values below are exactly representable binary fractions. */
class DoublesTest {

    private static final Doubles R = Doubles.R64;

    @Test
    void arithmetic() {
        assertThat(R.add(1.5, 2.25)).isEqualTo(3.75);
        assertThat(R.subtract(1.5, 2.25)).isEqualTo(-0.75);
        assertThat(R.negate(2.5)).isEqualTo(-2.5);
        assertThat(R.multiply(1.5, 4.0)).isEqualTo(6.0);
        assertThat(R.divide(3.0, 4.0)).isEqualTo(0.75);
        assertThat(R.reciprocal(4.0)).isEqualTo(0.25);
        assertThat(R.reciprocal(-0.5)).isEqualTo(-2.0);
        assertThat(R.one()).isEqualTo(1.0);
        assertThat(R.zero()).isEqualTo(0.0);
    }

    @Test
    void reciprocalOfZeroIsRefused() {
        assertThatThrownBy(() -> R.reciprocal(0.0)).isInstanceOf(ArithmeticException.class)
                .hasMessage("division by zero");
        assertThatThrownBy(() -> R.reciprocal(-0.0)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void zeroTestIsExact() {
        assertThat(R.isZero(0.0)).isTrue();
        assertThat(R.isZero(-0.0)).isTrue();
        assertThat(R.isZero(1e-300)).isFalse();
        assertThat(R.isZero(-3.0)).isFalse();
        assertThat(R.areEqual(0.5, 0.5)).isTrue();
        assertThat(R.areEqual(0.5, 0.25)).isFalse();
    }

    @Test
    void embeddingsAndCharacteristic() {
        assertThat(R.fromBigInteger(BigInteger.ONE.shiftLeft(60))).isEqualTo(1152921504606846976.0);
        assertThat(R.fromBigInteger(BigInteger.valueOf(-7))).isEqualTo(-7.0);
        assertThat(R.fromLong(-3)).isEqualTo(-3.0);
        assertThat(R.fromRational(BigFraction.of(-3, 8))).isEqualTo(-0.375);
        assertThat(R.characteristic()).isEqualTo(BigInteger.ZERO);
        assertThat(R.isExact()).isFalse();
        assertThat(R).hasToString("double");
        assertThat(R.pow(1.5, 3)).isEqualTo(3.375);
    }
}
