package org.rationalnets.oracle.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.rationalnets.algorithms.dimension.DimensionCertificate;
import org.rationalnets.algorithms.dimension.Theorem;
import org.rationalnets.core.Activation;
import org.rationalnets.core.Architecture;

/** The {@code dim} object of docs/cli.md, from certificates written out by hand. */
class DimensionCertificateSerializerTest {

    @Test
    void aCertifiedFillingArchitecture() {
        // (2,2,1): dim V = amb = edim = 4, S1 gives 4, S2 says it fills
        DimensionCertificate c = new DimensionCertificate(Architecture.of(2, 2, 1), 4, 4, "amb", BigInteger.valueOf(4),
                BigInteger.valueOf(4), 2_097_143L, 1, 3, 0, 1, Theorem.S1, 4L, Theorem.S2, true, null);
        assertThat(RationalNetsJson.line(c)).isEqualTo("{\"architecture\":\"2,2,1\",\"dimension\":4,\"lower_bound\":4,"
                + "\"upper_bound\":4,\"upper_bound_reason\":\"amb\",\"certified\":true,\"ambient_dimension\":4,"
                + "\"expected_dimension\":4,\"fills\":true,\"defective\":false,\"theorem\":\"S1\",\"theorem_value\":4,"
                + "\"filling_theorem\":\"S2\",\"filling_theorem_value\":true,\"w1_value\":null,\"seed\":1,\"prime\":2097143,"
                + "\"rank_field\":\"F_p\",\"sample_points\":3,\"rejected_points\":0,\"attempts\":1,\"contradictions\":[]}");
    }

    @Test
    void anUncertifiedExactRankWithoutTheoremsIsAllNulls() {
        DimensionCertificate c = new DimensionCertificate(Architecture.of(3, 1, 2), 5, 6, "#params − tor", BigInteger.valueOf(9),
                BigInteger.valueOf(6), null, 2, 4, 1, 2, null, null, null, null, 7L);
        assertThat(RationalNetsJson.line(c)).isEqualTo("{\"architecture\":\"3,1,2\",\"dimension\":null,\"lower_bound\":5,"
                + "\"upper_bound\":6,\"upper_bound_reason\":\"#params − tor\",\"certified\":false,\"ambient_dimension\":9,"
                + "\"expected_dimension\":6,\"fills\":false,\"defective\":false,\"theorem\":null,\"theorem_value\":null,"
                + "\"filling_theorem\":null,\"filling_theorem_value\":null,\"w1_value\":7,\"seed\":2,\"prime\":null,"
                + "\"rank_field\":\"Q\",\"sample_points\":4,\"rejected_points\":1,\"attempts\":2,\"contradictions\":[]}");
    }

    @Test
    void aContradictionIsListed() {
        // a certified 4 against a theorem value 5: the object names the contradiction
        DimensionCertificate c = new DimensionCertificate(Architecture.of(2, 2, 1), 4, 4, "amb", BigInteger.valueOf(4),
                BigInteger.valueOf(4), 2_097_143L, 1, 3, 0, 1, Theorem.S1, 5L, null, null, null);
        assertThat(RationalNetsJson.tree(c).get("contradictions")).hasSize(1);
        assertThat(RationalNetsJson.tree(c).get("contradictions").get(0).asText()).contains("contradicts theorem S1");
    }

    @Test
    void certificatesInAListAreClosedObjects() {
        DimensionCertificate c = new DimensionCertificate(Architecture.of(2, 2, 1), 4, 4, "amb", BigInteger.valueOf(4),
                BigInteger.valueOf(4), null, 1, 3, 0, 1, null, null, null, null, null);
        String one = RationalNetsJson.line(c);
        assertThat(RationalNetsJson.line(java.util.List.of(c, c))).isEqualTo("[" + one + "," + one + "]");
    }

    @Test
    void aMonomialActivationAddsItsConventionAndTheChainOfBounds() {
        // (3,2,1), r = 2: affine dimension 5 (AH), ambient Sym^2 C^3 of dimension 6; projective 4 in P^5
        DimensionCertificate c = new DimensionCertificate(Architecture.of(3, 2, 1), 5, 5, "AH", BigInteger.valueOf(6),
                BigInteger.valueOf(6), 2_097_143L, 1, 9, 0, 1, null, null, null, null, null, Activation.of(2),
                java.util.List.of());
        var j = RationalNetsJson.tree(c);
        assertThat(j.get("activation").asText()).isEqualTo("t^2");
        assertThat(j.get("convention").asText()).isEqualTo("affine");
        assertThat(j.get("projective_dimension").asInt()).isEqualTo(4);
        assertThat(j.get("ambient_affine_dimension").asInt()).isEqualTo(6);
        assertThat(j.get("ambient_projective_dimension").asInt()).isEqualTo(5);
        assertThat(j.get("upper_bound_chain").get(0).asText()).isEqualTo("(3,2,1): dim 5, AH");
        // read back: the same bounds, activation and certificate
        DimensionCertificate back = RationalNetsJson.dimensionCertificate(j);
        assertThat(back.activation()).isEqualTo(Activation.of(2));
        assertThat(back.lowerBound()).isEqualTo(5);
        assertThat(back.upperBound()).isEqualTo(5);
        assertThat(back.ambientDimension()).isEqualTo(BigInteger.valueOf(6));
        assertThat(RationalNetsJson.line(back)).isEqualTo(RationalNetsJson.line(c));
    }

    @Test
    void aNegativeExponentIsProjectiveWithoutTheAffineFields() {
        DimensionCertificate c = new DimensionCertificate(Architecture.of(3, 2, 2, 1), 8, 8, "amb", BigInteger.valueOf(20),
                BigInteger.valueOf(9), 2_097_143L, 1, 9, 0, 1, null, null, null, null, null, Activation.of(-2),
                java.util.List.of());
        var j = RationalNetsJson.tree(c);
        assertThat(j.get("activation").asText()).isEqualTo("t^-2");
        assertThat(j.get("convention").asText()).isEqualTo("projective");
        assertThat(j.has("projective_dimension")).isFalse();
        assertThat(j.has("ambient_affine_dimension")).isFalse();
        assertThat(RationalNetsJson.dimensionCertificate(j).activation()).isEqualTo(Activation.of(-2));
        // a 1/t row has no activation field and reads back as 1/t
        DimensionCertificate r = new DimensionCertificate(Architecture.of(2, 2, 1), 4, 4, "amb", BigInteger.valueOf(4),
                BigInteger.valueOf(4), 2_097_143L, 1, 3, 0, 1, Theorem.S1, 4L, Theorem.S2, true, null);
        assertThat(RationalNetsJson.tree(r).has("activation")).isFalse();
        assertThat(RationalNetsJson.line(RationalNetsJson.dimensionCertificate(RationalNetsJson.tree(r)))).isEqualTo(RationalNetsJson.line(r));
    }
}
