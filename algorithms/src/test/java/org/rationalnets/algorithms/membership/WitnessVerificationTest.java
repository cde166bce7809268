package org.rationalnets.algorithms.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.UndefinedNetworkException;
import org.rationalnets.core.Weights;
import org.rationalnets.core.WeightsLiteral;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.Rationals;

class WitnessVerificationTest {

    private static final MembershipResult.Mode TUPLE = MembershipResult.Mode.TUPLE;
    private static final MembershipResult.Mode FUNCTION = MembershipResult.Mode.FUNCTION;
    private static final Architecture D = Architecture.of(2, 2, 1);
    /** rows x1, x2 and W_2 = [1, 1]: the closed form (x1 + x2; x1 x2) */
    private static final Weights W = WeightsLiteral.parse(D, "[[[1,0],[0,1]],[[1,1]]]");

    private static Polynomial<BigFraction> p(String s) {
        return PolynomialParser.parse(s, 2);
    }

    @Test
    void aTupleIsReproducedUpToOneScalar() {
        assertThat(WitnessVerification.reproduces(W, TUPLE, List.of(p("x1 + x2")), p("x1*x2"))).isTrue();
        assertThat(WitnessVerification.reproduces(W, TUPLE, List.of(p("-3*x1 - 3*x2")), p("-3*x1*x2"))).isTrue();
        // the same function but another point: the tuple of a different scale in P only
        assertThat(WitnessVerification.reproduces(W, TUPLE, List.of(p("2*x1 + 2*x2")), p("x1*x2"))).isFalse();
    }

    @Test
    void aFunctionIsReproducedByAnyRepresentative() {
        assertThat(WitnessVerification.reproduces(W, FUNCTION, List.of(p("x1^2 + x1*x2")), p("x1^2*x2"))).isTrue();
        assertThat(WitnessVerification.reproduces(W, TUPLE, List.of(p("x1^2 + x1*x2")), p("x1^2*x2"))).isFalse();
        assertThat(WitnessVerification.reproduces(W, FUNCTION, List.of(p("x1 - x2")), p("x1*x2"))).isFalse();
    }

    @Test
    void anotherNumberOfOutputsIsNotReproduced() {
        assertThat(WitnessVerification.reproduces(W, FUNCTION, List.of(p("x1"), p("x2")), p("x1*x2"))).isFalse();
        assertThat(WitnessVerification.reproduces(Rationals.Q, D, W.matrices(), FUNCTION, List.of(p("x1"), p("x2")),
                p("x1*x2"))).isFalse();
    }

    @Test
    void overAFieldTheNetworkIsExpandedThere() {
        assertThat(WitnessVerification.reproduces(Rationals.Q, D, W.matrices(), TUPLE, List.of(p("x1 + x2")), p("x1*x2")))
                .isTrue();
        assertThat(WitnessVerification.reproduces(Rationals.Q, D, W.matrices(), FUNCTION, List.of(p("1")), p("x1")))
                .isFalse();
    }

    @Test
    void anUndefinedNetworkIsNoWitness() {
        Weights zeroRow = WeightsLiteral.parse(D, "[[[0,0],[0,1]],[[1,1]]]");
        assertThatThrownBy(() -> WitnessVerification.reproduces(zeroRow, TUPLE, List.of(p("x1")), p("x1*x2")))
                .isInstanceOf(UndefinedNetworkException.class);
    }

    @Test
    void closedFormsAreComparedInTheModesSense() {
        assertThat(WitnessVerification.reproduces(TUPLE, List.of(p("2*x1")), p("2*x2"), List.of(p("x1")), p("x2"))).isTrue();
        assertThat(WitnessVerification.reproduces(FUNCTION, List.of(p("x1^2")), p("x1*x2"), List.of(p("x1")), p("x2"))).isTrue();
        assertThat(WitnessVerification.reproduces(TUPLE, List.of(p("x1^2")), p("x1*x2"), List.of(p("x1")), p("x2"))).isFalse();
    }
}
