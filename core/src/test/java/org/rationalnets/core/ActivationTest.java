package org.rationalnets.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rationalnets.exact.PrimeField;
import org.rationalnets.exact.Rationals;

class ActivationTest {

    @Test
    void printsAndParsesTheCommandLineForms() {
        assertThat(Activation.RECIPROCAL).hasToString("1/t");
        assertThat(Activation.of(-1)).isSameAs(Activation.RECIPROCAL);
        assertThat(Activation.of(2)).hasToString("t^2");
        assertThat(Activation.of(-3)).hasToString("t^-3");
        assertThat(Activation.parse("1/t")).isEqualTo(Activation.RECIPROCAL);
        assertThat(Activation.parse(" t^2 ").exponent()).isEqualTo(2);
        assertThat(Activation.parse("t^-3").exponent()).isEqualTo(-3);
        assertThat(Activation.parse("t^(−3)").exponent()).isEqualTo(-3);
        assertThat(Activation.parse("t^+4").exponent()).isEqualTo(4);
        assertThat(Activation.parse("t^-1")).isSameAs(Activation.RECIPROCAL);
    }

    @ParameterizedTest
    @ValueSource(ints = {-7, -3, -2, -1, 2, 3, 5})
    void roundTrips(int r) {
        Activation a = Activation.of(r);
        assertThat(Activation.parse(a.toString())).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(a.exponent()).isEqualTo(r);
        assertThat(a.magnitude()).isEqualTo(Math.abs(r));
        assertThat(a.isPolynomial()).isEqualTo(r >= 2);
        assertThat(a.isReciprocal()).isEqualTo(r == -1);
    }

    @Test
    void rejectsZeroAndOneSayingWhy() {
        assertThatThrownBy(() -> Activation.parse("t^0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t^0").hasMessageContaining("constant");
        assertThatThrownBy(() -> Activation.parse("t^1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t^1").hasMessageContaining("linear");
        assertThatThrownBy(() -> Activation.of(0)).hasMessageContaining("r = 0");
        assertThatThrownBy(() -> Activation.of(1)).hasMessageContaining("r = 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"t^x", "t", "t^", "x^2", "1/x", "t^2.5", "", "t^1234567", "t^(2"})
    void rejectsMalformedText(String text) {
        assertThatThrownBy(() -> Activation.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected an activation 1/t or t^r").hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void appliesAndDifferentiates() {
        BigFraction t = BigFraction.of(2, 3);
        assertThat(Activation.of(3).apply(Rationals.Q, t)).isEqualTo(BigFraction.of(8, 27));
        assertThat(Activation.of(-2).apply(Rationals.Q, t)).isEqualTo(BigFraction.of(9, 4));
        assertThat(Activation.RECIPROCAL.apply(Rationals.Q, t)).isEqualTo(BigFraction.of(3, 2));
        // σ'(t) = r t^{r−1}: 3·4/9, −2·27/8, −1·9/4
        assertThat(Activation.of(3).derivative(Rationals.Q, t, BigFraction.of(8, 27))).isEqualTo(BigFraction.of(4, 3));
        assertThat(Activation.of(-2).derivative(Rationals.Q, t, BigFraction.of(9, 4))).isEqualTo(BigFraction.of(-27, 4));
        assertThat(Activation.RECIPROCAL.derivative(Rationals.Q, t, BigFraction.of(3, 2))).isEqualTo(BigFraction.of(-9, 4));
        // at t = 0 the polynomial derivative is 0 (no division by t)
        assertThat(Activation.of(2).derivative(Rationals.Q, BigFraction.ZERO, BigFraction.ZERO)).isEqualTo(BigFraction.ZERO);
        PrimeField f = PrimeField.of(7);
        assertThat(Activation.of(2).apply(f, 3L)).isEqualTo(2L);
        assertThat(Activation.of(-2).apply(f, 3L)).isEqualTo(4L); // 3^{-1} = 5, 5² = 25 = 4
        assertThatThrownBy(() -> Activation.of(-2).apply(Rationals.Q, BigFraction.ZERO)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void equalityIsByExponent() {
        assertThat(Activation.of(2)).isEqualTo(Activation.of(2)).isNotEqualTo(Activation.of(3)).isNotEqualTo("t^2");
        assertThat(java.util.stream.IntStream.of(-3, -2, -1, 2, 3).map(r -> Activation.of(r).hashCode()).distinct().count()).isEqualTo(5);
    }
}
