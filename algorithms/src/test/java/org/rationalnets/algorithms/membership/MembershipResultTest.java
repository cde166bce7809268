package org.rationalnets.algorithms.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.core.WeightsLiteral;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.UnivariatePolynomial;
import org.rationalnets.exact.algebraic.AlgebraicNumber;

class MembershipResultTest {

    private static final Architecture D = Architecture.of(2, 2, 1);
    private static final Weights CF1 = WeightsLiteral.parse(D, "[[[1,0],[0,1]],[[1,1]]]");

    @Test
    void fieldsNotAskedAreNull() {
        MembershipResult r = MembershipResult.builder(D, MembershipResult.Mode.TUPLE)
                .answer(GroundField.Q, Answer.YES, WitnessWeights.rational(CF1))
                .closure(Answer.YES).reason("rows x1, x2").evidence("expanded").build();
        assertThat(r.mode().jsonName()).isEqualTo("tuple");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.YES);
        assertThat(r.answer(GroundField.R)).isEqualTo(Answer.UNKNOWN);
        assertThat(r.answer(GroundField.C)).isEqualTo(Answer.UNKNOWN);
        assertThat(r.closure()).isEqualTo(Answer.YES);
        assertThat(r.weights(GroundField.Q)).isEqualTo(WitnessWeights.rational(CF1));
        assertThat(r.weights(GroundField.R)).isNull();
        assertThat(r.fields()).containsExactly(GroundField.Q);
    }

    @Test
    void aYesNeedsAWitness() {
        assertThatThrownBy(() -> MembershipResult.builder(D, MembershipResult.Mode.TUPLE).answer(GroundField.C, Answer.YES, null).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("without a witness");
    }

    @Test
    void answersMustRespectTheInclusionsOfTheFields() {
        WitnessWeights w = WitnessWeights.rational(CF1);
        assertThatThrownBy(() -> MembershipResult.builder(D, MembershipResult.Mode.TUPLE)
                .answer(GroundField.Q, Answer.YES, w).answer(GroundField.C, Answer.NO, null).build())
                .hasMessageContaining("member over Q but not over C");
        assertThatThrownBy(() -> MembershipResult.builder(D, MembershipResult.Mode.FUNCTION)
                .answer(GroundField.R, Answer.YES, w).closure(Answer.NO).build())
                .hasMessageContaining("not in the closure");
        // the converse is fine: no over Q, yes over R
        MembershipResult ok = MembershipResult.builder(D, MembershipResult.Mode.FUNCTION)
                .answer(GroundField.Q, Answer.NO, null).answer(GroundField.R, Answer.YES, w).closure(Answer.YES).build();
        assertThat(ok.answer(GroundField.Q)).isEqualTo(Answer.NO);
        assertThat(ok.weights(GroundField.R)).isEqualTo(w);
    }

    @Test
    void witnessRoundTripsToRationalWeights() {
        WitnessWeights w = WitnessWeights.rational(WeightsLiteral.parse(D, "[[[\"1/2\",0],[0,-3]],[[1,1]]]"));
        assertThat(w.isRational()).isTrue();
        assertThat(w.toRational(D)).contains(WeightsLiteral.parse(D, "[[[\"1/2\",0],[0,-3]],[[1,1]]]"));
        assertThat(w.toText()).isEqualTo("W_1 = [[1/2, 0], [0, -3]]; W_2 = [[1, 1]]");
        assertThat(WitnessEntry.rational(BigFraction.of(-1, 2)).toText()).isEqualTo("-1/2");
    }
    @Test
    void anUndecidedFieldIsAskedWithoutAnAnswerAndShowsInTheSummary() {
        MembershipResult r = MembershipResult.builder(D, MembershipResult.Mode.FUNCTION)
                .answer(GroundField.Q, Answer.YES, WitnessWeights.rational(CF1)).undecided(GroundField.R)
                .closure(Answer.YES).reason("rows x1, x2").build();
        assertThat(r.mode()).isEqualTo(MembershipResult.Mode.FUNCTION);
        assertThat(r.architecture()).isEqualTo(D);
        assertThat(r.fields()).containsExactly(GroundField.Q, GroundField.R);
        assertThat(r.answer(GroundField.R)).isEqualTo(Answer.UNKNOWN);
        assertThat(r.weights(GroundField.R)).isNull();
        assertThat(r.toString()).isEqualTo("MembershipResult(2,2,1) function member={Q=YES, R=UNKNOWN} closure=YES (rows x1, x2)");
    }

    @Test
    void aWitnessWeightsPrintsAsItsText() {
        WitnessWeights w = WitnessWeights.rational(CF1);
        assertThat(w.toString()).isEqualTo("W_1 = [[1, 0], [0, 1]]; W_2 = [[1, 1]]");
    }

    @Test
    void anAlgebraicEntryPrintsItsApproximationValueAndPolynomial() {
        // √2: the root 1 (in increasing order) of t^2 − 2, value t
        UnivariatePolynomial<BigFraction> h = UnivariatePolynomial.of(Rationals.Q,
                List.of(BigFraction.of(-2), BigFraction.ZERO, BigFraction.ONE));
        WitnessEntry sqrt2 = WitnessEntry.of(AlgebraicNumber.root(h, 1));
        assertThat(sqrt2.isRational()).isFalse();
        assertThat(sqrt2.toText()).isEqualTo("≈1.414213562 (= t, t^2 - 2 = 0)");
    }
}
