package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrimeFieldBoundariesTest {

    @Test
    void largestAdmittedModulusIsTheMersennePrime2To31Minus1() {
        assertThat(PrimeField.of(2_147_483_647L).modulus()).isEqualTo(2_147_483_647L);
        assertThatThrownBy(() -> PrimeField.of(2_147_483_648L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a prime 2 ≤ p < 2^31, got 2147483648");
        assertThatThrownBy(() -> PrimeField.of(0)).hasMessageContaining("got 0");
    }

    @Test
    void reduceLandsInZeroToP() {
        PrimeField f7 = PrimeField.of(7);
        assertThat(f7.reduce(7)).isZero();
        assertThat(f7.reduce(-7)).isZero();
        assertThat(f7.reduce(0)).isZero();
        assertThat(f7.reduce(-1)).isEqualTo(6);
        assertThat(f7.reduce(15)).isEqualTo(1);
        assertThat(f7.fromLong(-14)).isZero();
    }

    @Test
    void inverses() {
        PrimeField f7 = PrimeField.of(7);
        assertThat(f7.inv(1)).isEqualTo(1);
        assertThat(f7.inv(3)).isEqualTo(5);   // 3·5 = 15 ≡ 1
        assertThat(f7.inv(6)).isEqualTo(6);   // 6·6 = 36 ≡ 1
        assertThatThrownBy(() -> f7.inv(0)).hasMessage("division by zero in F_7");
        // a long outside [0, 7) is reduced first: 14 ≡ 0 has no inverse (it used to come back as 0), −1 ≡ 6
        assertThatThrownBy(() -> f7.inv(14)).hasMessage("division by zero in F_7");
        assertThat(f7.inv(-1)).isEqualTo(6);
        assertThat(f7.inv(10)).isEqualTo(5);  // 10 ≡ 3
    }

    @Test
    void equalityHashAndText() {
        PrimeField f7 = PrimeField.of(7);
        assertThat(f7.areEqual(3L, 3L)).isTrue();
        assertThat(f7.areEqual(3L, 4L)).isFalse();
        assertThat(f7.areEqual(Long.valueOf(1000), Long.valueOf(1000))).isTrue(); // by value, not identity
        assertThat(f7.zero()).isEqualTo(0L);
        assertThat(f7.one()).isEqualTo(1L);
        assertThat(PrimeField.of(2).one()).isEqualTo(1L);
        assertThat(f7).hasToString("F_7");
        assertThat(f7.hashCode()).isEqualTo(PrimeField.of(7).hashCode()).isNotEqualTo(PrimeField.of(5).hashCode());
        assertThat(f7).isNotEqualTo("F_7");
    }
}
