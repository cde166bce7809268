package org.rationalnets.algorithms.equations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rationalnets.core.Architecture;

class DeterminantalEquationsTest {

    @Test
    void minorsOfThreeTwoOneAreTheFourCubicsOfS3() {
        Architecture d = Architecture.of(3, 2, 1);
        // [S; p] is 4×3: four 3×3 minors, all nonzero
        assertThat(DeterminantalEquations.minors(d)).hasSize(4);
        DeterminantalEquations.Comparison c = DeterminantalEquations.compare(d, NeurovarietyEquations.inDegree(d, 3, 1));
        assertThat(c.containedInInterpolated()).isTrue();
        assertThat(c.minorSpanRank()).isEqualTo(4);
        assertThat(c.spansSameSpace()).isTrue();
    }

    @Test
    void threeTwoTwoInDegreeThree() {
        Architecture d = Architecture.of(3, 2, 2);
        // 5×3 matrix: C(5,3) = 10 minors, matching the 10 cubics of docs/examples.md
        assertThat(DeterminantalEquations.minors(d)).hasSize(10);
        assertThat(DeterminantalEquations.compare(d, NeurovarietyEquations.inDegree(d, 3, 1)).spansSameSpace()).isTrue();
    }

    /** S3: for (3,2,1) the minors generate the whole ideal, so also its degree-4 part. */
    @Test
    @Tag("slow")
    void threeTwoOneInDegreeFour() {
        Architecture d = Architecture.of(3, 2, 1);
        EquationsResult r = NeurovarietyEquations.inDegree(d, 4, 1);
        assertThat(r.certified()).isTrue();
        DeterminantalEquations.Comparison c = DeterminantalEquations.compare(d, r);
        assertThat(c.spansSameSpace()).isTrue();
        // 12 coordinates × 4 minors = 48 products, with linear relations among them (syzygies)
        assertThat(c.minorSpanRank()).isEqualTo(r.count()).isLessThan(48);
    }

    @Test
    void inDegreeTwoTheMinorsContributeNothingAndThereIsNothing() {
        Architecture d = Architecture.of(3, 2, 1);
        DeterminantalEquations.Comparison c = DeterminantalEquations.compare(d, NeurovarietyEquations.inDegree(d, 2, 1));
        assertThat(c.minorSpanRank()).isZero();
        assertThat(c.spansSameSpace()).isTrue();
    }

    @Test
    void rejectsOtherArchitectures() {
        assertThatThrownBy(() -> DeterminantalEquations.minors(Architecture.of(3, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(d_0, 2, d_2)");
    }
}
