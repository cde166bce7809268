package org.rationalnets.paper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rationalnets.core.Architecture;

/** The formulas the statement checks use as expected values, against the literals of docs/examples.md and docs/theory.md. */
class StatementChecksTest {

    @Test
    void theDegreeFormulaWrittenOutInTheOracleGivesTheDegreesTable() {
        for (Examples.DegreeExample e : Examples.DEGREES) {
            long[] dpq = StatementChecks.degreeFormula(Architecture.parse(e.architecture()));
            assertThat(dpq).as(e.architecture()).containsExactly(e.numeratorDegree(), e.denominatorDegree());
        }
        // (2,1,2,1): e = (1, 0, 0), c_2 = 1: D_P = 1, D_Q = 0 (f = c·h, h linear).
        assertThat(StatementChecks.degreeFormula(Architecture.of(2, 1, 2, 1))).containsExactly(1, 0);
    }

    @Test
    void theDefectShapeOfTheory9() {
        assertThat(StatementChecks.widthOneFollowedByHidden(Architecture.of(2, 1, 2, 2))).isTrue();
        assertThat(StatementChecks.widthOneFollowedByHidden(Architecture.of(2, 2, 1, 2, 1))).isTrue();
        assertThat(StatementChecks.widthOneFollowedByHidden(Architecture.of(2, 2, 1, 2))).isFalse();
        assertThat(StatementChecks.widthOneFollowedByHidden(Architecture.of(2, 1, 1))).isFalse();
    }

    @Test
    void aStatementCheckReportsItsRangeAndSeedAndPasses() {
        Check.Result w1 = StatementChecks.w1(5).run();
        assertThat(w1.passed()).as(w1.detail()).isTrue();
        assertThat(w1.check().range()).contains("seed 5");
        assertThat(w1.detail()).contains("(3,3,1,3,3): rank 11").contains("seed 5");
    }

    @Test
    void aWrongTheoryLiteralFailsWithTheDifference() {
        var wrong = new StatementChecks.DimensionLiteral("2,1,2,2", 4);
        Check.Result r = StatementChecks.certificateHonesty(1, java.util.List.of(wrong)).run();
        assertThat(r.passed()).isFalse();
        assertThat(r.detail()).contains("(2,1,2,2)").contains("≤ 4 ≤");
    }
}
