package org.rationalnets.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.algorithms.dimension.Theorems;
import org.rationalnets.core.Architecture;

/** Every hand-verified row of docs/examples.md that the catalogue checks, and the checks' power to fail. */
class ExamplesTest {

    static Stream<Check> catalogue() {
        return Catalogue.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void everyCatalogueCheckPasses(Check check) {
        Check.Result r = check.run();
        assertThat(r.passed()).as("%s (%s): %s", check.id(), check.label(), r.detail()).isTrue();
    }

    @Test
    void theCatalogueCoversEveryTableRowItCanCheck() {
        assertThat(Examples.CLOSED_FORMS).extracting(Examples.ClosedFormExample::id)
                .containsExactly("CF1", "CF2", "CF3", "CF4", "CF5", "CF6");
        assertThat(Examples.DEGREES).hasSize(5);
        assertThat(Examples.DIMENSIONS).hasSize(11);
        assertThat(Catalogue.all()).extracting(Check::id).contains("CF1", "CF6", "DEG(4,4,4,4,1)", "AMB(2,1,2,2)");
    }

    /** A wrong literal makes the check fail: the checks compare, they do not just run. */
    @Test
    void aWrongLiteralFails() {
        Examples.ClosedFormExample cf1 = Examples.CLOSED_FORMS.get(0);
        Examples.ClosedFormExample wrongQ = new Examples.ClosedFormExample("CF1'", cf1.architecture(), cf1.weights(),
                cf1.numerators(), "2*x1*x2", cf1.commonFactor(), "");
        assertThat(ClosedFormChecks.closedForm(wrongQ).run().passed()).isFalse();
        Examples.ClosedFormExample wrongFactor = new Examples.ClosedFormExample("CF5'", "2,2,2,2,1",
                Examples.CLOSED_FORMS.get(4).weights(), Examples.CLOSED_FORMS.get(4).numerators(),
                Examples.CLOSED_FORMS.get(4).denominator(), "1", "");
        assertThat(ClosedFormChecks.closedForm(wrongFactor).run().detail()).contains("common factor");
        assertThat(ClosedFormChecks.degrees(new Examples.DegreeExample("2,2,1", 1, 3)).run().passed()).isFalse();
        assertThat(DimensionChecks.ambient(new Examples.DimensionExample("3,2,1", 6, 9, false, "")).run().passed()).isFalse();
    }

    /** The theorem formulas reproduce every dimension row that a theorem covers (literals from docs/examples.md). */
    @Test
    void theoremsReproduceTheDimensionTable() {
        int covered = 0;
        for (Examples.DimensionExample e : Examples.DIMENSIONS) {
            Architecture d = Architecture.parse(e.architecture());
            var t = Theorems.statedDimension(d);
            t.ifPresent(s -> assertThat(s.dimension()).as("%s by %s", d, s.theorems()).isEqualTo(e.dimension()));
            Theorems.fills(d).ifPresent(f -> assertThat(f.value()).as("fills %s", d).isEqualTo(e.fills()));
            covered += t.isPresent() ? 1 : 0;
        }
        assertThat(covered).as("rows a statement covers").isEqualTo(11);
    }
}
