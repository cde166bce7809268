package org.rationalnets.algorithms.dimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rationalnets.algorithms.dimension.DimensionCensus.Range;
import org.rationalnets.core.Architecture;

class DimensionCensusTest {

    private static List<String> names(List<Architecture> l) {
        return l.stream().map(Architecture::toString).toList();
    }

    @Test
    void enumerationOrderAndParameterFilter() {
        // d_0 = 2, hidden 1..2, L 1..3, d_L 1..2, #params ≤ 8
        List<Architecture> all = DimensionCensus.architectures(new Range(2, 2), new Range(1, 2), new Range(1, 3),
                new Range(1, 2), 8, 100);
        assertThat(names(all)).containsExactly(
                "(2,1)", "(2,2)",
                "(2,1,1)", "(2,1,2)", "(2,2,1)", "(2,2,2)",
                "(2,1,1,1)", "(2,1,1,2)", "(2,1,2,1)", "(2,1,2,2)", "(2,2,1,1)", "(2,2,1,2)");
        // (2,2,1,2) has 4+2+2 = 8 parameters; (2,2,2,1) has 4+4+2 = 10 > 8 and (2,2,2,2) 12
        assertThat(names(DimensionCensus.architectures(new Range(2, 2), new Range(2, 2), new Range(3, 3), new Range(1, 2), 10, 100)))
                .containsExactly("(2,2,2,1)");
        assertThat(DimensionCensus.architectures(new Range(2, 3), new Range(1, 3), new Range(2, 4), new Range(1, 3), 60, 1000))
                .hasSize(234);
    }

    @Test
    void limitStopsOneAfter() {
        assertThat(DimensionCensus.architectures(new Range(1, 9), new Range(1, 9), new Range(1, 5), new Range(1, 9), 10_000, 50))
                .hasSize(51);
        assertThat(DimensionCensus.architectures(new Range(1, 1), new Range(1, 1), new Range(1, 1), new Range(1, 1), 10, 0))
                .hasSize(1);
    }

    /** The limit is checked before each hidden width too: (2,2,1) is the (limit + 1)-th entry, reached by a new d_1. */
    @Test
    void limitPlusOneAcrossHiddenWidths() {
        assertThat(names(DimensionCensus.architectures(new Range(2, 2), new Range(1, 2), new Range(2, 2), new Range(1, 1), 100, 1)))
                .containsExactly("(2,1,1)", "(2,2,1)");
    }

    @Test
    void shardsPartitionInOrder() {
        List<Integer> all = List.of(0, 1, 2, 3, 4, 5, 6);
        assertThat(DimensionCensus.shard(all, 1, 3)).containsExactly(0, 3, 6);
        assertThat(DimensionCensus.shard(all, 2, 3)).containsExactly(1, 4);
        assertThat(DimensionCensus.shard(all, 3, 3)).containsExactly(2, 5);
        assertThat(DimensionCensus.shard(all, 1, 1)).isEqualTo(all);
        assertThatThrownBy(() -> DimensionCensus.shard(all, 3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DimensionCensus.shard(all, 0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DimensionCensus.shard(all, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void runCertifiesEachArchitectureInOrderAndTalliesThem() {
        List<String> seen = new java.util.ArrayList<>();
        DimensionCensus.Summary s = DimensionCensus.run(List.of(Architecture.of(2, 2, 1), Architecture.of(2, 1, 2, 2)), 1,
                CertifiedDimension.DEFAULT_PRIME, c -> seen.add(c.architecture() + " " + c.lowerBound() + " " + c.seed()));
        // docs/examples.md: dim V(2,2,1) = 4 (fills P^4); (2,1,2,2) is a defect (W1)
        assertThat(seen).containsExactly("(2,2,1) 4 1", "(2,1,2,2) 3 1");
        assertThat(s.total()).isEqualTo(2);
        assertThat(s.filling()).extracting(c -> c.architecture().toString()).containsExactly("(2,2,1)");
        assertThat(s.defects()).extracting(c -> c.architecture().toString()).containsExactly("(2,1,2,2)");
        assertThatThrownBy(() -> DimensionCensus.run(List.of(Architecture.of(2, 2, 1)), 1, 4, c -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rangesAreValidated() {
        assertThat(new Range(2, 3)).hasToString("2..3");
        assertThat(new Range(1, 1).low()).isEqualTo(1);
        assertThatThrownBy(() -> new Range(3, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3..1");
        assertThatThrownBy(() -> new Range(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void summaryCountsAndLists() {
        DimensionCensus.Summary s = new DimensionCensus.Summary();
        s.add(CertifiedDimension.of(Architecture.of(2, 2, 1)));
        s.add(CertifiedDimension.of(Architecture.of(2, 1, 2, 2)));
        s.add(CertifiedDimension.of(Architecture.of(3, 3, 1), 1, 2)); // over F_2: not certified
        assertThat(s.total()).isEqualTo(3);
        assertThat(s.certified()).isEqualTo(2);
        assertThat(s.filling()).extracting(c -> c.architecture().toString()).containsExactly("(2,2,1)");
        assertThat(s.defects()).extracting(c -> c.architecture().toString()).containsExactly("(2,1,2,2)");
        assertThat(s.uncertified()).extracting(c -> c.architecture().toString()).containsExactly("(3,3,1)");
        assertThat(s.contradictions()).isEmpty();
        assertThat(s.lines()).containsExactly(
                "summary: 3 architectures, 2 certified, 1 not certified, 1 fill, 1 defects (certified dim < edim), 0 theorem contradictions",
                "filling: (2,2,1)",
                "defect (2,1,2,2): dim 3 < edim 4; W1 value 3",
                "not certified (3,3,1): " + s.uncertified().get(0).lowerBound() + " ≤ dim ≤ 9 (parameters minus torus)");
        DimensionCensus.Summary empty = new DimensionCensus.Summary();
        assertThat(empty.lines()).contains("filling: none");
    }

    @Test
    void summaryRecordsContradictions() {
        DimensionCensus.Summary s = new DimensionCensus.Summary();
        s.add(new DimensionCertificate(Architecture.of(2, 2, 2, 2), 9, 9, "parameters minus torus", java.math.BigInteger.TEN,
                java.math.BigInteger.TEN, 7L, 1, 3, 0, 1, Theorem.B1, 8L, Theorem.B2, false, null));
        assertThat(s.contradictions()).hasSize(1);
        assertThat(s.lines()).anyMatch(l -> l.startsWith("CONTRADICTION: certified dimension 9"));
    }
}
