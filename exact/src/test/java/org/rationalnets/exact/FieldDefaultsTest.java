package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The default methods of {@link Field}, on a minimal F_7 that implements only the abstract
 * methods (so every default is the one under test) and counts its multiplications.
 */
class FieldDefaultsTest {

    @Test
    void derivedOperations() {
        CountingF7 f = new CountingF7();
        assertThat(f.isExact()).isTrue();
        assertThat(f.subtract(2, 5)).isEqualTo(4);           // 2 − 5 = −3 ≡ 4
        assertThat(f.divide(3, 5)).isEqualTo(2);             // 5⁻¹ = 3, 3·3 = 9 ≡ 2
        assertThat(f.multiply(3, Integer.valueOf(5))).isEqualTo(1); // 3·5 = 15 ≡ 1
        assertThat(f.multiply(-1, Integer.valueOf(2))).isEqualTo(5); // −2 ≡ 5
        assertThat(f.fromLong(-1)).isEqualTo(6);
        assertThat(f.fromLong(15)).isEqualTo(1);
        assertThat(f.areEqual(3, 3)).isTrue();
        assertThat(f.areEqual(3, 4)).isFalse();
        assertThat(f.format(6)).isEqualTo("6");
    }

    @Test
    void powByRepeatedSquaring() {
        CountingF7 f = new CountingF7();
        assertThat(f.pow(3, 0)).isEqualTo(1);
        assertThat(f.multiplications).isZero();
        assertThat(f.pow(3, 1)).isEqualTo(3);
        // one multiplication (1·3) and no useless squaring after the last bit
        assertThat(f.multiplications).isEqualTo(1);
        f.multiplications = 0;
        assertThat(f.pow(3, 5)).isEqualTo(5);   // 3^5 = 243 = 34·7 + 5
        // 5 = 101b: two multiplications into the result, two squarings
        assertThat(f.multiplications).isEqualTo(4);
        assertThat(f.pow(3, 6)).isEqualTo(1);   // Fermat
        assertThatThrownBy(() -> f.pow(3, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("negative exponent -1");
    }
}
