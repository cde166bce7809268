package org.rationalnets.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rationalnets.oracle.json.RationalNetsJson;

class DeepBinaryChecksTest {

    @Test
    void everyDeepBinaryExamplePasses() {
        assertThat(Examples.DEEP_BINARY).hasSize(6);
        for (Examples.DeepBinaryExample e : Examples.DEEP_BINARY) {
            Check.Result r = DeepBinaryChecks.check(e).run();
            assertThat(r.passed()).as("%s: %s", e.id(), r.detail()).isTrue();
        }
    }

    @Test
    void theCatalogueRunsThem() {
        List<String> ids = Catalogue.all().stream().map(Check::id).toList();
        assertThat(ids).contains("DB1", "DB2", "DB3", "DB4", "DB5", "DB6").doesNotHaveDuplicates();
    }

    /** A wrong literal fails: CF2's numerator over x1^2 + x2^2 is not a real network. */
    @Test
    void aWrongLiteralFails() {
        Check.Result r = DeepBinaryChecks.check(new Examples.DeepBinaryExample("X", "2,2,2,1", List.of("2*x1*x2^2"),
                "x1^2 + x2^2", false, true, true, true, "wrong on purpose")).run();
        assertThat(r.passed()).isFalse();
        assertThat(r.detail()).contains("expected Q no, R yes");
    }

    @Test
    void aWitnessThatDoesNotReproduceIsCaught() {
        var d = org.rationalnets.core.Architecture.of(2, 2, 2, 1);
        var w = org.rationalnets.algorithms.membership.WitnessWeights.rational(
                RationalNetsJson.weights(d, "[[[1,0],[0,1]],[[1,1],[1,-1]],[[1,2]]]"));
        String mismatch = DeepBinaryChecks.reproduces(d, w,
                List.of(org.rationalnets.exact.PolynomialParser.parse("2*x1*x2^2", 2)),
                org.rationalnets.exact.PolynomialParser.parse("x2^2 - x1^2", 2));
        assertThat(mismatch).startsWith("expected [P : Q] = [[2*x1*x2^2] : -x1^2 + x2^2]");
    }
}
