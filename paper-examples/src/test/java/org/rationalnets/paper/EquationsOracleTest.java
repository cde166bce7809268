package org.rationalnets.paper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The equations table of docs/examples.md, through the catalogue's checks. */
class EquationsOracleTest {

    @Test
    void everyRowOfTheEquationsTablePasses() {
        assertThat(Examples.EQUATIONS).hasSize(3);
        for (Examples.EquationsExample e : Examples.EQUATIONS) {
            Check.Result r = ShallowChecks.equations(e).run();
            assertThat(r.passed()).as("%s: %s", r.check().id(), r.detail()).isTrue();
        }
    }

    @Test
    void aWrongCountFails() {
        Check.Result r = ShallowChecks.equations(new Examples.EquationsExample("3,2,1", 3, 5, "")).run();
        assertThat(r.passed()).isFalse();
        assertThat(r.detail()).contains("expected 5, got 4");
    }
}
