package org.rationalnets.algorithms.dimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rationalnets.core.Activation;
import org.rationalnets.core.Architecture;

/** Values of docs/monomial.md and the literature, certified for σ(t) = t^r. */
class MonomialDimensionTest {

    private static final long P = CertifiedDimension.DEFAULT_PRIME;

    private static DimensionCertificate dim(String arch, int r) {
        return CertifiedDimension.of(Architecture.parse(arch), Activation.of(r), 1, P);
    }

    @ParameterizedTest(name = "{0}, r = {1}: {2} by {3}")
    @CsvSource(delimiter = ';', value = {
        // docs/monomial.md §5 (AH) and §6, the literature's acceptance values
        "3,2,1; 2; 5; AH",
        "4,6,3; 2; 30; ambient",
        "3,5,1; 4; 14; AH",
        "5,7,1; 3; 34; AH",
        "4,3,1; 2; 9; AH",
        "4,5,3; 2; 29; §6",
        "3,5,2; 3; 19; §6",
        "2,3,4,5,4,6,4,1; 2; 65; ambient",
        "2,2,4,5,4,6,4,1; 2; 35; T_1",
        "3,2,2,1; -2; 8; #params",
        // docs/monomial.md §7: split defects and W1
        "3,2,2,1; 2; 7; T_1",
        "2,3,2,2; 2; 8; T_2",
        "2,2,3,1; 3; 6; T_1",
        "3,4,2,1; 2; 11; G_2",
        "2,1,3,2; -2; 3; W1",
        "3,1,2,2; 2; 4; W1",
    })
    void certifiesTheSpecificationsValues(String arch, int r, int dim, String bound) {
        DimensionCertificate c = dim(arch, r);
        assertThat(c.certified()).as(c.toString()).isTrue();
        assertThat(c.dimension()).as(c.toString()).isEqualTo(dim);
        assertThat(c.upperBoundReason()).as(c.toString()).startsWith(bound);
        assertThat(c.activation()).isEqualTo(Activation.of(r));
        assertThat(c.theorem()).isNull();
    }

    @Test
    void theSplitChainNamesItsParts() {
        DimensionCertificate c = dim("2,2,4,5,4,6,4,1", 2);
        assertThat(c.upperBoundReason()).isEqualTo("T_1: 35 = dim(2,2) + dim(2,4,5,4,6,4,1) − 2");
        assertThat(c.parts()).extracting(DimensionCertificate::architecture)
                .containsExactly(Architecture.of(2, 2), Architecture.of(2, 4, 5, 4, 6, 4, 1));
        assertThat(c.parts()).allMatch(DimensionCertificate::certified);
        assertThat(c.parts().get(1).dimension()).isEqualTo(33);
        assertThat(c.fills()).isFalse();
        assertThat(c.defective()).isTrue();
        assertThat(c.projectiveDimension()).isEqualTo(34);
        assertThat(c.projectiveAmbientDimension()).isEqualTo(BigInteger.valueOf(64));
        assertThat(c.ambientDimension()).isEqualTo(BigInteger.valueOf(65));
        assertThat(c.toString()).contains("σ = t^2").contains("dim = 35");
    }

    @Test
    void fillingAndConventions() {
        DimensionCertificate c = dim("2,3,4,5,4,6,4,1", 2);
        assertThat(c.fills()).isTrue();
        assertThat(c.defective()).isFalse();
        DimensionCertificate neg = dim("3,2,2,1", -2);
        assertThat(neg.projectiveDimension()).isNull();
        assertThat(neg.projectiveAmbientDimension()).isNull();
        assertThat(neg.expectedDimension()).isEqualTo(BigInteger.valueOf(8));
    }

    @Test
    void reciprocalIsTheExistingEngine() {
        Architecture d = Architecture.of(2, 1, 2, 2);
        assertThat(CertifiedDimension.of(d, Activation.RECIPROCAL, 3, P)).isEqualTo(CertifiedDimension.of(d, 3, P));
        assertThat(CertifiedDimension.exact(d, Activation.RECIPROCAL, 3)).isEqualTo(CertifiedDimension.exact(d, 3));
    }

    @Test
    void exactRankOverQAgrees() {
        DimensionCertificate c = CertifiedDimension.exact(Architecture.of(3, 2, 1), Activation.of(2), 5);
        assertThat(c.prime()).isNull();
        assertThat(c.dimension()).isEqualTo(5);
        DimensionCertificate t = CertifiedDimension.exact(Architecture.of(2, 2, 3, 2), Activation.of(2), 5);
        assertThat(t.dimension()).isEqualTo(8);
        assertThat(t.upperBoundReason()).startsWith("T_1");
    }

    @Test
    void aDefectRedrawsTheWeightsOnceAndCountsPoles() {
        DimensionCertificate c = CertifiedDimension.of(Architecture.of(3, 2, 2, 1), Activation.of(2), 1, P);
        assertThat(c.attempts()).isEqualTo(CertifiedDimension.Sampling.DEFAULT.attempts());
        assertThat(c.dimension()).isEqualTo(7);
        // mod 7 with r = −2 a pre-activation often vanishes: the poles are counted, never negative
        DimensionCertificate poles = CertifiedDimension.of(Architecture.of(2, 3, 1), Activation.of(-2), 1, 7);
        assertThat(poles.rejectedPoints()).isPositive();
        assertThat(poles.lowerBound()).isLessThanOrEqualTo(6);
    }

    @Test
    void aTinyPrimeGivesALowerBoundOnly() {
        DimensionCertificate c = CertifiedDimension.of(Architecture.of(3, 3, 2), Activation.of(2), 1, 2);
        assertThat(c.certified()).as(c.toString()).isFalse();
        assertThat(c.dimension()).isNull();
        assertThat(c.lowerBound()).isLessThan(12);
        assertThat(c.upperBound()).isEqualTo(12);
    }

    @Test
    void ahValuesAndWhereItApplies() {
        assertThat(MonomialCertifier.alexanderHirschowitz(Architecture.of(3, 2, 1), Activation.of(2)).orElseThrow().value()).isEqualTo(5);
        assertThat(MonomialCertifier.alexanderHirschowitz(Architecture.of(3, 4, 1), Activation.of(2)).orElseThrow().value()).isEqualTo(6);
        assertThat(MonomialCertifier.alexanderHirschowitz(Architecture.of(3, 1, 1), Activation.of(2)).orElseThrow().value()).isEqualTo(3);
        assertThat(MonomialCertifier.alexanderHirschowitz(Architecture.of(4, 9, 1), Activation.of(4)).orElseThrow().value()).isEqualTo(34);
        assertThat(MonomialCertifier.alexanderHirschowitz(Architecture.of(5, 14, 1), Activation.of(4)).orElseThrow().value()).isEqualTo(69);
        assertThat(MonomialCertifier.alexanderHirschowitz(Architecture.of(5, 7, 1), Activation.of(4)).orElseThrow().value()).isEqualTo(35);
        assertThat(MonomialCertifier.alexanderHirschowitz(Architecture.of(3, 6, 1), Activation.of(3)).orElseThrow().value()).isEqualTo(10);
        assertThat(MonomialCertifier.alexanderHirschowitz(Architecture.of(3, 5, 1), Activation.of(3)).orElseThrow().value()).isEqualTo(10);
        assertThat(MonomialCertifier.alexanderHirschowitz(Architecture.of(3, 2, 1), Activation.of(2)).orElseThrow().reason())
                .isEqualTo("AH [literature: Alexander–Hirschowitz, r = 2, 2 ≤ d_1 < d_0]: 5 = d_0·d_1 − C(d_1, 2) = 3·2 − 1");
        assertThat(MonomialCertifier.alexanderHirschowitz(Architecture.of(5, 4, 1), Activation.of(2)).orElseThrow().reason())
                .endsWith("14 = d_0·d_1 − C(d_1, 2) = 5·4 − 6");
        assertThat(MonomialCertifier.alexanderHirschowitz(Architecture.of(3, 4, 1), Activation.of(2)).orElseThrow().reason())
                .isEqualTo("AH [literature: Alexander–Hirschowitz]: 6 = min(d_0·d_1, C(d_0+r−1, r)) = min(12, 6)");
        assertThat(MonomialCertifier.alexanderHirschowitz(Architecture.of(3, 5, 1), Activation.of(4)).orElseThrow().reason())
                .isEqualTo("AH [literature: Alexander–Hirschowitz exception (r, d_0, d_1) = (4, 3, 5)]: 14 = C(d_0+r−1, r) − 1 = 15 − 1");
        assertThat(MonomialCertifier.alexanderHirschowitz(Architecture.of(3, 2, 2), Activation.of(2))).isEmpty();
        assertThat(MonomialCertifier.alexanderHirschowitz(Architecture.of(3, 2, 2, 1), Activation.of(2))).isEmpty();
        assertThat(MonomialCertifier.alexanderHirschowitz(Architecture.of(3, 2, 1), Activation.of(-2))).isEmpty();
        assertThat(MonomialCertifier.defectiveShallow(Architecture.of(4, 5, 3), Activation.of(3))).isEmpty();
        assertThat(MonomialCertifier.defectiveShallow(Architecture.of(3, 5, 2), Activation.of(2))).isEmpty();
        assertThat(MonomialCertifier.defectiveShallow(Architecture.of(4, 5, 2), Activation.of(2))).isEmpty();
    }

    @Test
    void independenceProofs() {
        MonomialCertifier<Long> m = certifier(2, P);
        assertThat(m.independence(Architecture.of(3, 2))).get().asString()
                .isEqualTo("z^(1) has independent components: rank 2 mod " + P + " of their values at 4 points");
        assertThat(m.independence(Architecture.of(2, 3))).isEmpty(); // three linear forms in two variables
        assertThat(m.independence(Architecture.of(2, 3, 3))).get().asString().contains("rank 3");
        assertThat(m.independence(Architecture.of(2, 1, 2))).isEmpty(); // c·g^2: proportional components
        assertThat(certifier(-2, P).independence(Architecture.of(2, 2, 2))).isPresent();
    }

    private static MonomialCertifier<Long> certifier(int r, long p) {
        return new MonomialCertifier<>(Activation.of(r), 1, CertifiedDimension.modular(p), CertifiedDimension.Sampling.DEFAULT, p);
    }

    @Test
    void aBoundBelowTheRankIsABug() {
        List<UpperBound> bounds = List.of(new UpperBound("x", 7, "x: 7", List.of()), new UpperBound("y", 4, "y: 4", List.of()));
        assertThatThrownBy(() -> MonomialCertifier.requireAtLeast(Architecture.of(3, 2, 1), Activation.of(2), 5, "F_7", 1, bounds))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("y: 4").hasMessageContaining("below the Jacobian rank 5")
                .hasMessageContaining("bug");
        MonomialCertifier.requireAtLeast(Architecture.of(3, 2, 1), Activation.of(2), 4, "F_7", 1, bounds);
        assertThat(MonomialCertifier.minimum(bounds).name()).isEqualTo("y");
        assertThat(MonomialCertifier.minimum(List.of(bounds.get(1), new UpperBound("z", 4, "z", List.of()))).name()).isEqualTo("y");
    }

    @Test
    void suffixes() {
        assertThat(MonomialCertifier.suffix(Architecture.of(2, 3, 4, 1), 1)).isEqualTo(Architecture.of(3, 4, 1));
        assertThat(MonomialCertifier.suffix(Architecture.of(2, 3, 4, 1), 2)).isEqualTo(Architecture.of(4, 1));
    }
}
