package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Boundaries of {@link RationalReconstruction}: bound = ⌊√⌊m/2⌋⌋, reached exactly. */
class RationalReconstructionBoundsTest {

    private static Optional<BigFraction> of(long u, long m) {
        return RationalReconstruction.of(BigInteger.valueOf(u), BigInteger.valueOf(m));
    }

    @Test
    void smallestModulusIsTwo() {
        assertThat(of(1, 2)).contains(BigFraction.ONE);
        assertThatThrownBy(() -> of(1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a modulus ≥ 2, got 1");
    }

    @Test
    void numeratorEqualToTheBound() {
        // m = 50: bound ⌊√25⌋ = 5, and 5 = 5/1 is within it
        assertThat(of(5, 50)).contains(BigFraction.of(5));
    }

    @Test
    void denominatorEqualToTheBound() {
        // m = 37: bound ⌊√18⌋ = 4; 4⁻¹ ≡ 28 (4·28 = 112 = 3·37 + 1), so 28 ↦ 1/4
        Optional<BigFraction> r = of(28, 37);
        assertThat(r).contains(BigFraction.of(1, 4));
    }

    @Test
    void negativeFractionsHaveAPositiveDenominator() {
        // −1/4 ≡ −28 ≡ 9 (mod 37)
        BigFraction r = of(9, 37).orElseThrow();
        assertThat(r).isEqualTo(BigFraction.of(-1, 4));
        assertThat(r.getDenominator()).isEqualTo(BigInteger.valueOf(4));
        assertThat(r.getNumerator()).isEqualTo(BigInteger.valueOf(-1));
    }
}
