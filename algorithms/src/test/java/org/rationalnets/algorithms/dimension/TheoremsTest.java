package org.rationalnets.algorithms.dimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rationalnets.core.Architecture;

/** What {@link Theorems} predicts, against the statements of docs/theory.md §5–§7 evaluated by hand. */
class TheoremsTest {

    /** S1: d_2 if d_0 = 1, else d_1(d_0 + d_2 − 1); B1: d_L if d_0 = 1, else 2(d_0 + L + d_L − 3). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3,2,2 | S1 | 8", "1,3,2 | S1 | 2", "4,3,2 | S1 | 15", "2,1,3 | S1 | 4",
        "3,2,2,1 | B1 | 8", "2,2,2,2 | B1 | 8", "1,2,2,3 | B1 | 3", "2,2,2,2,2,1 | B1 | 10"})
    void dimensionTheorems(String arch, String theorem, long value) {
        Optional<Theorems.Prediction<Long>> p = Theorems.dimension(Architecture.parse(arch));
        assertThat(p).contains(new Theorems.Prediction<>(Theorem.valueOf(theorem), value));
    }

    @Test
    void noDimensionTheoremOutsideShallowAndBinary() {
        assertThat(Theorems.dimension(Architecture.of(2, 3, 2, 1))).isEmpty();
        assertThat(Theorems.dimension(Architecture.of(3, 2))).isEmpty();
        assertThat(Theorems.dimension(Architecture.of(2, 2, 1, 1))).isEmpty();
    }

    /** S2: (d_0, d_1, d_2) fills iff d_0 ≤ 2 or d_1 = 1; B2: iff d_0 = 1, or d_0 = 2 and (L = 2 or d_L = 1). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3,2,1 | S2 | false", "2,3,2 | S2 | true", "1,3,3 | S2 | true", "4,1,3 | S2 | true", "4,2,1 | S2 | false",
        "2,2,2,1 | B2 | true", "2,2,2,2 | B2 | false", "1,2,2,3 | B2 | true", "3,2,2,1 | B2 | false"})
    void fillingTheorems(String arch, String theorem, boolean value) {
        assertThat(Theorems.fills(Architecture.parse(arch))).contains(new Theorems.Prediction<>(Theorem.valueOf(theorem), value));
    }

    @Test
    void noFillingTheoremOutsideShallowAndBinary() {
        assertThat(Theorems.fills(Architecture.of(2, 3, 2, 1))).isEmpty();
        assertThat(Theorems.fills(Architecture.of(2, 2))).isEmpty();
    }

    /** W1 at the first width-1 hidden layer: prefix dimension + d_L − 1; nothing without a width-1 hidden layer. */
    @Test
    void widthOne() {
        assertThat(Theorems.widthOne(Architecture.of(2, 1, 2, 2), 2)).contains(new Theorems.Prediction<>(Theorem.W1, 3L));
        assertThat(Theorems.widthOne(Architecture.of(3, 3, 1, 3, 3), 9)).contains(new Theorems.Prediction<>(Theorem.W1, 11L));
        assertThat(Theorems.widthOne(Architecture.of(3, 2, 1), 6)).isEmpty();
        assertThat(Theorems.widthOne(Architecture.of(2, 1), 2)).as("the output layer is not hidden").isEmpty();
    }

    /**
     * The statements alone: W1 at the first width-1 hidden layer, the prefix again by the statements
     * ({@code dim V_(d0,1) = d_0}), otherwise S1 or B1 (values from docs/theory.md §5–§7 by hand).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2,1,2,2 | W1 | 3", "3,3,1,3,3 | W1+S1 | 11", "2,2,1,2,1 | W1+S1 | 4", "2,2,2,1,3 | W1+B1 | 8",
        "3,1,4 | W1 | 6", "1,1,3 | W1 | 3", "2,2,1,1,2 | W1+S1 | 5", "3,2,1 | S1 | 6", "3,2,2,1 | B1 | 8"})
    void statedDimension(String arch, String theorems, long value) {
        assertThat(Theorems.statedDimension(Architecture.parse(arch))).contains(new Theorems.StatedDimension(value, theorems));
    }

    @Test
    void noStatedDimensionWhereNoStatementApplies() {
        assertThat(Theorems.statedDimension(Architecture.of(2, 3, 2, 1))).isEmpty();
        assertThat(Theorems.statedDimension(Architecture.of(3, 2))).isEmpty();
        assertThat(Theorems.statedDimension(Architecture.of(2, 3, 2, 1, 2))).as("W1 needs the prefix's dimension").isEmpty();
    }

    @Test
    void theLabelsAndProvenanceOfTheory() {
        assertThat(Theorem.S1.label()).isEqualTo("S1");
        assertThat(Theorem.W1.label()).isEqualTo("W1");
        assertThat(Theorem.S1.provenance()).isEqualTo("[paper: characterised; formula derived]");
        assertThat(Theorem.S2.provenance()).isEqualTo("[derived]");
        assertThat(Theorem.B2.provenance()).isEqualTo("[paper: classified; statement derived]");
        assertThat(Theorem.S2.statement()).isEqualTo("(d0,d1,d2) fills iff d0 ≤ 2 or d1 = 1");
        assertThat(Theorem.B1.statement()).contains("2(d0 + L + dL − 3)");
    }

    @Test
    void aConsistentCertificatePassesUnchanged() {
        DimensionCertificate c = new DimensionCertificate(Architecture.of(2, 2, 1), 4, 4, "parameters minus torus",
                BigInteger.valueOf(4), BigInteger.valueOf(4), 7L, 1, 4, 0, 1, Theorem.S1, 4L, Theorem.S2, true, null);
        assertThat(Theorems.contradictions(c)).isEmpty();
        assertThat(Theorems.requireConsistent(c)).isSameAs(c);
    }

    /** The messages name what was certified, the theorem, its provenance and statement. */
    @Test
    void contradictionMessages() {
        Architecture d = Architecture.of(2, 2, 2, 2);
        DimensionCertificate filling = new DimensionCertificate(d, 10, 10, "ambient", BigInteger.TEN,
                BigInteger.TEN, 7L, 1, 3, 0, 1, null, null, Theorem.B2, false, null);
        assertThat(Theorems.contradictions(filling)).containsExactly(
                "certified filling of (2,2,2,2) contradicts theorem B2 [paper: classified; statement derived] "
                        + "((d0,2,…,2,dL) fills iff d0 = 1, or d0 = 2 and (L = 2 or dL = 1))");
        // certified 3 in P^4 for (2,2,1), where S1 says 4 and S2 says it fills
        DimensionCertificate both = new DimensionCertificate(Architecture.of(2, 2, 1), 3, 3, "test", BigInteger.valueOf(4),
                BigInteger.valueOf(4), 7L, 1, 3, 0, 1, Theorem.S1, 4L, Theorem.S2, true, null);
        assertThat(Theorems.contradictions(both)).containsExactly(
                "certified dimension 3 of (2,2,1) contradicts theorem S1 [paper: characterised; formula derived] "
                        + "(dim V_(d0,d1,d2) = d2 if d0 = 1, d1·(d0 + d2 − 1) if d0 ≥ 2), which gives 4",
                "certified non-filling of (2,2,1) contradicts theorem S2 [derived] ((d0,d1,d2) fills iff d0 ≤ 2 or d1 = 1)");
        assertThatThrownBy(() -> Theorems.requireConsistent(both)).hasMessageContaining("— certificate: DimensionCertificate(2,2,1)");
    }

    @Test
    void certificateText() {
        Architecture d = Architecture.of(2, 2, 1);
        DimensionCertificate c = new DimensionCertificate(d, 4, 4, "parameters minus torus", BigInteger.valueOf(4),
                BigInteger.valueOf(4), 7L, 1, 4, 0, 1, Theorem.S1, 4L, Theorem.S2, true, null);
        assertThat(c).hasToString("DimensionCertificate(2,2,1)[dim = 4, lower bound: rank over F_7 at 4 points (seed 1), "
                + "upper bound: 4 (parameters minus torus), amb = 4, S1 gives 4]");
        DimensionCertificate none = new DimensionCertificate(d, 3, 4, "parameters minus torus", BigInteger.valueOf(4),
                BigInteger.valueOf(4), null, 2, 5, 0, 2, null, null, null, null, null);
        assertThat(none).hasToString("DimensionCertificate(2,2,1)[3 ≤ dim ≤ 4, lower bound: rank over Q at 5 points (seed 2), "
                + "upper bound: 4 (parameters minus torus), amb = 4]");
    }
}
