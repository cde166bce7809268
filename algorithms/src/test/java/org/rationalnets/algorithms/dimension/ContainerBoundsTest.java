package org.rationalnets.algorithms.dimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.core.Activation;
import org.rationalnets.core.AmbientSpace;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.PrimeField;

/** The bounds (C), (B1), (B2) and (H) of docs/theory.md §13.6–13.7: hand-verified values and a guard against ranks. */
class ContainerBoundsTest {

    private static final long P = CertifiedDimension.DEFAULT_PRIME;

    private static MonomialCertifier<Long> certifier(int r, long seed) {
        return new MonomialCertifier<>(Activation.of(r), seed, CertifiedDimension.modular(P), CertifiedDimension.Sampling.DEFAULT, P);
    }

    /** The parts of a real certifier for σ = t^2, except that {@code part}'s dimension is stated as {@code dim}. */
    private static ContainerBounds.Parts stating(Architecture part, int dim) {
        MonomialCertifier<Long> real = certifier(2, 1);
        return new ContainerBounds.Parts() {
            @Override
            public DimensionCertificate certify(Architecture a) {
                if (!a.equals(part)) {
                    return real.certify(a);
                }
                BigInteger amb = AmbientSpace.of(a, Activation.of(2)).dimension();
                return new DimensionCertificate(a, dim, dim, "stated", amb, amb, P, 1, 0, 0, 1, null, null, null, null, null,
                        Activation.of(2), List.of());
            }

            @Override
            public ContainerBounds.SpanRanks spans(Architecture head) {
                return real.spans(head);
            }
        };
    }

    private static UpperBound bound(String arch, int r, String name) {
        return certifier(r, 1).allBounds(Architecture.parse(arch)).stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no bound " + name + " for " + arch));
    }

    @ParameterizedTest(name = "{0}, r = {1}: {2} by {3}")
    @CsvSource(delimiter = ';', value = {
        // five ternary squares span a hyperplane R_1 of the quadrics (a 5-dimensional family); six of its elements: 6·5
        "3,5,6; 2; 35; B1_1: 35 = Φ_1 + dim(5,6), Φ_1 ≤ 5",
        // the two rows of the dim --batch benchmark that T_k and G_k left at lower bound only
        "3,5,6,5,3; 2; 69; T_2: 69 = dim(3,5,6) + dim(6,5,3) − 6",
        "3,5,7,7,4,5,2; 2; 119; T_2: 119 = dim(3,5,7) + dim(7,7,4,5,2) − 7",
        // four ternary squares satisfy a quartic relation (Steiner surface): h(4) ≤ C(7,3) − C(3,3) = 34, family 4·2
        "3,4,6,6,1; 2; 42; H_1: 42 = Φ_1 + d_L·h = 8 + 1·34",
        // docs/bounds.md: three squares of binary quadrics satisfy a quartic relation, h(8) ≤ C(10,2) − C(6,2) = 30
        "2,19,3,15,20,11,3; 2; 96; H_2: 96 = Φ_2 + d_L·h = 6 + 3·30",
        // the same for r = 3: three cubes of binary forms, h(3) ≤ C(5,2) − C(2,2) = 9, family 3·1
        "2,3,7,6; 3; 57; H_1: 57 = Φ_1 + d_L·h = 3 + 6·9",
        // R_2 is spanned by cubes of elements of R_1 (three binary cubics with a cubic relation): dim C[R_1]_3 ≤ 9, so
        // the 8-dimensional R_2 is a hyperplane of a 9-space determined by R_1 (a 3-dimensional family): 3 + 8; nine
        // outputs in it: dim(8,9) = 72. A row of the Dao–Rodriguez r = 3 table (their rank: 83)
        "2,3,8,9; 3; 83; B1_2: 83 = Φ_2 + dim(8,9), Φ_2 ≤ 11 [Σ_2 + max t(τ_2 − t), 8 ≤ t ≤ 8, τ_2 = 9 by h_{R_1}(3) ≤ "
                + "C(5, 2) − C(2, 2) = 9",
    })
    void certifiesHandVerifiedValues(String arch, int r, int dim, String reason) {
        DimensionCertificate c = CertifiedDimension.of(Architecture.parse(arch), Activation.of(r), 1, P);
        assertThat(c.certified()).as(c.toString()).isTrue();
        assertThat(c.dimension()).as(c.toString()).isEqualTo(dim);
        assertThat(c.upperBoundReason()).as(c.toString()).startsWith(reason);
    }

    @Test
    void theBatchRowsAreCertifiedThroughTheirHeads() {
        DimensionCertificate c = CertifiedDimension.of(Architecture.of(3, 5, 6, 5, 3), Activation.of(2), 1, P);
        DimensionCertificate head = c.parts().get(0);
        assertThat(head.architecture()).isEqualTo(Architecture.of(3, 5, 6));
        assertThat(head.upperBoundReason()).isEqualTo("B1_1: 35 = Φ_1 + dim(5,6), Φ_1 ≤ 5 [Σ_1 + max t(τ_1 − t), 5 ≤ t ≤ 5, "
                + "τ_1 = 6: 0 + 5, Σ_1 by S_1 = R_0, Φ_0 ≤ 0]");
        assertThat(head.parts()).extracting(DimensionCertificate::architecture).containsExactly(Architecture.of(5, 6));
    }

    @Test
    void compositionFeedsTheTailTheSpanOfTheSquares() {
        // (2,4,3,1): four binary squares span the 3 quadrics; dim(2,4) = 8, dim(3,3,1) = 6 (all ternary quadrics)
        UpperBound c = bound("2,4,3,1", 2, "C_1");
        assertThat(c.value()).isEqualTo(10);
        assertThat(c.reason()).isEqualTo("C_1: 10 = dim(2,4) − 4 + dim(3,3,1) [dim R_1 ≤ 3]");
        assertThat(c.parts()).extracting(DimensionCertificate::architecture)
                .containsExactly(Architecture.of(2, 4), Architecture.of(3, 3, 1));
        // R_1 is all of the binary quadrics (4 ≥ τ_1 = 3): a fixed space, so only the tail counts
        UpperBound b = bound("2,4,3,1", 2, "B1_1");
        assertThat(b.value()).isEqualTo(6);
        assertThat(b.reason()).startsWith("B1_1: 6 = Φ_1 + dim(3,3,1), Φ_1 ≤ 0 [R_1 = C[S_1]_r");
    }

    @Test
    void theSecondContainerIsTheSpanOfThePreActivations() {
        // (2,2,4,1): S_2 = R_1 = span{ℓ_1², ℓ_2²}, a pencil of binary quadrics through two squares (a 2-dimensional
        // family); f is a quadratic form in two quadrics: dim(2,4,1) = 3
        UpperBound b = bound("2,2,4,1", 2, "B2_2");
        assertThat(b.value()).isEqualTo(5);
        assertThat(b.reason()).startsWith("B2_2: 5 = Σ_2 + dim(2,4,1), Σ_2 ≤ 2 [S_2 = R_1, Φ_1 ≤ 2]");
        assertThat(bound("2,2,4,1", 2, "C_2").value()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theFibreRuleBoundsTheFamilyOfSpansByTheHead() {
        // (T): Σ_2 ≤ dim(3,4,5) − 5·dim S_2; with the head's bound stated as 25 and dim S_2 ≥ 4 (rank of the values),
        // Σ_2 ≤ 5, below Φ_1 = 8 (S_2 = R_1); B2_2 = Σ_2 + dim(4,5,1) with dim(4,5,1) = 10 (AH: all quaternary quadrics)
        ContainerBounds.Parts stated = stating(Architecture.of(3, 4, 5), 25);
        UpperBound b = ContainerBounds.of(Architecture.of(3, 4, 5, 1), Activation.of(2), stated).stream()
                .filter(u -> u.name().equals("B2_2")).findFirst().orElseThrow();
        assertThat(b.value()).isEqualTo(15);
        assertThat(b.reason()).startsWith("B2_2: 15 = Σ_2 + dim(4,5,1), Σ_2 ≤ 5 [(T): dim(3,4,5) − 5·4, dim S_2 ≥ 4 (rank mod "
                + P + " at 7 points)]");
    }

    /**
     * Every bound of §13.6–13.7 for small architectures, with its arithmetic, each checked by hand: e.g. for
     * (2,2,4,1): σ_1 = 2, τ_1 = 3, ρ_1 = 2 = d_1 (no C_1), Φ_1 = 0 + 2·1 = 2 = dim(2,2) − 2 (a tie: no B1_1);
     * H_1 would be 5 ≥ dim(2,4,1) = 3; σ_2 = 2, τ_2 = 3, ρ_2 = 3 < 4, dim(2,2,4) = 10; H_2 needs a relation of
     * degree 2 or 4 above m = 1.
     */
    @ParameterizedTest(name = "{0}, r = {1}")
    @CsvSource(delimiter = '|', value = {
        "2,2,4,1 | 2 | C_2: 9 = dim(2,2,4) − 4 + dim(3,1) [dim R_2 ≤ 3]"
                + " ; B1_2: 5 = Φ_2 + dim(3,1), Φ_2 ≤ 2 [R_2 = C[S_2]_r, Σ_2 ≤ 2 by S_2 = R_1, Φ_1 ≤ 2]"
                + " ; B2_2: 5 = Σ_2 + dim(2,4,1), Σ_2 ≤ 2 [S_2 = R_1, Φ_1 ≤ 2]",
        "2,4,3,1 | 2 | C_1: 10 = dim(2,4) − 4 + dim(3,3,1) [dim R_1 ≤ 3]"
                + " ; B1_1: 6 = Φ_1 + dim(3,3,1), Φ_1 ≤ 0 [R_1 = C[S_1]_r, Σ_1 ≤ 0 by S_1 = R_0, Φ_0 ≤ 0]"
                + " ; H_1: 5 = Φ_1 + d_L·h = 0 + 1·5, h_{R_1}(2) ≤ C(4, 2) − C(2, 2) = 5 (R_1 ⊆ C[R_0]_2, dim R_0 ≤ 2,"
                + " dim R_1 ≤ 3), Φ_1 ≤ 0 [R_1 = C[S_1]_r, Σ_1 ≤ 0 by S_1 = R_0, Φ_0 ≤ 0]",
        "3,5,6 | 2 | B1_1: 35 = Φ_1 + dim(5,6), Φ_1 ≤ 5 [Σ_1 + max t(τ_1 − t), 5 ≤ t ≤ 5, τ_1 = 6: 0 + 5, Σ_1 by S_1 = R_0,"
                + " Φ_0 ≤ 0]",
        "3,4,6,6,1 | 2 | H_1: 42 = Φ_1 + d_L·h = 8 + 1·34, h_{R_1}(4) ≤ C(7, 3) − C(3, 3) = 34 (R_1 ⊆ C[R_0]_2,"
                + " dim R_0 ≤ 3, dim R_1 ≤ 4), Φ_1 ≤ 8 [Σ_1 + d_1·(σ_1 − 1) = 0 + 4·2, Σ_1 by S_1 = R_0, Φ_0 ≤ 0]"
                + " ; B2_2: 43 = Σ_2 + dim(4,6,6,1), Σ_2 ≤ 8 [S_2 = R_1, Φ_1 ≤ 8]",
        "3,3,4,2,1 | 2 | B2_2: 17 = Σ_2 + dim(3,4,2,1), Σ_2 ≤ 6 [S_2 = R_1, Φ_1 ≤ 6]",
        "2,3,7,6 | 3 | H_1: 57 = Φ_1 + d_L·h = 3 + 6·9, h_{R_1}(3) ≤ C(5, 2) − C(2, 2) = 9 (R_1 ⊆ C[R_0]_3, dim R_0 ≤ 2,"
                + " dim R_1 ≤ 3), Φ_1 ≤ 3 [Σ_1 + d_1·(σ_1 − 1) = 0 + 3·1, Σ_1 by S_1 = R_0, Φ_0 ≤ 0]"
                + " ; B2_2: 59 = Σ_2 + dim(3,7,6), Σ_2 ≤ 3 [S_2 = R_1, Φ_1 ≤ 3]",
        // d_1 = τ_1 = 3: R_1 is all binary quadrics; dim(3,3,1) = 6, h_{R_1}(2) ≤ 6 − 1 (the conic)
        "2,3,3,1 | 2 | B1_1: 6 = Φ_1 + dim(3,3,1), Φ_1 ≤ 0 [R_1 = C[S_1]_r, Σ_1 ≤ 0 by S_1 = R_0, Φ_0 ≤ 0]"
                + " ; H_1: 5 = Φ_1 + d_L·h = 0 + 1·5, h_{R_1}(2) ≤ C(4, 2) − C(2, 2) = 5 (R_1 ⊆ C[R_0]_2, dim R_0 ≤ 2,"
                + " dim R_1 ≤ 3), Φ_1 ≤ 0 [R_1 = C[S_1]_r, Σ_1 ≤ 0 by S_1 = R_0, Φ_0 ≤ 0]",
        // dim(3,3,4,1) = 9 + 6 − 3 (T_1), dim(3,4,1) = 6; Φ_2 = 0 + 3·2 = dim(2,3,3) − 3 = 6
        "2,3,3,4,1 | 2 | B1_1: 12 = Φ_1 + dim(3,3,4,1), Φ_1 ≤ 0 [R_1 = C[S_1]_r, Σ_1 ≤ 0 by S_1 = R_0, Φ_0 ≤ 0]"
                + " ; H_1: 9 = Φ_1 + d_L·h = 0 + 1·9, h_{R_1}(4) ≤ C(6, 2) − C(4, 2) = 9 (R_1 ⊆ C[R_0]_2, dim R_0 ≤ 2,"
                + " dim R_1 ≤ 3), Φ_1 ≤ 0 [R_1 = C[S_1]_r, Σ_1 ≤ 0 by S_1 = R_0, Φ_0 ≤ 0]"
                + " ; B2_3: 12 = Σ_3 + dim(3,4,1), Σ_3 ≤ 6 [S_3 = R_2, Φ_2 ≤ 6]",
        "2,4,2,2 | 2 | C_1: 12 = dim(2,4) − 4 + dim(3,2,2) [dim R_1 ≤ 3]"
                + " ; B1_1: 8 = Φ_1 + dim(3,2,2), Φ_1 ≤ 0 [R_1 = C[S_1]_r, Σ_1 ≤ 0 by S_1 = R_0, Φ_0 ≤ 0]",
    })
    void everyBoundWithItsArithmetic(String arch, int r, String reasons) {
        List<UpperBound> bounds = ContainerBounds.of(Architecture.parse(arch), Activation.of(r), certifier(r, 1));
        assertThat(bounds).extracting(UpperBound::reason).containsExactly(reasons.split(" ; "));
    }

    @Test
    void anAlgebraCapThatDoesNotBeatTheTailIsNotOffered() {
        // (2,4,3,1): d_L·h_{R_1}(2) = 5; with dim(3,3,1) stated as 5 the cap gains nothing, with 6 it does
        for (int stated : new int[] {5, 6}) {
            ContainerBounds.Parts parts = stating(Architecture.of(3, 3, 1), stated);
            List<String> names = ContainerBounds.of(Architecture.of(2, 4, 3, 1), Activation.of(2), parts).stream()
                    .map(UpperBound::name).toList();
            if (stated == 5) {
                assertThat(names).doesNotContain("H_1");
            } else {
                assertThat(names).contains("H_1");
            }
        }
    }

    @Test
    void arithmetic() {
        assertThat(ContainerBounds.grassmannian(5, 5, 6)).isEqualTo(5);
        assertThat(ContainerBounds.grassmannian(0, 5, 6)).isEqualTo(9);
        assertThat(ContainerBounds.grassmannian(4, 5, 6)).isEqualTo(8);
        assertThat(ContainerBounds.grassmannian(3, 2, 6)).isZero();
        assertThat(ContainerBounds.binomial(10, 2)).isEqualTo(45);
        assertThat(ContainerBounds.binomial(6, 0)).isEqualTo(1);
        assertThat(ContainerBounds.binomial(19, 3)).isEqualTo(969);
        assertThat(ContainerBounds.binomial(1000, 500)).isEqualTo(1L << 40);
        assertThat(ContainerBounds.relationDegree(2, 2, 0, 2)).isEqualTo(4);
        assertThat(ContainerBounds.relationDegree(2, 3, 1, 3)).isEqualTo(16);
        assertThat(ContainerBounds.relationDegree(3, 2, 1, 2)).isEqualTo(3);
        assertThat(ContainerBounds.power(2, 3)).isEqualTo(8);
        assertThat(ContainerBounds.power(3, 0)).isEqualTo(1);
        assertThat(ContainerBounds.power(2, 100)).isEqualTo(1L << 40);
    }

    @Test
    void onlyPolynomialActivationsHaveContainers() {
        assertThat(certifier(-2, 1).allBounds(Architecture.of(3, 5, 6, 5, 3))).extracting(UpperBound::name)
                .noneMatch(n -> n.startsWith("C_") || n.startsWith("B1_") || n.startsWith("B2_") || n.startsWith("H_"));
    }

    @Test
    void aSpanRankAboveItsBoundIsReportedAsABug() {
        ContainerBounds.Parts lying = new ContainerBounds.Parts() {
            @Override
            public DimensionCertificate certify(Architecture a) {
                return CertifiedDimension.of(a, Activation.of(2), 1, P);
            }

            @Override
            public ContainerBounds.SpanRanks spans(Architecture head) {
                return new ContainerBounds.SpanRanks(head.outputDimension() + 1, 0, 5, P);
            }
        };
        assertThatThrownBy(() -> ContainerBounds.of(Architecture.of(3, 5, 6), Activation.of(2), lying))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("dim S_1 ≤ 3").hasMessageContaining("bug");
    }

    static Stream<Arguments> randomArchitectures() {
        Random r = new Random(2_026_1204L);
        return IntStream.range(0, 80).mapToObj(i -> {
            long seed = r.nextLong();
            int exponent = i % 3 == 2 ? 3 : 2;
            return Arguments.of(seed, exponent, architecture(new SplittableRandom(seed), exponent));
        });
    }

    /** d_0 ∈ 2..4, L ∈ 2..5, hidden widths 1..8, d_L ∈ 1..3, at most 150 weights, degree ≤ 64. */
    static Architecture architecture(SplittableRandom r, int exponent) {
        while (true) {
            int L = 2 + r.nextInt(4);
            int[] w = new int[L + 1];
            w[0] = 2 + r.nextInt(3);
            for (int k = 1; k < L; k++) {
                w[k] = 1 + r.nextInt(8);
            }
            w[L] = 1 + r.nextInt(3);
            Architecture d = Architecture.of(w);
            if (d.parameterCount() <= 150 && Math.pow(exponent, L - 1) <= 64) {
                return d;
            }
        }
    }

    @ParameterizedTest(name = "seed {0}, r = {1}, d = {2}")
    @MethodSource("randomArchitectures")
    void noBoundIsBelowARank(long seed, int exponent, Architecture d) {
        Activation sigma = Activation.of(exponent);
        String instance = "seed " + seed + ", σ = " + sigma + ", d = " + d;
        int rank = CertifiedDimension.of(d, sigma, seed, P).lowerBound();
        int second = CertifiedDimension.of(d, sigma, seed + 1, PrimeField.LARGEST_31_BIT_PRIME).lowerBound();
        List<UpperBound> bounds = certifier(exponent, seed).allBounds(d);
        for (UpperBound b : bounds) {
            assertThat(b.value()).as(instance + ": " + b.reason()).isGreaterThanOrEqualTo(Math.max(rank, second));
        }
    }
}
