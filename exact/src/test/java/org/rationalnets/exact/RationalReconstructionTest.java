package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;

class RationalReconstructionTest {

    private static final BigInteger P = BigInteger.valueOf(2_147_483_647L);

    @Test
    void recoversMinusThreeSeventhsFromItsResidue() {
        // −3/7 mod p: 7·u ≡ −3
        BigInteger u = BigInteger.valueOf(-3).multiply(BigInteger.valueOf(7).modInverse(P)).mod(P);
        assertThat(RationalReconstruction.of(u, P)).contains(BigFraction.of(-3, 7));
    }

    @Test
    void failsWhenNoSmallFractionExists() {
        // m = 101: bound ⌊√50⌋ = 7; 10 is no a/b mod 101 with |a| ≤ 7, 1 ≤ b ≤ 7 (exhaustive search outside this code)
        assertThat(RationalReconstruction.of(BigInteger.valueOf(10), BigInteger.valueOf(101))).isEmpty();
        // whereas 50 ≡ −1/2 (2·50 = 100 ≡ −1)
        assertThat(RationalReconstruction.of(BigInteger.valueOf(50), BigInteger.valueOf(101)))
                .hasValueSatisfying(q -> assertThat(Rationals.toString(q)).isEqualTo("-1/2"));
    }

    /** a/b with |a| ≤ 10^5 and 1 ≤ b ≤ 10^5, the extremes one time in four. */
    static Stream<Instance<BigFraction>> fractions() {
        return Instances.of(100, r -> BigFraction.of(
                r.nextInt(4) == 0 ? (r.nextBoolean() ? 100_000 : -100_000) : r.nextInt(200_001) - 100_000,
                r.nextInt(4) == 0 ? (r.nextBoolean() ? 1 : 100_000) : 1 + r.nextInt(100_000)));
    }

    @ParameterizedTest
    @MethodSource("fractions")
    void roundTripThroughChineseRemainder(Instance<BigFraction> instance) {
        BigInteger a = Rationals.numerator(instance.value());
        BigInteger b = Rationals.denominator(instance.value());
        BigInteger q = BigInteger.valueOf(2_147_483_629L);
        BigInteger ua = a.multiply(b.modInverse(P)).mod(P);
        BigInteger ub = a.multiply(b.modInverse(q)).mod(q);
        BigInteger u = RationalReconstruction.chineseRemainder(ua, P, ub, q);
        assertThat(u.mod(P)).isEqualTo(ua);
        assertThat(u.mod(q)).isEqualTo(ub);
        assertThat(RationalReconstruction.of(u, P.multiply(q))).contains(instance.value());
    }
}
