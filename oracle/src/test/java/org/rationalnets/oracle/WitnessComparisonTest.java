package org.rationalnets.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rationalnets.algorithms.membership.WitnessEntry;
import org.rationalnets.algorithms.membership.WitnessWeights;

/** Shallow witnesses compared with rows written as in docs/examples.md, up to scaling and permuting the hidden neurons. */
class WitnessComparisonTest {

    /** An entry as an implementation writes it: a rational string, or an algebraic number with its decimal approximation. */
    private static WitnessEntry entry(String text) {
        return new WitnessEntry() {
            @Override
            public String toText() {
                return text;
            }

            @Override
            public boolean isRational() {
                return false;
            }
        };
    }

    /** {@code W_1} given row by row, {@code W_2} as one row. */
    private static WitnessWeights witness(List<List<String>> w1, List<String> w2) {
        List<List<WitnessEntry>> rows = new ArrayList<>();
        for (List<String> r : w1) {
            rows.add(r.stream().map(WitnessComparisonTest::entry).toList());
        }
        return new WitnessWeights(List.of(rows, List.of(w2.stream().map(WitnessComparisonTest::entry).toList())));
    }

    /** MB5: rows x1, x2, W_2 = [1, 1]; the witness scales row 1 by 2 (and its output by 1/2) and swaps the rows. */
    @Test
    void rationalRowsUpToScalingAndOrder() {
        WitnessWeights w = witness(List.of(List.of("0", "3", "0"), List.of("2", "0", "0")), List.of("3", "2"));
        assertThat(WitnessComparison.mismatch(List.of("x1", "x2"), List.of("1", "1"), w, 3)).isNull();
        assertThat(WitnessComparison.mismatch(List.of("x1", "x2"), List.of("1", "2"), w, 3)).startsWith("no row proportional to");
        assertThat(WitnessComparison.mismatch(List.of("x1", "x1 + x2"), List.of("1", "1"), w, 3)).startsWith("no row proportional to");
    }

    /** MB3: rows x1 − √2 x2, x1 + √2 x2, W_2 = [1/2, 1/2], with algebraic entries given by their approximations. */
    @Test
    void realAlgebraicRows() {
        WitnessWeights w = witness(List.of(List.of("1", "-1.414213562373095", "0"), List.of("2", "2.828427124746190", "0")),
                List.of("1/2", "1"));
        assertThat(WitnessComparison.mismatch(List.of("x1 - sqrt2*x2", "x1 + sqrt2*x2"), List.of("1/2", "1/2"), w, 3)).isNull();
        assertThat(WitnessComparison.mismatch(List.of("x1 - sqrt2*x2", "x1 + 2*sqrt2*x2"), List.of("1/2", "1/2"), w, 3)).isNotNull();
        assertThat(WitnessComparison.mismatch(List.of("-sqrt2*x2 + x1", "x1 + sqrt2*x2"), List.of("1/2", "1/2"), w, 3)).isNull();
    }

    /** MB2: rows x1 ± i x2, W_2 = [1, 1]; complex entries as {@code a + bi}. */
    @Test
    void complexRows() {
        WitnessWeights w = witness(List.of(List.of("1", "1i"), List.of("1", "-1i")), List.of("1", "1"));
        assertThat(WitnessComparison.mismatch(List.of("x1 + i*x2", "x1 - i*x2"), List.of("1", "1"), w, 2)).isNull();
        assertThat(WitnessComparison.mismatch(List.of("x1 + 2i*x2", "x1 - i*x2"), List.of("1", "1"), w, 2)).isNotNull();
        WitnessWeights scaled = witness(List.of(List.of("0.5 + 0.5i", "-0.5 + 0.5i"), List.of("1", "-1i")), List.of("0.5 + 0.5i", "1"));
        assertThat(WitnessComparison.mismatch(List.of("x1 + i*x2", "x1 - i*x2"), List.of("1", "1"), scaled, 2))
                .as("row 1 is (1 + i)/2 · (x1 + i x2) with output (1 + i)/2").isNull();
    }

    /** A hidden neuron with output weight 0 does not count; a missing witness or a wrong count is named. */
    @Test
    void zeroOutputsMissingWitnessAndCounts() {
        WitnessWeights w = witness(List.of(List.of("1", "0"), List.of("5", "7"), List.of("0", "1")), List.of("1", "0", "1"));
        assertThat(WitnessComparison.mismatch(List.of("x1", "x2"), List.of("1", "1"), w, 2)).isNull();
        assertThat(WitnessComparison.mismatch(List.of("x1"), List.of("1"), w, 2))
                .isEqualTo("expected 1 rows with nonzero output weight, got 2");
        assertThat(WitnessComparison.mismatch(List.of("x1"), List.of("1"), null, 2)).isEqualTo("no witness");
    }

    @Test
    void numbers() {
        assertThat(WitnessComparison.parseNumber("1/2")).isEqualTo(WitnessComparison.parseNumber("0.5"));
        assertThat(WitnessComparison.parseNumber("-3/4").re()).isEqualTo(-0.75);
        assertThat(WitnessComparison.parseNumber("-1.41").re()).isEqualTo(-1.41);
        assertThat(WitnessComparison.parseNumber("0.5 - 1.3i")).satisfies(z -> {
            assertThat(z.re()).isEqualTo(0.5);
            assertThat(z.im()).isEqualTo(-1.3);
        });
        assertThat(WitnessComparison.parseNumber("i").im()).isEqualTo(1.0);
        assertThat(WitnessComparison.parseNumber("-i").im()).isEqualTo(-1.0);
        assertThat(WitnessComparison.parseNumber("2*i").im()).isEqualTo(2.0);
        assertThat(WitnessComparison.parseNumber("1i").re()).isEqualTo(0.0);
        assertThat(WitnessComparison.parseNumber("-sqrt2").re()).isEqualTo(-Math.sqrt(2));
        assertThat(WitnessComparison.parseNumber("sqrt2").re()).isEqualTo(Math.sqrt(2));
        assertThat(WitnessComparison.parseNumber("3*sqrt2").re()).isEqualTo(3 * Math.sqrt(2));
        assertThat(WitnessComparison.parseNumber("sqrt2").im()).isEqualTo(0.0);
    }
}
