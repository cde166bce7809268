package org.rationalnets.oracle.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.rationalnets.algorithms.dimension.DimensionCertificate;
import org.rationalnets.algorithms.dimension.Theorem;
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
}
