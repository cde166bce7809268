package org.rationalnets.paper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rationalnets.core.Architecture;
import org.rationalnets.oracle.Formulas;

/** The §2 checks: the degree formulas they use as expected values give the degrees table of docs/examples.md. */
class ClosedFormChecksTest {

    @Test
    void theIndependentDegreeFormulaGivesTheDegreesTable() {
        for (Examples.DegreeExample e : Examples.DEGREES) {
            long[] dpq = Formulas.degrees(Architecture.parse(e.architecture()).widths());
            assertThat(dpq).as(e.architecture()).containsExactly(e.numeratorDegree(), e.denominatorDegree());
        }
    }

    @Test
    void aWrongDegreeLiteralFails() {
        // (2,2,2,1): D_P = 1 + 2⌊2/2⌋ = 3, D_Q = 2⌊3/2⌋ = 2 (docs/theory.md §7)
        Check.Result r = ClosedFormChecks.degrees(new Examples.DegreeExample("2,2,2,1", 3, 3)).run();
        assertThat(r.passed()).isFalse();
        assertThat(r.detail()).isEqualTo("D_P, D_Q: expected 3, 3, got 3, 2");
    }
}
