package org.rationalnets.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DimensionChecksTest {

    @Test
    void everyRowOfTheDimensionsTableIsCheckedAndPasses() {
        assertThat(Examples.DIMENSIONS).hasSize(11);
        for (Examples.DimensionExample e : Examples.DIMENSIONS) {
            Check.Result r = Catalogue.dimension(e).run();
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
        Check.Result wrongDim = Catalogue.dimension(new Examples.DimensionExample("3,2,1", 7, 8, false, "")).run();
        assertThat(wrongDim.passed()).isFalse();
        assertThat(wrongDim.detail()).contains("expected 7, got 6");
        Check.Result wrongFill = Catalogue.dimension(new Examples.DimensionExample("2,2,2,2", 8, 10, true, "")).run();
        assertThat(wrongFill.passed()).isFalse();
        assertThat(wrongFill.detail()).contains("fills");
        Check.Result wrongAmb = Catalogue.dimension(new Examples.DimensionExample("2,2,1", 4, 5, true, "")).run();
        assertThat(wrongAmb.passed()).isFalse();
    }

    @Test
    void labelsNameTheTheorem() {
        assertThat(Catalogue.dimension(Examples.DIMENSIONS.get(0)).label()).contains("S1 [paper");
        assertThat(Catalogue.dimension(new Examples.DimensionExample("2,2,2,1", 6, 6, true, "")).label()).contains("B1");
        assertThat(Catalogue.dimension(new Examples.DimensionExample("2,1,2,2", 3, 4, false, "")).label()).contains("W1 [derived]");
    }
}
