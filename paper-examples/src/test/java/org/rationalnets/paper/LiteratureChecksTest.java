package org.rationalnets.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The transcribed Dao–Rodriguez counterexamples, checked against what a counterexample must be, then certified. */
class LiteratureChecksTest {

    private static final List<LiteratureChecks.Published> DR = LiteratureChecks.DAO_RODRIGUEZ_COUNTEREXAMPLES;

    static Stream<LiteratureChecks.Published> counterexamples() {
        return DR.stream();
    }

    @Test
    void theTableHasTwentyFourRowsWithR2AndD02ThenTheR3One() {
        assertThat(DR).hasSize(25);
        assertThat(DR.subList(0, 24)).allSatisfy(p -> {
            assertThat(p.exponent()).isEqualTo(2);
            assertThat(p.architecture()).startsWith("2,");
            assertThat(p.label()).startsWith("[literature] Dao–Rodriguez, arXiv:2605.09609").contains(" of 24");
        });
        assertThat(DR.get(24).exponent()).isEqualTo(3);
        assertThat(DR.stream().map(LiteratureChecks.Published::architecture).distinct()).hasSize(25);
        assertThat(LiteratureChecks.PUBLISHED).containsAll(DR);
        assertThat(unimodal(new int[] {2, 3, 4, 4, 2, 1})).isTrue();
        assertThat(unimodal(new int[] {2, 3, 2, 3, 1})).isFalse();
    }

    @Test
    void everyIdIsUniqueAndSoIsItsDocumentationAnchor() {
        List<String> ids = LiteratureChecks.PUBLISHED.stream().map(LiteratureChecks.Published::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids.stream().map(id -> id.replaceAll("[^A-Za-z0-9-]", ""))).doesNotHaveDuplicates();
    }

    /**
     * The stated dimension is the ambient one, d_L·(r^{L−1} + 1) for d_0 = 2 (binary forms of degree r^{L−1}), and the
     * widths are not unimodal: what makes the row a counterexample.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("counterexamples")
    void statedDimensionIsTheAmbientOneAndTheWidthsAreNotUnimodal(LiteratureChecks.Published p) {
        int[] d = Arrays.stream(p.architecture().split(",")).mapToInt(Integer::parseInt).toArray();
        int layers = d.length - 1;
        int degree = (int) Math.pow(p.exponent(), layers - 1);
        assertThat(p.fills()).isTrue();
        assertThat(p.dimension()).as(p.id()).isEqualTo(d[layers] * (degree + 1));
        assertThat(unimodal(d)).as(p.id()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counterexamples")
    void eachCounterexampleIsCertifiedToFillByTheAmbientBound(LiteratureChecks.Published p) {
        Check.Result r = LiteratureChecks.check(p).run();
        assertThat(r.passed()).as(r.detail()).isTrue();
        assertThat(r.detail()).startsWith("certified dim " + p.dimension() + " (rank over F_")
                .endsWith("= upper bound ambient: amb = " + p.dimension() + ")");
    }

    /** Non-decreasing up to the first largest width, non-increasing after it. */
    private static boolean unimodal(int[] d) {
        int peak = 0;
        for (int k = 1; k < d.length; k++) {
            peak = d[k] > d[peak] ? k : peak;
        }
        for (int k = 1; k < d.length; k++) {
            if (k <= peak ? d[k] < d[k - 1] : d[k] > d[k - 1]) {
                return false;
            }
        }
        return true;
    }
}
