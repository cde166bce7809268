package org.rationalnets.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The whole catalogue, run once: every check passes; a changed literal fails exactly its own check. */
class ReproductionTest {

    private static Reproduction.Run modified;
    private static final Examples.ClosedFormExample CF3 = Examples.CLOSED_FORMS.get(2);

    /** The catalogue with CF3's denominator changed in one coefficient (−2·x2·x3 → −3·x2·x3). */
    @BeforeAll
    static void runTheCatalogueWithOneLiteralChanged() {
        assertThat(CF3.id()).isEqualTo("CF3");
        Examples.ClosedFormExample wrong = new Examples.ClosedFormExample(CF3.id(), CF3.architecture(), CF3.weights(), CF3.numerators(),
                "x1*x2 - x1*x3 + 2*x2^2 - 3*x2*x3", CF3.commonFactor(), CF3.note());
        List<Check> checks = new ArrayList<>();
        for (Check c : Catalogue.all()) {
            checks.add(c.id().equals("CF3") ? ClosedFormChecks.closedForm(wrong) : c);
        }
        modified = Reproduction.run(checks, Reproduction.DEFAULT_SEED, new Reproduction.Listener() { });
    }

    @Test
    void exactlyTheChangedCheckFailsWithAReadableDifference() {
        assertThat(modified.failedIds()).containsExactly("CF3");
        Check.Result cf3 = modified.results().stream().filter(r -> r.check().id().equals("CF3")).findFirst().orElseThrow();
        assertThat(cf3.detail()).isEqualTo("Q: expected x1*x2 - x1*x3 + 2*x2^2 - 3*x2*x3, got x1*x2 - x1*x3 + 2*x2^2 - 2*x2*x3");
    }

    @Test
    void everyOtherCheckPassesAndThereAreAtLeastThirtyWithUniqueIds() {
        List<String> ids = modified.results().stream().map(r -> r.check().id()).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(30);
        assertThat(modified.passed()).isEqualTo(ids.size() - 1);
        assertThat(ids).contains("CLOSED-FORM", "DEGREES", "AMBIENT", "SYMMETRY", "HONEST", "S1", "S2", "S3", "B1", "B2", "W1",
                "FACTOR", "MEMBERSHIP", "BINARY-FORM", "CENSUS-EDIM", "CENSUS-FILLING", "CENSUS-W1", "CENSUS-(2,3,2,1)");
    }

    @Test
    void everyStatementCheckNamesItsProvenanceAndRange() {
        List<String> statements = List.of("CLOSED-FORM", "DEGREES", "AMBIENT", "SYMMETRY", "HONEST", "S1", "S2", "S3", "B1", "B2", "W1",
                "FACTOR", "MEMBERSHIP", "BINARY-FORM", "CENSUS-EDIM", "CENSUS-FILLING", "CENSUS-W1");
        for (Check.Result r : modified.results()) {
            Check c = r.check();
            assertThat(c.label()).as(c.id()).containsAnyOf("[paper", "[literature]", "[derived]", "[observed]");
            if (statements.contains(c.id())) {
                assertThat(c.range()).as(c.id()).isNotBlank();
            }
        }
        Map<String, String> details = modified.results().stream().collect(Collectors.toMap(r -> r.check().id(), Check.Result::detail));
        assertThat(details.get("CENSUS-W1")).contains("28 defects").contains("(2,1,2,2)");
        assertThat(details.get("CENSUS-FILLING")).startsWith("15 fill");
        assertThat(details.get("HONEST")).contains("certified").contains("weaker lower bound");
    }

    @Test
    void theReportHasTheTableVersionsSeedAndAWellFormedFigure(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("sub/report.md");
        Path svg = ReproductionReport.write(md, modified, new ReproductionReport.Environment("9.9.9", "17 (test)", "TestOS", 2));
        assertThat(svg).isEqualTo(dir.resolve("sub/report-dimensions.svg").toAbsolutePath());
        String text = Files.readString(md);
        assertThat(text).contains("| rationalnets | 9.9.9 |").contains("| Java | 17 (test) |").contains("| seed | 1 ")
                .contains("| date | ").contains("![Certified dimension against ambient dimension](report-dimensions.svg)")
                .contains("| CF3 | **FAIL** |").contains("| S1 | PASS |").contains(modified.passed() + " passed, 1 failed");
        assertThat(text).contains("x1\\*x2");
        Document doc = SvgPlotTest.parse(Files.readString(svg));
        List<String> points = SvgPlotTest.plotted(doc);
        // (2,2,1): amb 4, dim 4 (EXAMPLES dimensions table); (2,1,2,2): dim 3 in P^4; (3,3,1,3,3): 11 (docs/theory.md §5, W1).
        assertThat(points).contains("4,4", "4,3");
        int census = ObservedCensus.union(Reproduction.DEFAULT_SEED).size();
        long dots = doc.getElementsByTagName("circle").getLength();
        assertThat(census).isGreaterThan(400);
        assertThat(dots).isGreaterThanOrEqualTo(census);
        assertThat(Files.readString(svg)).contains("(2,1,2,2): dim 3, edim 4, amb 4").contains("(3,3,1,3,3): dim 11, edim 17");
    }
}
