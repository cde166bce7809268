package org.rationalnets.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DimensionChecksTest {

    @Test
    void everyRowOfTheDimensionsTableIsCheckedAndPasses() {
        assertThat(Examples.DIMENSIONS).hasSize(11);
        for (Examples.DimensionExample e : Examples.DIMENSIONS) {
            Check.Result r = DimensionChecks.dimension(e).run();
            assertThat(r.passed()).as("%s: %s", e.architecture(), r.detail()).isTrue();
            assertThat(r.detail()).startsWith("certified dim = " + e.dimension());
        }
    }

    @Test
    void theCatalogueIncludesTheDimensionChecksAndKeepsTheOthers() {
        List<String> ids = Catalogue.all().stream().map(Check::id).toList();
        assertThat(ids).contains("DIM(2,2,1)", "DIM(2,1,2,2)", "AMB(2,2,1)", "CF1", "DEG(2,2,1)");
        assertThat(ids).doesNotHaveDuplicates();
    }

    /** A wrong literal makes the check fail (the check compares, it does not copy). */
    @Test
    void aWrongLiteralFails() {
        Check.Result wrongDim = DimensionChecks.dimension(new Examples.DimensionExample("3,2,1", 7, 8, false, "")).run();
        assertThat(wrongDim.passed()).isFalse();
        assertThat(wrongDim.detail()).contains("expected 7, got 6");
        Check.Result wrongFill = DimensionChecks.dimension(new Examples.DimensionExample("2,2,2,2", 8, 10, true, "")).run();
        assertThat(wrongFill.passed()).isFalse();
        assertThat(wrongFill.detail()).contains("fills");
        Check.Result wrongAmb = DimensionChecks.dimension(new Examples.DimensionExample("2,2,1", 4, 5, true, "")).run();
        assertThat(wrongAmb.passed()).isFalse();
    }

    @Test
    void labelsNameTheTheorem() {
        assertThat(DimensionChecks.dimension(Examples.DIMENSIONS.get(0)).label()).contains("S1 [paper");
        assertThat(DimensionChecks.dimension(new Examples.DimensionExample("2,2,2,1", 6, 6, true, "")).label()).contains("B1");
        assertThat(DimensionChecks.dimension(new Examples.DimensionExample("2,1,2,2", 3, 4, false, "")).label()).contains("W1 [derived]");
    }

    @Test
    void theWidthOneCheckReportsItsRangeAndSeedAndPasses() {
        Check.Result w1 = DimensionChecks.w1(5).run();
        assertThat(w1.passed()).as(w1.detail()).isTrue();
        assertThat(w1.check().range()).contains("seed 5");
        assertThat(w1.detail()).contains("(3,3,1,3,3): rank 11").contains("seed 5");
    }

    @Test
    void aWrongTheoryLiteralFailsWithTheDifference() {
        var wrong = new DimensionChecks.DimensionLiteral("2,1,2,2", 4);
        Check.Result r = DimensionChecks.certificateHonesty(1, List.of(wrong)).run();
        assertThat(r.passed()).isFalse();
        assertThat(r.detail()).contains("(2,1,2,2)").contains("≤ 4 ≤");
    }
}
