package org.rationalnets.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import org.rationalnets.algorithms.dimension.CertifiedDimension;
import org.rationalnets.algorithms.dimension.DimensionCertificate;
import org.rationalnets.core.Architecture;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;
import org.rationalnets.exact.instances.RandomPolynomials;

/**
 * The dimension statements of docs/theory.md against the certified engine of §5. The expected values
 * are the formulas of the statements, written out here; the engine is never asked what a theorem
 * says. Small ranges are enumerated
 * exhaustively.
 */
class DimensionProperties {

    /** Every (d_0, d_1, d_2) with d_0 ≤ 5, d_1 ≤ 6, d_2 ≤ 4. */
    static Stream<Arguments> shallowArchitectures() {
        return IntStream.rangeClosed(1, 5).boxed().flatMap(d0 -> IntStream.rangeClosed(1, 6).boxed()
                .flatMap(d1 -> IntStream.rangeClosed(1, 4).mapToObj(d2 -> Arguments.of(d0, d1, d2))));
    }

    /** Every (d_0, L, d_L) with d_0 ≤ 4, 2 ≤ L ≤ 7, d_L ≤ 4. */
    static Stream<Arguments> binaryArchitectures() {
        return IntStream.rangeClosed(1, 4).boxed().flatMap(d0 -> IntStream.rangeClosed(2, 7).boxed()
                .flatMap(L -> IntStream.rangeClosed(1, 4).mapToObj(dl -> Arguments.of(d0, L, dl))));
    }

    private static DimensionCertificate certified(Architecture d) {
        DimensionCertificate c = CertifiedDimension.of(d);
        assertThat(c.certified()).as("%s certified: %s", d, c).isTrue();
        return c;
    }

    @ParameterizedTest
    @MethodSource("shallowArchitectures")
    @DisplayName("S1 [paper: characterised; formula derived]: dim V_(d0,d1,d2) = d_2 if d_0 = 1, else d_1(d_0 + d_2 − 1); "
            + "S2 [derived]: it fills iff d_0 ≤ 2 or d_1 = 1 — for d_0 ≤ 5, d_1 ≤ 6, d_2 ≤ 4, certified")
    void shallowDimensionAndFilling(int d0, int d1, int d2) {
        Architecture d = Architecture.of(d0, d1, d2);
        DimensionCertificate c = certified(d);
        long s1 = d0 == 1 ? d2 : (long) d1 * (d0 + d2 - 1);
        assertThat(c.dimension().longValue()).as("S1 for %s", d).isEqualTo(s1);
        assertThat(c.fills()).as("S2 for %s", d).isEqualTo(d0 <= 2 || d1 == 1);
    }

    @ParameterizedTest
    @MethodSource("binaryArchitectures")
    @DisplayName("B1 [paper: bounds; exact value derived]: dim V_(d0,2,…,2,dL) = 2(d_0 + L + d_L − 3) for d_0 ≥ 2, d_L for d_0 = 1; "
            + "B2 [paper: classified]: it fills iff d_0 = 1, or d_0 = 2 and (L = 2 or d_L = 1); codimension (d_L − 1)(D_P − 1) "
            + "for d_0 = 2, L ≥ 3 — for d_0 ≤ 4, 2 ≤ L ≤ 7, d_L ≤ 4, certified")
    void binaryDimensionAndFilling(int d0, int L, int dl) {
        int[] w = new int[L + 1];
        Arrays.fill(w, 2);
        w[0] = d0;
        w[L] = dl;
        Architecture d = Architecture.of(w);
        DimensionCertificate c = certified(d);
        long b1 = d0 == 1 ? dl : 2L * (d0 + L + dl - 3);
        assertThat(c.dimension().longValue()).as("B1 for %s", d).isEqualTo(b1);
        assertThat(c.fills()).as("B2 for %s", d).isEqualTo(d0 == 1 || (d0 == 2 && (L == 2 || dl == 1)));
        if (d0 == 2 && L >= 3) {
            long dp = 1 + 2L * ((L - 1) / 2);
            assertThat(c.ambientDimension().subtract(BigInteger.valueOf(b1)).longValueExact())
                    .as("B2 codimension for %s", d).isEqualTo((dl - 1) * (dp - 1));
        }
    }

    /** L ∈ {3, 4}, widths 1..3, redrawn until a hidden layer has width 1. */
    static Stream<Instance<Architecture>> withWidthOne() {
        return Instances.of(40, r -> {
            while (true) {
                Architecture d = Architecture.of(RandomPolynomials.integers(r, 4 + r.nextInt(2), 1, 3).stream().mapToInt(Integer::intValue).toArray());
                if (d.firstWidthOneHiddenLayer() >= 1) {
                    return d;
                }
            }
        });
    }

    @ParameterizedTest
    @MethodSource("withWidthOne")
    @DisplayName("W1 [derived]: if hidden layer k is the first of width 1, dim V_d = dim V_(d0..dk) + d_L − 1 (dim V_(d0,1) = d_0) "
            + "— d_0 ≤ 3, widths ≤ 3, L = 3, 4, certified on both sides")
    void widthOneReducesToThePrefix(Instance<Architecture> instance) {
        Architecture d = instance.value();
        int k = d.firstWidthOneHiddenLayer();
        long prefix = k == 1 ? d.inputDimension() : certified(d.prefix(k)).dimension();
        assertThat(certified(d).dimension().longValue()).as("W1 for %s", d).isEqualTo(prefix + d.outputDimension() - 1);
    }

    /** L ∈ {2, 3}, widths 1..3, redrawn until there are at most 18 weights. */
    static Stream<Instance<Architecture>> small() {
        return Instances.of(25, r -> {
            while (true) {
                Architecture d = Architecture.of(RandomPolynomials.integers(r, 3 + r.nextInt(2), 1, 3).stream().mapToInt(Integer::intValue).toArray());
                if (d.parameterCount() <= 18) {
                    return d;
                }
            }
        });
    }

    @ParameterizedTest
    @MethodSource("small")
    @DisplayName("§5 fast versus slow [derived]: the Jacobian rank over F_p (dense long arithmetic) and over Q (Bareiss) are "
            + "both lower bounds of dim V_d, and both certify the same dimension")
    void modularAndExactRanksAgree(Instance<Architecture> instance) {
        Architecture d = instance.value();
        DimensionCertificate modular = CertifiedDimension.of(d, 7, CertifiedDimension.DEFAULT_PRIME);
        DimensionCertificate exact = CertifiedDimension.exact(d, 7);
        assertThat(exact.certified()).as("exact %s", exact).isTrue();
        assertThat(modular.certified()).as("modular %s", modular).isTrue();
        assertThat(modular.dimension()).isEqualTo(exact.dimension());
        assertThat(modular.lowerBound()).isLessThanOrEqualTo(exact.dimension());
        assertThat(exact.lowerBound()).isLessThanOrEqualTo(exact.dimension());
    }
}
