package org.rationalnets.algorithms.dimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.instances.RandomNetworks;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;

class CertifiedDimensionTest {

    /** docs/examples.md, dimensions table: architecture, dim, amb, fills, theorem ("-" for none). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2,2,1 | 4 | 4 | true | S1",
        "1,3,2 | 2 | 2 | true | S1",
        "3,2,1 | 6 | 8 | false | S1",
        "3,2,2 | 8 | 11 | false | S1",
        "3,3,1 | 9 | 15 | false | S1",
        "4,3,2 | 15 | 39 | false | S1",
        "2,2,2,1 | 6 | 6 | true | B1",
        "2,2,2,2 | 8 | 10 | false | B1",
        "3,2,2,1 | 8 | 15 | false | B1",
        "2,1,3,1 | 2 | 2 | true | W1",
        "2,1,2,2 | 3 | 4 | false | W1"})
    void examplesTableIsCertified(String arch, int dim, int amb, boolean fills, String theorem) {
        Architecture d = Architecture.parse(arch);
        DimensionCertificate c = CertifiedDimension.of(d);
        assertThat(c.certified()).as("%s", c).isTrue();
        assertThat(c.dimension()).isEqualTo(dim);
        assertThat(c.ambientDimension()).isEqualTo(BigInteger.valueOf(amb));
        assertThat(c.fills()).isEqualTo(fills);
        assertThat(c.theorem()).isEqualTo(Theorem.valueOf(theorem));
        assertThat(c.theoremValue()).isEqualTo((long) dim);
        assertThat(c.prime()).isEqualTo(CertifiedDimension.DEFAULT_PRIME);
        assertThat(c.rankField()).isEqualTo("F_2097143");
        assertThat(c.samplePoints()).isPositive();
        assertThat(Theorems.contradictions(c)).isEmpty();
    }

    @Test
    void upperBoundReasons() {
        assertThat(CertifiedDimension.of(Architecture.of(3, 2, 1)).upperBoundReason()).isEqualTo("parameters minus torus");
        assertThat(CertifiedDimension.of(Architecture.of(1, 3, 2)).upperBoundReason()).isEqualTo("ambient");
        DimensionCertificate w1 = CertifiedDimension.of(Architecture.of(2, 1, 2, 2));
        assertThat(w1.upperBoundReason()).isEqualTo("W1: prefix (2,1) dim 2 + d_L − 1");
        assertThat(w1.widthOneValue()).isEqualTo(3L);
        assertThat(w1.expectedDimension()).isEqualTo(BigInteger.valueOf(4));
        assertThat(w1.defective()).isTrue();
        // docs/theory.md §5: (3,3,1,3,3) has dimension 11 against edim 17
        DimensionCertificate deep = CertifiedDimension.of(Architecture.of(3, 3, 1, 3, 3));
        assertThat(deep.dimension()).isEqualTo(11);
        assertThat(deep.expectedDimension()).isEqualTo(BigInteger.valueOf(17));
        assertThat(deep.upperBoundReason()).isEqualTo("W1: prefix (3,3,1) dim 9 + d_L − 1");
        assertThat(CertifiedDimension.of(Architecture.of(3, 2, 1)).widthOneValue()).isNull();
        assertThat(CertifiedDimension.of(Architecture.of(3, 2, 1)).defective()).isFalse();
    }

    /** docs/theory.md §9: (2,3,2,1) does not fill, dimension 9 in P^10; no theorem applies to it. */
    @Test
    void nonFillingBeyondThePaper() {
        DimensionCertificate c = CertifiedDimension.of(Architecture.of(2, 3, 2, 1));
        assertThat(c.dimension()).isEqualTo(9);
        assertThat(c.ambientDimension()).isEqualTo(BigInteger.TEN);
        assertThat(c.fills()).isFalse();
        assertThat(c.theorem()).isNull();
        assertThat(c.fillingTheorem()).isNull();
    }

    /** A linear network (L = 1) fills: dim = d_0·d_1 = amb. */
    @Test
    void linearNetworks() {
        DimensionCertificate c = CertifiedDimension.of(Architecture.of(3, 2));
        assertThat(c.dimension()).isEqualTo(6);
        assertThat(c.fills()).isTrue();
    }

    /**
     * S1, B1, S2, B2 and W1 over a range (d_0 ≤ 3, widths ≤ 3, L ≤ 4, d_L ≤ 3): everything is
     * certified, and every certified value agrees with the theorems that apply. The expected values
     * are the formulas, written here independently of {@link Theorems}.
     */
    @Test
    @Tag("slow") // census-sized: run by `verify`, not once per mutant under PIT
    void theoremsHoldOverARange() {
        int count = 0;
        for (int[] w : architectures(1, 3, 1, 3, 1, 4, 1, 3)) {
            Architecture d = Architecture.of(w);
            DimensionCertificate c = Theorems.requireConsistent(CertifiedDimension.of(d));
            assertThat(c.certified()).as("%s", c).isTrue();
            int n = w[0];
            int last = w[w.length - 1];
            int depth = w.length - 1;
            boolean binaryHidden = true;
            for (int k = 1; k < depth; k++) {
                binaryHidden &= w[k] == 2;
            }
            if (depth == 2) {
                assertThat(c.dimension()).as("S1 %s", d).isEqualTo(n == 1 ? last : w[1] * (n + last - 1));
                assertThat(c.fills()).as("S2 %s", d).isEqualTo(n <= 2 || w[1] == 1);
            } else if (depth >= 3 && binaryHidden) {
                assertThat(c.dimension()).as("B1 %s", d).isEqualTo(n == 1 ? last : 2 * (n + depth + last - 3));
                assertThat(c.fills()).as("B2 %s", d).isEqualTo(n == 1 || (n == 2 && last == 1));
            }
            if (n == 1) {
                assertThat(c.dimension()).as("d_0 = 1: %s", d).isEqualTo(last);
            }
            count++;
        }
        assertThat(count).isEqualTo(3 * (3 + 9 + 27 + 1) * 3);
    }

    /**
     * docs/theory.md §9, with width-1 layers: d_0 ∈ {2,3}, widths 1..3, L 2..4, d_L 1..3: exactly 28
     * defects, each with a width-1 hidden layer followed by another hidden layer, each equal to
     * its W1 value; (2,1,3,1) and (2,2,1,2,1) are not defective.
     */
    @Test
    @Tag("slow") // census-sized: run by `verify`, not once per mutant under PIT
    void censusWithWidthOneLayers() {
        List<String> defects = new ArrayList<>();
        for (int[] w : architectures(2, 3, 1, 3, 2, 4, 1, 3)) {
            DimensionCertificate c = CertifiedDimension.of(Architecture.of(w));
            assertThat(c.certified()).as("%s", c).isTrue();
            if (c.defective()) {
                defects.add(c.architecture().toString());
                assertThat((long) c.lowerBound()).isEqualTo(c.widthOneValue());
                int k = c.architecture().firstWidthOneHiddenLayer();
                assertThat(k).isPositive().isLessThan(c.architecture().depth() - 1);
            }
        }
        assertThat(defects).hasSize(28).contains("(2,1,2,2)", "(3,3,1,3,3)").doesNotContain("(2,1,3,1)", "(2,2,1,2,1)");
    }

    /** A tiny prime: the result is either uncertified or right, never a wrong certified value. */
    @Test
    void tinyPrimesNeverCertifyAWrongValue() {
        int uncertified = 0;
        for (long p : new long[] {2, 3, 5}) {
            for (int[] w : architectures(1, 3, 1, 3, 2, 3, 1, 2)) {
                Architecture d = Architecture.of(w);
                DimensionCertificate truth = CertifiedDimension.of(d, 7, CertifiedDimension.DEFAULT_PRIME);
                for (long seed = 0; seed < 3; seed++) {
                    DimensionCertificate c = CertifiedDimension.of(d, seed, p);
                    assertThat(c.lowerBound()).as("%s", c).isLessThanOrEqualTo(truth.dimension());
                    if (c.certified()) {
                        assertThat(c.dimension()).as("%s", c).isEqualTo(truth.dimension());
                    } else {
                        uncertified++;
                        assertThat(c.dimension()).isNull();
                    }
                }
            }
        }
        assertThat(uncertified).isPositive();
        // over F_2 every nonzero draw is 1, so (3,3,1) (dim 9) sees a single point: rank 1
        DimensionCertificate c = CertifiedDimension.of(Architecture.of(3, 3, 1), 1, 2);
        assertThat(c.certified()).isFalse();
        assertThat(c.dimension()).isNull();
        assertThat(c.lowerBound()).isEqualTo(1);
        assertThat(c.upperBound()).isEqualTo(9);
        assertThat(c.attempts()).isEqualTo(2);
        assertThat(c.fills()).as("the upper bound 9 is below amb 15").isFalse();
        assertThat(c.toString()).contains("1 ≤ dim ≤ 9");
        // (2,2,1) over F_2: W_1 = ones, ξ = (1,1), so x1 + x2 ≡ 0 is a pole at every point; every one is
        // rejected and counted (20 in a row per weight draw, 2 draws), nothing is skipped silently
        DimensionCertificate poles = CertifiedDimension.of(Architecture.of(2, 2, 1), 1, 2);
        assertThat(poles.lowerBound()).isZero();
        assertThat(poles.samplePoints()).isZero();
        assertThat(poles.rejectedPoints()).isEqualTo(40);
        assertThat(poles.attempts()).isEqualTo(2);
        assertThat(poles.certified()).isFalse();
        assertThat(poles.fills()).isNull();
    }

    /** With an uncertified prefix, W1 still bounds (with the prefix's upper bound) but is not reported as the theorem. */
    @Test
    void widthOneWithUncertifiedPrefix() {
        DimensionCertificate c = CertifiedDimension.of(Architecture.of(3, 3, 1, 2, 1), 1, 2);
        assertThat(c.upperBoundReason()).isEqualTo("W1: prefix (3,3,1) upper bound 9 + d_L − 1");
        assertThat(c.theorem()).isNull();
        assertThat(c.theoremValue()).isNull();
        assertThat(c.widthOneValue()).isEqualTo(9L);
        assertThat(c.lowerBound()).isLessThanOrEqualTo(9);
    }

    @Test
    void sameSeedSameCertificate() {
        Architecture d = Architecture.of(3, 3, 2, 2);
        assertThat(CertifiedDimension.of(d, 5, 101)).isEqualTo(CertifiedDimension.of(d, 5, 101));
        assertThat(CertifiedDimension.of(d, 5, 101).seed()).isEqualTo(5);
        assertThat(CertifiedDimension.of(d).seed()).isEqualTo(CertifiedDimension.DEFAULT_SEED);
    }

    @Test
    void fillsIsUnknownOnlyWhenUncertifiedAndTheUpperBoundReachesAmb() {
        Architecture d = Architecture.of(2, 2, 1);
        DimensionCertificate open = new DimensionCertificate(d, 3, 4, "parameters minus torus", BigInteger.valueOf(4),
                BigInteger.valueOf(4), 7L, 1, 3, 0, 2, Theorem.S1, 4L, Theorem.S2, true, null);
        assertThat(open.certified()).isFalse();
        assertThat(open.fills()).isNull();
        assertThat(open.defective()).isFalse();
        assertThat(Theorems.contradictions(open)).isEmpty();
        DimensionCertificate exactOne = new DimensionCertificate(d, 4, 4, "parameters minus torus", BigInteger.valueOf(4),
                BigInteger.valueOf(4), null, 1, 3, 0, 1, Theorem.S1, 4L, Theorem.S2, true, null);
        assertThat(exactOne.rankField()).isEqualTo("Q");
        assertThat(exactOne.fills()).isTrue();
    }

    /** A certified value that contradicts an applicable theorem is a hard failure. */
    @Test
    void contradictingATheoremIsAHardFailure() {
        Architecture d = Architecture.of(2, 2, 2, 2);
        DimensionCertificate wrong = new DimensionCertificate(d, 9, 9, "parameters minus torus", BigInteger.TEN,
                BigInteger.TEN, 7L, 1, 3, 0, 1, Theorem.B1, 8L, Theorem.B2, false, null);
        assertThat(Theorems.contradictions(wrong)).hasSize(1);
        assertThatThrownBy(() -> Theorems.requireConsistent(wrong))
                .isInstanceOf(Theorems.TheoremContradictionException.class)
                .hasMessageContaining("contradicts theorem B1").hasMessageContaining("gives 8");
        DimensionCertificate wrongFill = new DimensionCertificate(d, 10, 10, "ambient", BigInteger.TEN,
                BigInteger.TEN, 7L, 1, 3, 0, 1, null, null, Theorem.B2, false, null);
        assertThatThrownBy(() -> Theorems.requireConsistent(wrongFill))
                .isInstanceOf(Theorems.TheoremContradictionException.class).hasMessageContaining("filling")
                .hasMessageContaining("B2");
        assertThatThrownBy(() -> new DimensionCertificate(d, 11, 10, "ambient", BigInteger.TEN, BigInteger.TEN, 7L, 1, 3, 0,
                1, null, null, null, null, null)).isInstanceOf(IllegalStateException.class).hasMessageContaining("exceeds");
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> CertifiedDimension.of(Architecture.of(2, 2, 1), 1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CertifiedDimension.Sampling(0, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CertifiedDimension.Sampling(-1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CertifiedDimension.Sampling(0, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CertifiedDimension.Sampling(0, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Too few points: m is capped at ub + slack, so a one-attempt, one-idle-point run on (2,1,2,2) still bounds correctly. */
    @Test
    void samplingOnlyWeakensTheLowerBound() {
        CertifiedDimension.Sampling stingy = new CertifiedDimension.Sampling(0, 1, 1, 1);
        DimensionCertificate c = CertifiedDimension.of(Architecture.of(4, 3, 2), 3, CertifiedDimension.DEFAULT_PRIME, stingy);
        assertThat(c.lowerBound()).isLessThanOrEqualTo(15);
        assertThat(c.attempts()).isEqualTo(1);
        if (c.certified()) {
            assertThat(c.dimension()).isEqualTo(15);
        }
    }

    /** An architecture and the seed of the certified dimension's random points. */
    record SeededArchitecture(Architecture architecture, long seed) {
    }

    /** L ≤ 3, widths 1..3, any seed. */
    static Stream<Instance<SeededArchitecture>> small() {
        return Instances.of(25, r -> new SeededArchitecture(RandomNetworks.architecture(r, 3, 3), r.nextLong()));
    }

    /** The exact rank over Q (Bareiss) and the rank mod p certify the same dimension on random small architectures. */
    @ParameterizedTest
    @MethodSource("small")
    void exactAndModularAgree(Instance<SeededArchitecture> instance) {
        Architecture d = instance.value().architecture();
        long seed = instance.value().seed();
        DimensionCertificate exact = CertifiedDimension.exact(d, seed);
        DimensionCertificate modular = CertifiedDimension.of(d, seed, CertifiedDimension.DEFAULT_PRIME);
        assertThat(exact.prime()).isNull();
        assertThat(exact.certified()).as("%s", exact).isTrue();
        assertThat(modular.certified()).as("%s", modular).isTrue();
        assertThat(exact.dimension()).isEqualTo(modular.dimension());
        assertThat(exact.upperBound()).isEqualTo(modular.upperBound());
    }

    /** All {@code (d_0, hidden…, d_L)} with d_0, each hidden width, L and d_L in the given ranges. */
    static List<int[]> architectures(int d0lo, int d0hi, int wlo, int whi, int llo, int lhi, int dllo, int dlhi) {
        List<int[]> out = new ArrayList<>();
        for (int depth = llo; depth <= lhi; depth++) {
            int hidden = depth - 1;
            int combos = (int) Math.pow(whi - wlo + 1, hidden);
            for (int d0 = d0lo; d0 <= d0hi; d0++) {
                for (int c = 0; c < combos; c++) {
                    for (int dl = dllo; dl <= dlhi; dl++) {
                        int[] w = new int[depth + 1];
                        w[0] = d0;
                        int code = c;
                        for (int k = hidden; k >= 1; k--) {
                            w[k] = wlo + code % (whi - wlo + 1);
                            code /= whi - wlo + 1;
                        }
                        w[depth] = dl;
                        out.add(w);
                    }
                }
            }
        }
        return out;
    }
}
