package org.rationalnets.algorithms.dimension;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.core.Activation;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.PrimeField;

/**
 * Guards every upper bound of docs/theory.md §13 against Jacobian ranks: on 520 seeded random
 * (architecture, r), no bound is below the rank at either of two primes, the certified value lies
 * between the rank at a second prime and every bound, and a tiny prime never certifies a wrong value.
 */
class MonomialSoundnessTest {

    private static final int[] EXPONENTS = {2, 3, -2, -3, 2, 3, 4, -2};
    private static final long P = CertifiedDimension.DEFAULT_PRIME;
    private static final long SECOND_PRIME = PrimeField.LARGEST_31_BIT_PRIME;

    static Stream<Arguments> instances() {
        Random r = new Random(2_026_1203L);
        return IntStream.range(0, 520).mapToObj(i -> {
            long seed = r.nextLong();
            int exponent = EXPONENTS[i % EXPONENTS.length];
            return Arguments.of(seed, exponent, architecture(new SplittableRandom(seed), exponent));
        });
    }

    /** d_0 ≤ 4, L ≤ 4, hidden widths ≤ 4, d_L ≤ 3, #params ≤ 36, degree ≤ 64 for r ≥ 2 (the census range of docs/monomial.md §7). */
    static Architecture architecture(SplittableRandom r, int exponent) {
        while (true) {
            int L = 1 + r.nextInt(4);
            int[] w = new int[L + 1];
            w[0] = 1 + r.nextInt(4);
            for (int k = 1; k < L; k++) {
                w[k] = 1 + r.nextInt(4);
            }
            w[L] = 1 + r.nextInt(3);
            Architecture d = Architecture.of(w);
            if (d.parameterCount() <= 36 && Math.pow(Math.abs(exponent), L - 1) <= 64) {
                return d;
            }
        }
    }

    @ParameterizedTest(name = "seed {0}, r = {1}, d = {2}")
    @MethodSource("instances")
    void certifiedValuesRespectEveryBoundAndBothRanks(long seed, int exponent, Architecture d) {
        Activation sigma = Activation.of(exponent);
        String instance = "seed " + seed + ", σ = " + sigma + ", d = " + d;
        DimensionCertificate c = CertifiedDimension.of(d, sigma, seed, P);
        int second = CertifiedDimension.of(d, sigma, seed + 1, SECOND_PRIME).lowerBound();
        List<UpperBound> bounds = new MonomialCertifier<>(sigma, seed, CertifiedDimension.modular(P),
                CertifiedDimension.Sampling.DEFAULT, P).allBounds(d);
        for (UpperBound b : bounds) {
            assertThat(b.value()).as(instance + ": bound " + b.reason() + " against the rank mod " + P).isGreaterThanOrEqualTo(c.lowerBound());
            assertThat(b.value()).as(instance + ": bound " + b.reason() + " against the rank mod " + SECOND_PRIME).isGreaterThanOrEqualTo(second);
        }
        // docs/monomial.md §7 [observed]: these bounds meet the rank on the whole census range
        assertThat(c.certified()).as(instance + ": " + c).isTrue();
        assertThat((long) c.dimension()).as(instance).isLessThanOrEqualTo(MonomialCertifier.minimum(bounds).value())
                .isGreaterThanOrEqualTo(second);
    }

    @ParameterizedTest(name = "seed {0}, r = {1}, d = {2}")
    @MethodSource("instances")
    void aTinyPrimeNeverCertifiesAWrongValue(long seed, int exponent, Architecture d) {
        if (seed % 4 != 0) {
            return; // a quarter of the instances: tiny primes are cheap but the reference is not
        }
        Activation sigma = Activation.of(exponent);
        DimensionCertificate reference = CertifiedDimension.of(d, sigma, seed, P);
        for (long p : new long[] {2, 3, 5}) {
            DimensionCertificate tiny = CertifiedDimension.of(d, sigma, seed, p);
            String instance = "seed " + seed + ", σ = " + sigma + ", d = " + d + ", p = " + p + ": " + tiny;
            assertThat(tiny.lowerBound()).as(instance).isLessThanOrEqualTo(reference.dimension());
            if (tiny.certified()) {
                assertThat(tiny.dimension()).as(instance).isEqualTo(reference.dimension());
            }
        }
    }
}
