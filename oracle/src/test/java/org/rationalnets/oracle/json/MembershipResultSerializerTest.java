package org.rationalnets.oracle.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.algorithms.membership.Answer;
import org.rationalnets.algorithms.membership.MembershipResult;
import org.rationalnets.algorithms.membership.WitnessEntry;
import org.rationalnets.algorithms.membership.WitnessWeights;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.algebraic.AlgebraicExtension;
import org.rationalnets.exact.algebraic.AlgebraicNumber;

/** The membership object of docs/cli.md: field order, true/false/null answers, witnesses. */
class MembershipResultSerializerTest {

    private static final Architecture D = Architecture.of(2, 2, 1);

    private static WitnessEntry q(long n) {
        return WitnessEntry.rational(BigFraction.of(n));
    }

    @Test
    void fieldsNotAskedAreNullAndAYesCarriesItsWitness() {
        WitnessWeights cf1 = new WitnessWeights(List.of(List.of(List.of(q(1), q(0)), List.of(q(0), q(1))), List.of(List.of(q(1), q(1)))));
        MembershipResult r = MembershipResult.builder(D, MembershipResult.Mode.TUPLE)
                .answer(GroundField.Q, Answer.YES, cf1).closure(Answer.YES).reason("rows x1, x2").evidence("expanded").build();
        assertThat(RationalNetsJson.line(r)).isEqualTo("{\"architecture\":\"2,2,1\",\"mode\":\"tuple\","
                + "\"member\":{\"Q\":true,\"R\":null,\"C\":null},\"closure_member\":true,"
                + "\"weights\":{\"Q\":[[[\"1\",\"0\"],[\"0\",\"1\"]],[[\"1\",\"1\"]]],\"R\":null,\"C\":null},"
                + "\"reason\":\"rows x1, x2\",\"evidence\":[\"expanded\"]}");
    }

    @Test
    void aNoAndAnUndecidedAnswer() {
        MembershipResult r = MembershipResult.builder(D, MembershipResult.Mode.FUNCTION)
                .answer(GroundField.Q, Answer.NO, null).answer(GroundField.C, Answer.UNKNOWN, null).reason("why").build();
        assertThat(RationalNetsJson.line(r)).isEqualTo("{\"architecture\":\"2,2,1\",\"mode\":\"function\","
                + "\"member\":{\"Q\":false,\"R\":null,\"C\":null},\"closure_member\":null,"
                + "\"weights\":{\"Q\":null,\"R\":null,\"C\":null},\"reason\":\"why\",\"evidence\":[]}");
    }

    @Test
    void algebraicWitnessEntriesAreObjects() {
        AlgebraicNumber i = AlgebraicNumber.root(AlgebraicExtension.parsePolynomial("t^2 + 1"), 1);
        WitnessWeights w = new WitnessWeights(List.of(List.of(List.of(WitnessEntry.rational(BigFraction.of(-1, 2)), WitnessEntry.of(i)))));
        assertThat(RationalNetsJson.line(w))
                .isEqualTo("[[[\"-1/2\",{\"poly\":\"t^2 + 1\",\"value\":\"t\",\"approx\":\"1i\"}]]]");
        // an algebraic number that is rational is written as a rational string
        assertThat(RationalNetsJson.line(WitnessEntry.of(AlgebraicNumber.rational(BigFraction.of(3))))).isEqualTo("\"3\"");
    }

    @Test
    void resultsInAListAreClosedObjects() {
        MembershipResult r = MembershipResult.builder(D, MembershipResult.Mode.TUPLE).answer(GroundField.Q, Answer.NO, null).build();
        String one = RationalNetsJson.line(r);
        assertThat(one).endsWith("\"evidence\":[]}");
        assertThat(RationalNetsJson.line(List.of(r, r))).isEqualTo("[" + one + "," + one + "]");
    }
}
