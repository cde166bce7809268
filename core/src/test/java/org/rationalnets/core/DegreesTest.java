package org.rationalnets.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.core.instances.RandomNetworks;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;

class DegreesTest {

    @Test
    void eAndCByHand() {
        // (3,3,3,1): e = 1, 2, 4; c_2 = 3·1, c_3 = 3·2
        Degrees g = Architecture.of(3, 3, 3, 1).degrees();
        assertThat(g.e(1)).isEqualTo(1);
        assertThat(g.e(2)).isEqualTo(2);
        assertThat(g.e(3)).isEqualTo(4);
        assertThat(g.c(0)).isZero();
        assertThat(g.c(1)).isZero();
        assertThat(g.c(2)).isEqualTo(3);
        assertThat(g.c(3)).isEqualTo(6);
        assertThat(g.numeratorDegree()).isEqualTo(7);
        assertThat(g.denominatorDegree()).isEqualTo(6);
        assertThat(Architecture.of(5, 3).degrees().numeratorDegree()).isEqualTo(1);
        assertThat(Architecture.of(5, 3).degrees().denominatorDegree()).isZero();
    }

    /** 1 ≤ L ≤ 6, widths 1..6. */
    static Stream<Instance<Architecture>> architectures() {
        return Instances.of(r -> RandomNetworks.architecture(r, 6, 6));
    }

    @ParameterizedTest
    @MethodSource("architectures")
    void numeratorAndDenominatorDegreesDifferByOne(Instance<Architecture> instance) {
        Architecture d = instance.value();
        Degrees g = d.degrees();
        long expected = d.depth() % 2 == 1 ? 1 : -1;
        assertThat(g.numeratorDegree() - g.denominatorDegree()).isEqualTo(expected);
    }

    @Test
    void overflowIsReported() {
        int[] w = new int[40];
        java.util.Arrays.fill(w, 100);
        assertThatThrownBy(() -> Architecture.of(w).degrees()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void monomialCounts() {
        assertThat(AmbientSpace.monomialCount(3, 2)).isEqualTo(BigInteger.valueOf(6));
        assertThat(AmbientSpace.monomialCount(1, 9)).isEqualTo(BigInteger.ONE);
        assertThat(AmbientSpace.monomialCount(4, 40)).isEqualTo(BigInteger.valueOf(12341));
        assertThat(AmbientSpace.monomialCount(2, 0)).isEqualTo(BigInteger.ONE);
    }

    @Test
    void ambientCoordinates() {
        AmbientSpace a = Architecture.of(3, 2, 1).ambientSpace();
        assertThat(a.dimension()).isEqualTo(BigInteger.valueOf(8));
        List<String> names = a.coordinateNames();
        assertThat(names).hasSize(9);
        assertThat(names.subList(0, 3)).containsExactly("P1[1,0,0]", "P1[0,1,0]", "P1[0,0,1]");
        assertThat(names.get(3)).isEqualTo("Q[2,0,0]");
        assertThat(names.get(8)).isEqualTo("Q[0,0,2]");
        assertThat(Architecture.of(2, 2, 2).ambientSpace().coordinateNames()).startsWith("P1[1,0]", "P1[0,1]", "P2[1,0]");
    }

    /** docs/examples.md §"Degrees". */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            2,2,1       | 1  | 2
            2,2,2,2,2,1 | 5  | 4
            3,3,3,1     | 7  | 6
            2,3,2,3,1   | 8  | 9
            4,4,4,4,1   | 39 | 40
            """)
    void degreesOfExamplesMd(String arch, long dp, long dq) {
        Degrees g = Architecture.parse(arch).degrees();
        assertThat(g.numeratorDegree()).isEqualTo(dp);
        assertThat(g.denominatorDegree()).isEqualTo(dq);
    }

    /** (2,3,1): D_P = e_2 = 2, D_Q = c_2 = 3, amb = 1·N(2,2) + N(2,3) − 1 = 3 + 4 − 1 = 6. */
    @Test
    void ambientSpaceOfTwoThreeOne() {
        AmbientSpace a = Architecture.of(2, 3, 1).ambientSpace();
        assertThat(a.dimension()).isEqualTo(BigInteger.valueOf(6));
        assertThat(a.coordinateNames()).containsExactly(
                "P1[2,0]", "P1[1,1]", "P1[0,2]", "Q[3,0]", "Q[2,1]", "Q[1,2]", "Q[0,3]");
    }

    /** The listing limit counts coordinates (amb + 1): exactly at the limit they are listed. */
    @Test
    void coordinateListingLimit() {
        AmbientSpace a = Architecture.of(2, 3, 1).ambientSpace(); // 7 coordinates
        assertThat(a.coordinateNames(7)).hasSize(7);
        assertThatThrownBy(() -> a.coordinateNames(6)).isInstanceOf(ArithmeticException.class)
                .hasMessage("the ambient space of (2,3,1) has 7 coordinates, more than 6 can be listed");
        // (6,6,6,6,1): D_P = 155, D_Q = 156; N(6,155) = C(160,5) > 10^7
        assertThatThrownBy(() -> Architecture.of(6, 6, 6, 6, 1).ambientSpace().coordinateNames())
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("the ambient space of (6,6,6,6,1) has ")
                .hasMessageEndingWith("coordinates, more than 10000000 can be listed");
    }

    /** Hash codes spread: distinct degree tables do not all share one hash code. */
    @Test
    void hashCodesSpread() {
        java.util.Set<Integer> hashes = new java.util.HashSet<>();
        for (int[] w : new int[][] {{2, 1}, {2, 2, 1}, {2, 3, 1}, {3, 3, 3, 1}, {2, 2, 2, 2, 1}}) {
            hashes.add(Architecture.of(w).degrees().hashCode());
        }
        assertThat(hashes).hasSizeGreaterThan(1);
    }
}
