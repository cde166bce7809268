package org.rationalnets.algorithms.dimension;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;

/**
 * B1/B2 (docs/theory.md §7) against certified dimensions (§5) for binary hidden layers
 * {@code (d_0, 2, …, 2, d_L)}, {@code d_0 ≤ 4}, {@code 3 ≤ L ≤ 7}, {@code d_L ≤ 4}: B2's filling
 * classification, B1's value and, for {@code d_0 = 2}, B2's codimension {@code (d_L − 1)(D_P − 1)}, written
 * out here from docs/theory.md rather than taken from {@link Theorems}.
 */
class BinaryFillingProperties {

    static Architecture binary(int d0, int depth, int dL) {
        int[] w = new int[depth + 1];
        w[0] = d0;
        for (int k = 1; k < depth; k++) {
            w[k] = 2;
        }
        w[depth] = dL;
        return Architecture.of(w);
    }

    /** B2 as stated in docs/theory.md §7: fills iff d_0 = 1, or d_0 = 2 and (L = 2 or d_L = 1). */
    static boolean b2Fills(int d0, int depth, int dL) {
        return d0 == 1 || (d0 == 2 && (depth == 2 || dL == 1));
    }

    static void check(int d0, int depth, int dL) {
        Architecture d = binary(d0, depth, dL);
        DimensionCertificate c = CertifiedDimension.of(d);
        assertThat(c.certified()).as("%s: %s", d, c).isTrue();
        assertThat(c.fills()).as("%s: B2 vs certified dimension %s of %s", d, c.dimension(), c.ambientDimension())
                .isEqualTo(b2Fills(d0, depth, dL));
        long b1 = d0 == 1 ? dL : 2L * (d0 + depth + dL - 3);
        assertThat(c.dimension().longValue()).as("%s: B1", d).isEqualTo(b1);
        if (d0 == 2) {
            long dp = 1 + 2L * ((depth - 1) / 2);
            BigInteger codim = c.ambientDimension().subtract(BigInteger.valueOf(c.dimension()));
            assertThat(codim).as("%s: B2 codimension", d).isEqualTo(BigInteger.valueOf((dL - 1) * (dp - 1)));
        }
        assertThat(Theorems.fills(d).orElseThrow().value()).as("%s: Theorems.fills", d).isEqualTo(b2Fills(d0, depth, dL));
    }

    /** d_0 and d_L in 1..4, 3 ≤ L ≤ 7. */
    record BinaryArchitecture(int d0, int depth, int dL) {
    }

    static Stream<Instance<BinaryArchitecture>> binaryArchitectures() {
        return Instances.of(12, r -> new BinaryArchitecture(1 + r.nextInt(4), 3 + r.nextInt(5), 1 + r.nextInt(4)));
    }

    @ParameterizedTest
    @MethodSource("binaryArchitectures")
    void b2AgreesWithCertifiedDimensions(Instance<BinaryArchitecture> instance) {
        check(instance.value().d0(), instance.value().depth(), instance.value().dL());
    }

    /** The whole range, 80 architectures (census-sized: skipped by mutation testing). */
    @Test
    @Tag("slow")
    void b2AgreesWithCertifiedDimensionsOnTheWholeRange() {
        for (int d0 = 1; d0 <= 4; d0++) {
            for (int depth = 3; depth <= 7; depth++) {
                for (int dL = 1; dL <= 4; dL++) {
                    check(d0, depth, dL);
                }
            }
        }
    }
}
