package org.rationalnets.paper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rationalnets.core.Architecture;

/** The helpers of the §9 census checks, against the shapes docs/theory.md §9 names. */
class CensusChecksTest {

    @Test
    void theDefectShapeOfTheory9() {
        assertThat(CensusChecks.widthOneFollowedByHidden(Architecture.of(2, 1, 2, 2))).isTrue();
        assertThat(CensusChecks.widthOneFollowedByHidden(Architecture.of(2, 2, 1, 2, 1))).isTrue();
        assertThat(CensusChecks.widthOneFollowedByHidden(Architecture.of(2, 2, 1, 2))).isFalse();
        assertThat(CensusChecks.widthOneFollowedByHidden(Architecture.of(2, 1, 1))).isFalse();
    }
}
