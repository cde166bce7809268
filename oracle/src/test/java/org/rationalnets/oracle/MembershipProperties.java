package org.rationalnets.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.algorithms.membership.Answer;
import org.rationalnets.algorithms.membership.Membership;
import org.rationalnets.algorithms.membership.MembershipInput;
import org.rationalnets.algorithms.membership.MembershipResult;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.core.instances.RandomNetworks;
import org.rationalnets.core.instances.RandomNetworks.Network;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;
import org.rationalnets.exact.instances.RandomPolynomials;

/** docs/theory.md §6 membership on inputs whose answer is known by construction. */
class MembershipProperties {

    /** (d_0, d_1, d_2) with d_0 ≤ 4, d_1 ≤ 3, d_2 ≤ 2. */
    static Stream<Instance<Network>> shallowNetworks() {
        return Instances.of(40, r -> RandomNetworks.network(r, Architecture.of(1 + r.nextInt(4), 1 + r.nextInt(3), 1 + r.nextInt(2)), 3));
    }

    @ParameterizedTest
    @MethodSource("shallowNetworks")
    @DisplayName("§6 membership [derived]: the closed form of rational weights is in M_d(Q) ⊂ M_d(R) ⊂ M_d(C) and in V_d, as a "
            + "tuple and as a function, and the witness returned re-expands to it (d_0 ≤ 4, d_1 ≤ 3, d_2 ≤ 2)")
    void networkPointsAreMembers(Instance<Network> instance) {
        Network c = instance.value();
        Architecture d = c.architecture();
        ClosedForm<BigFraction> cf = RationalNet.of(c.weights()).closedForm();
        for (MembershipResult.Mode mode : MembershipResult.Mode.values()) {
            MembershipResult r = Membership.decide(MembershipInput.of(d, mode, cf.numerators(), cf.denominator()),
                    EnumSet.allOf(GroundField.class), 3);
            for (GroundField f : GroundField.values()) {
                assertThat(r.answer(f)).as("%s %s over %s: %s", c, mode, f, r.reason()).isEqualTo(Answer.YES);
            }
            assertThat(r.closure()).isEqualTo(Answer.YES);
            Weights w = r.weights(GroundField.Q).toRational(d).orElseThrow();
            ClosedForm<BigFraction> back = RationalNet.of(w).closedForm();
            for (int i = 0; i < d.outputDimension(); i++) {
                assertThat(back.numerators().get(i).multiply(cf.denominator()))
                        .as("witness %s for %s", w, c)
                        .isEqualTo(cf.numerators().get(i).multiply(back.denominator()));
            }
        }
    }

    /** u = a1 x1 + a2 x2, v = b1 x1 + b2 x2 independent, numerator c1 u + c2 v ≠ 0 (a = (a1, a2, b1, b2, c1, c2) in [−4, 4]^6); 1 ≤ s ≤ 9. */
    record Quadric(List<Integer> a, int s) {
    }

    static Stream<Instance<Quadric>> quadrics() {
        return Instances.of(30, r -> {
            while (true) {
                List<Integer> l = RandomPolynomials.integers(r, 6, -4, 4);
                if (l.get(0) * l.get(3) - l.get(1) * l.get(2) != 0 && (l.get(4) != 0 || l.get(5) != 0)) {
                    return new Quadric(l, 1 + r.nextInt(9));
                }
            }
        });
    }

    @ParameterizedTest
    @MethodSource("quadrics")
    @DisplayName("§6 membership over R and C [derived]: f = (c1 u + c2 v)/(u^2 + s v^2), s > 0, is in M_(2,2,1)(C) but not in "
            + "M(R) or M(Q) (complex conjugate factors); with u^2 − s v^2, s not a square, it is in M(R) but not M(Q)")
    void conjugateFactors(Instance<Quadric> instance) {
        List<Integer> a = instance.value().a();
        int s = instance.value().s();
        Architecture d = Architecture.of(2, 2, 1);
        Polynomial<BigFraction> u = Polynomial.linearForm(Rationals.Q, List.of(BigFraction.of(a.get(0)), BigFraction.of(a.get(1))));
        Polynomial<BigFraction> v = Polynomial.linearForm(Rationals.Q, List.of(BigFraction.of(a.get(2)), BigFraction.of(a.get(3))));
        Polynomial<BigFraction> p = u.scale(BigFraction.of(a.get(4))).add(v.scale(BigFraction.of(a.get(5))));
        Polynomial<BigFraction> uu = u.multiply(u);
        Polynomial<BigFraction> vv = v.multiply(v);
        MembershipResult complex = Membership.decide(MembershipInput.of(d, MembershipResult.Mode.FUNCTION, List.of(p),
                uu.add(vv.scale(BigFraction.of(s)))), EnumSet.allOf(GroundField.class), 5);
        assertThat(List.of(complex.answer(GroundField.Q), complex.answer(GroundField.R), complex.answer(GroundField.C)))
                .as("%s / (u^2 + %d v^2): %s", p, s, complex.reason()).containsExactly(Answer.NO, Answer.NO, Answer.YES);
        int t = s * s + 1; // strictly between s^2 and (s+1)^2: never a square
        MembershipResult real = Membership.decide(MembershipInput.of(d, MembershipResult.Mode.FUNCTION, List.of(p),
                uu.subtract(vv.scale(BigFraction.of(t)))), EnumSet.allOf(GroundField.class), 5);
        assertThat(List.of(real.answer(GroundField.Q), real.answer(GroundField.R), real.answer(GroundField.C)))
                .as("%s / (u^2 - %d v^2): %s", p, t, real.reason()).containsExactly(Answer.NO, Answer.YES, Answer.YES);
    }
}
