package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;
import org.rationalnets.exact.instances.RandomPolynomials;

class PrimeFieldTest {

    private static final PrimeField F = PrimeField.of(PrimeField.LARGEST_31_BIT_PRIME);

    /** Nonzero residues: 1, 2, p − 1 and p − 2 (the edges) one time in eight, else uniform. */
    static Stream<Instance<Long>> units() {
        long p = PrimeField.LARGEST_31_BIT_PRIME;
        return Instances.of(r -> r.nextInt(8) == 0 ? List.of(1L, 2L, p - 1, p - 2).get(r.nextInt(4)) : 1 + (long) (r.nextDouble() * (p - 1)));
    }

    /** Any two longs, edge values included. */
    static Stream<Instance<List<Long>>> pairs() {
        return Instances.of(r -> List.of(RandomPolynomials.anyLong(r), RandomPolynomials.anyLong(r)));
    }

    @ParameterizedTest
    @MethodSource("units")
    void inverseIsInverse(Instance<Long> instance) {
        long a = instance.value();
        assertThat(F.mul(a, F.inv(a))).isEqualTo(1L);
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void arithmeticAgreesWithBigInteger(Instance<List<Long>> instance) {
        long a = instance.value().get(0);
        long b = instance.value().get(1);
        BigInteger p = BigInteger.valueOf(F.modulus());
        long ra = F.fromLong(a);
        long rb = F.fromLong(b);
        assertThat(F.multiply(ra, rb)).isEqualTo(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).mod(p).longValue());
        assertThat(F.add(ra, rb)).isEqualTo(BigInteger.valueOf(a).add(BigInteger.valueOf(b)).mod(p).longValue());
        assertThat(F.subtract(ra, rb)).isEqualTo(BigInteger.valueOf(a).subtract(BigInteger.valueOf(b)).mod(p).longValue());
        assertThat(F.add(ra, F.negate(ra))).isZero();
    }

    @Test
    void rationalsReduceAndRefuseVanishingDenominators() {
        PrimeField f7 = PrimeField.of(7);
        assertThat(f7.fromRational(BigFraction.of(1, 2))).isEqualTo(4L);
        assertThat(f7.fromRational(BigFraction.of(1, -2))).isEqualTo(3L);
        assertThat(f7.fromRational(BigFraction.of(-3))).isEqualTo(4L);
        assertThatThrownBy(() -> f7.fromRational(BigFraction.of(1, 14))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> f7.reciprocal(0L)).isInstanceOf(ArithmeticException.class);
        assertThat(f7.characteristic()).isEqualTo(BigInteger.valueOf(7));
        assertThat(f7.divide(3L, 5L)).isEqualTo(f7.mul(3, f7.inv(5)));
    }

    @Test
    void onlyPrimesBelowTwoToThe31() {
        assertThatThrownBy(() -> PrimeField.of(15)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrimeField.of(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrimeField.of(4_294_967_311L)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PrimeField.of(2).modulus()).isEqualTo(2);
        assertThat(PrimeField.of(13)).isEqualTo(PrimeField.of(13)).isNotEqualTo(PrimeField.of(11));
    }

    @Test
    void doublesAreTheInexactDemoField() {
        assertThat(Doubles.R64.isExact()).isFalse();
        assertThat(Doubles.R64.divide(1.0, 4.0)).isEqualTo(0.25);
        assertThat(Doubles.R64.fromRational(BigFraction.of(3, 4))).isEqualTo(0.75);
        assertThatThrownBy(() -> Doubles.R64.reciprocal(0.0)).isInstanceOf(ArithmeticException.class);
    }
}
