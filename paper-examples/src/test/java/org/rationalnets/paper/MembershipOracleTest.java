package org.rationalnets.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The membership table MB1–MB8 of docs/examples.md, through the catalogue's checks. */
class MembershipOracleTest {

    @Test
    void everyRowOfTheMembershipTablePasses() {
        assertThat(Examples.MEMBERSHIP).extracting(Examples.MembershipExample::id)
                .containsExactly("MB1", "MB2", "MB3", "MB4", "MB5", "MB6", "MB7", "MB8");
        for (Examples.MembershipExample e : Examples.MEMBERSHIP) {
            Check.Result r = ShallowChecks.membership(e).run();
            assertThat(r.passed()).as("%s: %s", r.check().id(), r.detail()).isTrue();
        }
    }

    @Test
    void aWrongColumnFails() {
        Examples.MembershipExample mb3 = Examples.MEMBERSHIP.get(2);
        Examples.MembershipExample wrong = new Examples.MembershipExample("MB3x", mb3.architecture(), null, null, mb3.function(),
                mb3.mode(), true, true, true, true, List.of(), List.of(), "");
        Check.Result r = ShallowChecks.membership(wrong).run();
        assertThat(r.passed()).isFalse();
        assertThat(r.detail()).contains("expected Q yes").contains("got Q no");
    }

    @Test
    void aWrongWitnessFails() {
        Examples.MembershipExample mb3 = Examples.MEMBERSHIP.get(2);
        Examples.MembershipExample wrong = new Examples.MembershipExample("MB3w", mb3.architecture(), null, null, mb3.function(),
                mb3.mode(), false, true, true, true, List.of("x1 - sqrt2*x2", "x1 + sqrt2*x2"), List.of("1", "1/2"), "");
        Check.Result r = ShallowChecks.membership(wrong).run();
        assertThat(r.passed()).isFalse();
        assertThat(r.detail()).contains("witness over R");
    }
}
