package org.rationalnets.algorithms.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.PolynomialParser;

class MembershipTest {

    private static final EnumSet<GroundField> ALL = EnumSet.allOf(GroundField.class);

    @Test
    void coversShallowAndBinaryHiddenLayersOnly() {
        assertThat(Membership.covers(Architecture.of(3, 4, 2))).isTrue();
        assertThat(Membership.covers(Architecture.of(2, 2, 2, 1))).isTrue();
        assertThat(Membership.covers(Architecture.of(3, 2, 2, 2, 2))).isTrue();
        assertThat(Membership.covers(Architecture.of(2, 3, 2, 1))).isFalse();
        assertThat(Membership.covers(Architecture.of(2, 2, 3, 1))).isFalse();
    }

    @Test
    void shallowQuestionsGoToTheShallowAlgorithm() {
        // docs/examples.md: x1/(x1^2 − 2 x2^2) over (3,2,1) is in M(R) (factors x1 ± √2 x2) but not in M(Q)
        Architecture d = Architecture.parse("3,2,1");
        MembershipInput.Fraction f = MembershipInput.parseFunction("x1/(x1^2 - 2*x2^2)", 3);
        MembershipResult r = Membership.decide(MembershipInput.of(d, MembershipResult.Mode.FUNCTION, List.of(f.numerator()),
                f.denominator()), ALL, 1);
        assertThat(List.of(r.answer(GroundField.Q), r.answer(GroundField.R), r.answer(GroundField.C), r.closure()))
                .containsExactly(Answer.NO, Answer.YES, Answer.YES, Answer.YES);
        assertThat(r.evidence()).anyMatch(e -> e.startsWith("factorisation of Q_0")); // the shallow algorithm's evidence
    }

    @Test
    void binaryHiddenLayersGoToTheDeepBinaryAlgorithm() {
        // CF2 of docs/examples.md: (2,2,2,1), P = 2 x1 x2^2, Q = x2^2 − x1^2 is in M(Q)
        Architecture d = Architecture.parse("2,2,2,1");
        MembershipInput in = MembershipInput.of(d, MembershipResult.Mode.TUPLE, List.of(PolynomialParser.parse("2*x1*x2^2", 2)),
                PolynomialParser.parse("x2^2 - x1^2", 2));
        MembershipResult r = Membership.decide(in, ALL, 1);
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.YES);
        assertThat(r.closure()).isEqualTo(Answer.YES);
        assertThat(r.weights(GroundField.Q).toText()).isEqualTo("W_1 = [[0, 1], [1, 0]]; W_2 = [[-1, -1], [1, -1]]; W_3 = [[-1, -1]]");
    }

    @Test
    void anArchitectureWithoutAnAlgorithmIsRefused() {
        Architecture d = Architecture.of(2, 3, 2, 1);
        MembershipInput in = MembershipInput.of(d, MembershipResult.Mode.FUNCTION, List.of(PolynomialParser.parse("x1", 2)),
                PolynomialParser.parse("x1*x2", 2));
        assertThatThrownBy(() -> Membership.decide(in, ALL, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("binary hidden layers").hasMessageContaining("(2,3,2,1)");
    }

    @Test
    void answersMapToTheJsonValuesAndWords() {
        assertThat(Answer.of(true)).isEqualTo(Answer.YES);
        assertThat(Answer.of(false)).isEqualTo(Answer.NO);
        assertThat(Answer.YES.asBoolean()).isTrue();
        assertThat(Answer.NO.asBoolean()).isFalse();
        assertThat(Answer.UNKNOWN.asBoolean()).isNull();
        assertThat(List.of(Answer.YES.word(), Answer.NO.word(), Answer.UNKNOWN.word())).containsExactly("yes", "no", "unknown");
    }
}
