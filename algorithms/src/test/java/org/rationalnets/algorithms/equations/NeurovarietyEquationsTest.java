package org.rationalnets.algorithms.equations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;

class NeurovarietyEquationsTest {

    /** docs/examples.md, equations table: (3,2,1) has no quadric, 4 cubics; (3,2,2) 10 cubics. */
    @Test
    void equationsTableOfExamples() {
        EquationsResult q = NeurovarietyEquations.inDegree(Architecture.of(3, 2, 1), 2, 7);
        assertThat(q.certified()).isTrue();
        assertThat(q.count()).isZero();
        assertThat(q.certificate().upperBound()).isZero();
        EquationsResult c = NeurovarietyEquations.inDegree(Architecture.of(3, 2, 1), 3, 7);
        assertThat(c.certified()).isTrue();
        assertThat(c.count()).isEqualTo(4);
        assertThat(c.certificate().verified()).isEqualTo(4);
        EquationsResult c2 = NeurovarietyEquations.inDegree(Architecture.of(3, 2, 2), 3, 7);
        assertThat(c2.certified()).isTrue();
        assertThat(c2.count()).isEqualTo(10);
    }

    @Test
    void coordinatesAreTheAmbientCoordinatesInOrder() {
        EquationsResult r = NeurovarietyEquations.inDegree(Architecture.of(2, 2, 1), 2, 1);
        assertThat(r.coordinates()).containsExactly("P1[1,0]", "P1[0,1]", "Q[2,0]", "Q[1,1]", "Q[0,2]");
        // (2,2,1) fills (S2): no equations at all
        assertThat(r.certified()).isTrue();
        assertThat(r.count()).isZero();
    }

    /** 4·det S, expanded by hand, is one of the four cubics of (3,2,1) (S3). */
    @Test
    void determinantOfSIsAnEquationOfThreeTwoOne() {
        EquationsResult r = NeurovarietyEquations.inDegree(Architecture.of(3, 2, 1), 3, 3);
        assertThat(r.equationStrings()).contains(
                "4*Q[2,0,0]*Q[0,2,0]*Q[0,0,2] - Q[2,0,0]*Q[0,1,1]^2 - Q[1,1,0]^2*Q[0,0,2] + Q[1,1,0]*Q[1,0,1]*Q[0,1,1] - Q[1,0,1]^2*Q[0,2,0]");
    }

    /** The reduced basis does not depend on the seed (canonical form). */
    @Test
    void resultDoesNotDependOnTheSeed() {
        EquationsResult a = NeurovarietyEquations.inDegree(Architecture.of(3, 2, 2), 3, 11);
        EquationsResult b = NeurovarietyEquations.inDegree(Architecture.of(3, 2, 2), 3, 12345);
        assertThat(a.equations()).isEqualTo(b.equations());
    }

    private static final EquationsResult THREE_TWO_TWO = NeurovarietyEquations.inDegree(Architecture.of(3, 2, 2), 3, 5);

    /** Every certified equation vanishes at the closed form of a network not used to find it. */
    /** Integer weights in [−9, 9] for (3,2,2). */
    static Stream<Instance<Weights>> freshNetworks() {
        return Instances.of(30, r -> Weights.randomIntegers(Architecture.of(3, 2, 2), 9, r));
    }

    @ParameterizedTest
    @MethodSource("freshNetworks")
    void equationsVanishOnFreshNetworks(Instance<Weights> instance) {
        Architecture d = Architecture.of(3, 2, 2);
        EquationsResult r = THREE_TWO_TWO;
        Weights w = instance.value();
        ClosedForm<BigFraction> cf = RationalNet.of(w).closedForm();
        List<BigFraction> point = new ArrayList<>();
        for (Polynomial<BigFraction> p : cf.numerators()) {
            d.ambientSpace().numeratorMonomials().forEach(m -> point.add(p.coefficient(m)));
        }
        d.ambientSpace().denominatorMonomials().forEach(m -> point.add(cf.denominator().coefficient(m)));
        for (Polynomial<BigFraction> e : r.equations()) {
            assertThat(e.evaluate(point).signum()).as("equation %s", r.format(e)).isZero();
        }
    }

    /** The symbolic parametrisation at weights with first column 1 in W_1 equals the closed form. */
    /** Weights for (d_0, d_1, 2), 2 ≤ d_0 ≤ 3, 1 ≤ d_1 ≤ 3, integer entries in [−5, 5], first column of W_1 all 1. */
    static Stream<Instance<Weights>> normalisedWeights() {
        return Instances.of(20, rnd -> {
            int d0 = 2 + rnd.nextInt(2);
            int d1 = 1 + rnd.nextInt(3);
            List<List<BigFraction>> w1 = new ArrayList<>();
            for (int i = 0; i < d1; i++) {
                List<BigFraction> row = new ArrayList<>(List.of(BigFraction.ONE));
                for (int j = 1; j < d0; j++) {
                    row.add(BigFraction.of(rnd.nextInt(11) - 5));
                }
                w1.add(row);
            }
            List<List<BigFraction>> w2 = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                List<BigFraction> row = new ArrayList<>();
                for (int j = 0; j < d1; j++) {
                    row.add(BigFraction.of(rnd.nextInt(11) - 5));
                }
                w2.add(row);
            }
            return Weights.ofRows(Architecture.of(d0, d1, 2), List.of(w1, w2));
        });
    }

    /** The symbolic parametrisation at weights with first column 1 in W_1 equals the closed form. */
    @ParameterizedTest
    @MethodSource("normalisedWeights")
    void symbolicParametrisationAgreesWithTheClosedForm(Instance<Weights> instance) {
        Weights w = instance.value();
        Architecture d = w.architecture();
        SymbolicParametrisation s = SymbolicParametrisation.of(d);
        assertThat(s.weightVariables()).isEqualTo(d.parameterCount() - d.symmetryDimension());
        // the free weights in the order of the parametrisation: W_1 without its first column, then W_2
        List<BigFraction> values = new ArrayList<>();
        for (List<BigFraction> row : w.matrices().get(0).rowList()) {
            values.addAll(row.subList(1, row.size()));
        }
        for (List<BigFraction> row : w.matrices().get(1).rowList()) {
            values.addAll(row);
        }
        ClosedForm<BigFraction> cf = RationalNet.of(w).closedForm();
        List<BigFraction> expected = new ArrayList<>();
        for (Polynomial<BigFraction> p : cf.numerators()) {
            d.ambientSpace().numeratorMonomials().forEach(m -> expected.add(p.coefficient(m)));
        }
        d.ambientSpace().denominatorMonomials().forEach(m -> expected.add(cf.denominator().coefficient(m)));
        List<BigFraction> actual = s.coordinates().stream().map(c -> c.evaluate(values)).toList();
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void formatsInCoordinateNames() {
        Polynomial<BigFraction> f = Polynomial.monomial(Rationals.Q, BigFraction.of(-3, 2), Monomial.of(2, 0, 1))
                .add(Polynomial.variable(Rationals.Q, 3, 1));
        assertThat(EquationsResult.formatIn(List.of("A", "B", "C"), f)).isEqualTo("-3/2*A^2*C + B");
    }

    @Test
    void rejectsDegreeZero() {
        assertThatThrownBy(() -> NeurovarietyEquations.inDegree(Architecture.of(3, 2, 1), 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k ≥ 1");
    }
}
