package org.rationalnets.algorithms.equations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;

/** The grading of the coordinates and of monomials, and the blocks, against values worked by hand. */
class MultidegreeTest {

    /** (2,2,2): coordinates P1[1,0], P1[0,1], P2[1,0], P2[0,1], Q[2,0], Q[1,1], Q[0,2]. */
    @Test
    void degreesOfTheCoordinates() {
        List<Multidegree> c = Multidegree.ofCoordinates(Architecture.of(2, 2, 2));
        assertThat(c).hasSize(7);
        assertThat(c.get(0).vector()).containsExactly(1, 0, 0, 1, 0);
        assertThat(c.get(3).vector()).containsExactly(0, 1, 0, 0, 1);
        assertThat(c.get(5).vector()).containsExactly(0, 0, 1, 1, 1);
        assertThat(c.get(5).toString()).isEqualTo("P(0,0) Q1 x(1,1)");
        assertThat(c.get(3).numeratorDegree(1)).isZero();
        assertThat(c.get(3).numeratorDegree(2)).isEqualTo(1);
        assertThat(c.get(3).denominatorDegree()).isZero();
        assertThat(c.get(6).denominatorDegree()).isEqualTo(1);
        assertThat(c.get(6).exponents()).containsExactly(0, 2);
    }

    /** P1[1,0]·P2[0,1]·Q[1,1]² has degree (1,1,2 | 1+0+2, 0+1+2) = (1,1,2 | 3,3). */
    @Test
    void degreeOfAMonomial() {
        List<Multidegree> c = Multidegree.ofCoordinates(Architecture.of(2, 2, 2));
        Multidegree m = Multidegree.ofMonomial(c, Monomial.of(1, 0, 0, 1, 0, 2, 0));
        assertThat(m).isEqualTo(Multidegree.of(new int[] {1, 1}, 2, new int[] {3, 3}));
        assertThat(m.hashCode()).isEqualTo(Multidegree.of(new int[] {1, 1}, 2, new int[] {3, 3}).hashCode());
        assertThat(m).isNotEqualTo(Multidegree.of(new int[] {1, 1}, 2, new int[] {3, 2}));
        assertThat(m).isNotEqualTo("P(1,1) Q2 x(3,3)");
        assertThat(m.toString()).isEqualTo("P(1,1) Q2 x(3,3)");
        assertThat(c.get(0).add(c.get(6))).isEqualTo(Multidegree.of(new int[] {1, 0}, 1, new int[] {1, 2}));
        assertThat(c.get(0).add(c.get(6)).vector()).containsExactly(1, 0, 1, 1, 2);
        assertThat(c.get(0).compareTo(c.get(1))).isPositive();
        assertThat(c.get(1).compareTo(c.get(0))).isNegative();
        assertThat(c.get(1).compareTo(c.get(1))).isZero();
        assertThat(c.get(0).vector()).as("a copy").isNotSameAs(c.get(0).vector());
    }

    /**
     * (2,2,1) in degree 2: coordinates a = P1[1,0], b = P1[0,1], q0 = Q[2,0], q1 = Q[1,1], q2 = Q[0,2]; the 15 quadrics fall
     * into blocks by (P-degree, Q-degree, x): a² (2,0|2,0), ab (2,0|1,1), b² (2,0|0,2), a·q0 (1,1|3,0), a·q1 and b·q0 (1,1|2,1),
     * a·q2 and b·q1 (1,1|1,2), b·q2 (1,1|0,3), q0² (0,2|4,0), q0q1 (0,2|3,1), q0q2 and q1² (0,2|2,2), q1q2 (0,2|1,3),
     * q2² (0,2|0,4): 12 blocks, three of size 2.
     */
    @Test
    void blocksOfTwoTwoOneInDegreeTwo() {
        List<Multidegree.Block> blocks = Multidegree.blocks(Architecture.of(2, 2, 1), 2, true);
        assertThat(blocks).hasSize(12);
        assertThat(blocks.stream().mapToInt(b -> b.monomials().size()).sum()).isEqualTo(15);
        assertThat(blocks.stream().filter(b -> b.monomials().size() == 2)).hasSize(3);
        assertThat(blocks.get(0).degree().toString()).isEqualTo("P(2) Q0 x(2,0)");
        assertThat(blocks.get(blocks.size() - 1).degree().toString()).isEqualTo("P(0) Q2 x(0,4)");
        for (int i = 1; i < blocks.size(); i++) {
            assertThat(blocks.get(i).degree()).isLessThan(blocks.get(i - 1).degree());
        }
        Multidegree.Block q = blocks.stream().filter(b -> b.degree().toString().equals("P(0) Q2 x(2,2)")).findFirst().orElseThrow();
        // ascending: q1² < q0·q2 in graded lexicographic order
        assertThat(q.monomials()).containsExactly(Monomial.of(0, 0, 0, 2, 0), Monomial.of(0, 0, 1, 0, 1));
        List<Multidegree.Block> one = Multidegree.blocks(Architecture.of(2, 2, 1), 2, false);
        assertThat(one).hasSize(1);
        assertThat(one.get(0).degree()).isNull();
        assertThat(one.get(0).monomials()).hasSize(15);
        assertThat(one.get(0).monomials().get(0)).isEqualTo(Monomial.of(0, 0, 0, 0, 2));
        assertThat(one.get(0).monomials().get(14)).isEqualTo(Monomial.of(2, 0, 0, 0, 0));
    }

    /** Counted by a separate enumeration outside this project: (3,3,1) has 335 blocks of at most 52 in degree 4, 596 of at most 158 in degree 5. */
    @Test
    void blocksOfThreeThreeOne() {
        for (int[] c : new int[][] {{4, 3876, 335, 52}, {5, 15504, 596, 158}}) {
            List<Multidegree.Block> blocks = Multidegree.blocks(Architecture.of(3, 3, 1), c[0], true);
            assertThat(blocks.stream().mapToInt(b -> b.monomials().size()).sum()).isEqualTo(c[1]);
            assertThat(blocks).hasSize(c[2]);
            assertThat(blocks.stream().mapToInt(b -> b.monomials().size()).max().orElseThrow()).isEqualTo(c[3]);
        }
    }

    @Test
    void resultsGroupByMultidegree() {
        EquationsResult r = NeurovarietyEquations.inDegree(Architecture.of(3, 2, 2), 3, 4, EquationsOptions.defaults().withThreads(1));
        assertThat(r.count()).isEqualTo(10);
        var groups = r.byMultidegree();
        assertThat(groups.values().stream().mapToInt(List::size).sum()).isEqualTo(10);
        groups.forEach((m, eqs) -> eqs.forEach(f -> assertThat(r.multidegrees().get(r.equations().indexOf(f))).isEqualTo(m)));
        assertThat(groups.firstKey()).isGreaterThan(groups.lastKey());
        assertThat(r.certificate().blocksWithEquations()).isEqualTo(groups.size());
        assertThatThrownBy(() -> new EquationsResult(r.architecture(), 3, r.coordinates(), r.equations(), List.of(), true,
                r.certificate())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 equations but 0 multidegrees");
    }

    @Test
    void idealResultAccessors() {
        Polynomial<BigFraction> x = Polynomial.variable(Rationals.Q, 2, 0);
        Multidegree m = Multidegree.of(new int[] {1}, 0, new int[] {1});
        IdealResult.DegreePart a = new IdealResult.DegreePart(1, 1, 1, 0, true, List.of(x), List.of(m), true, 3, 2, 1);
        IdealResult.DegreePart b = new IdealResult.DegreePart(2, 3, 3, 2, false, List.of(x), List.of(m), true, 3, 2, 1);
        IdealResult.DegreePart c = new IdealResult.DegreePart(2, 3, 4, 3, true, List.of(), List.of(), false, 3, 2, 1);
        assertThat(a.newGenerators()).isEqualTo(1);
        assertThat(b.newGenerators()).isEqualTo(1);
        Architecture d = Architecture.of(1, 1, 1);
        assertThat(new IdealResult(d, List.of("P1[1]", "Q[1]"), List.of(a)).certified()).isTrue();
        assertThat(new IdealResult(d, List.of("P1[1]", "Q[1]"), List.of(a, b)).certified()).isFalse();
        assertThat(new IdealResult(d, List.of("P1[1]", "Q[1]"), List.of(a, c)).certified()).isFalse();
        assertThat(new IdealResult(d, List.of("P1[1]", "Q[1]"), List.of(a, b)).generators()).containsExactly(x, x);
        assertThat(EquationsReport.certificateLines(new IdealResult(d, List.of("P1[1]", "Q[1]"), List.of(a, b))))
                .first().asString().startsWith("certified: dim I_j for every j ≤ 2; the count of products");
        assertThat(EquationsReport.certificateLines(new IdealResult(d, List.of("P1[1]", "Q[1]"), List.of(a, c))))
                .first().asString().startsWith("NOT certified: dim I_j for some j ≤ 2 (see the table");
        assertThat(EquationsReport.certificateLines(new IdealResult(d, List.of("P1[1]", "Q[1]"), List.of(b, c))))
                .contains("degree 2: dim I = 3, from lower degrees 2 (lower bound), new 1; 2 blocks (largest 1), 3 samples",
                        "degree 2: dim I = 3 (≤ 4), from lower degrees 3, new 0; 2 blocks (largest 1), 3 samples");
    }
}
