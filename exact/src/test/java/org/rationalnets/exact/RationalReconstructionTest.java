package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

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

    @Property(tries = 100)
    void roundTripThroughChineseRemainder(@ForAll @IntRange(min = -100000, max = 100000) int a,
                                          @ForAll @IntRange(min = 1, max = 100000) int b) {
        BigInteger q = BigInteger.valueOf(2_147_483_629L);
        BigInteger ua = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b).modInverse(P)).mod(P);
        BigInteger ub = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b).modInverse(q)).mod(q);
        BigInteger u = RationalReconstruction.chineseRemainder(ua, P, ub, q);
        assertThat(u.mod(P)).isEqualTo(ua);
        assertThat(u.mod(q)).isEqualTo(ub);
        assertThat(RationalReconstruction.of(u, P.multiply(q))).contains(BigFraction.of(a, b));
    }
}
