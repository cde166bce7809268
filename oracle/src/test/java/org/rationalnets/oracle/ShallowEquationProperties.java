package org.rationalnets.oracle;

import org.rationalnets.algorithms.membership.ShallowMembership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.UndefinedNetworkException;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Monomial;
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

/** docs/theory.md S3: on (d_0, 2, d_2) networks the matrix [S; p_1; …; p_d2] has rank ≤ 2 (its 3×3 minors vanish). */
class ShallowEquationProperties {

    /** (d_0, 2, d_2) with 3 ≤ d_0 ≤ 5, d_2 ≤ 3. */
    static Stream<Instance<Network>> shallowWidthTwo() {
        return Instances.of(150, r -> RandomNetworks.network(r, Architecture.of(3 + r.nextInt(3), 2, 1 + r.nextInt(3)), 3));
    }



    @ParameterizedTest
    @MethodSource("shallowWidthTwo")
    @DisplayName("S3 [derived; checked with Macaulay2]: for d = (d_0, 2, d_2), 3 ≤ d_0 ≤ 5, d_2 ≤ 3, every network point "
            + "[P : Q] makes [S; p_1; …; p_d2] of rank ≤ 2, i.e. the 3×3 minors vanish on M_d")
    void minorsVanishOnNetworkPoints(Instance<Network> instance) {
        Network c = instance.value();
        ClosedForm<BigFraction> cf;
        try {
            cf = RationalNet.of(c.weights()).closedForm();
        } catch (UndefinedNetworkException e) {
            return;
        }
        Matrix<BigFraction> m = ShallowMembership.s3Matrix(cf.numerators(), cf.denominator());
        assertThat(m.rank()).as("rank [S; p] for %s", c).isLessThanOrEqualTo(2);
        // and it is exactly 2 when the two rows of W_1 are independent: Q = l1*l2 has S of rank 2
        Matrix<BigFraction> w1 = c.weights().matrix(1);
        if (w1.rank() == 2) {
            assertThat(m.rank()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("ambientPoints")
    @DisplayName("S3, the converse direction on a generic point [derived]: a random point of A_(d_0,2,d_2), d_0 ≥ 3, is not "
            + "in V_d: [S; p] has rank ≥ 3 as soon as S does")
    void genericAmbientPointsAreOutside(Instance<List<Polynomial<BigFraction>>> instance) {
        List<Polynomial<BigFraction>> point = instance.value();
        List<Polynomial<BigFraction>> p = point.subList(0, point.size() - 1);
        Polynomial<BigFraction> q = point.get(point.size() - 1);
        Matrix<BigFraction> m = ShallowMembership.s3Matrix(p, q);
        Matrix<BigFraction> s = ShallowMembership.s3Matrix(List.of(), q);
        if (s.rank() >= 3) {
            assertThat(m.rank()).isGreaterThanOrEqualTo(3);
        }
    }

    /** For 3 ≤ n ≤ 5, 1 ≤ d_2 ≤ 3: d_2 linear forms P_i and a quadric Q, all coefficients nonzero rationals (|num| ≤ 6, den ≤ 4). */
    static Stream<Instance<List<Polynomial<BigFraction>>>> ambientPoints() {
        return Instances.of(100, r -> {
            int n = 3 + r.nextInt(3);
            int d2 = 1 + r.nextInt(3);
            List<Polynomial<BigFraction>> out = new ArrayList<>();
            for (int k = 0; k < d2; k++) {
                List<BigFraction> c = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    c.add(RandomPolynomials.nonzeroRational(r, 6, 4));
                }
                out.add(Polynomial.linearForm(Rationals.Q, c));
            }
            Polynomial<BigFraction> q = Polynomial.zero(Rationals.Q, n);
            for (Monomial mono : Monomial.ofDegree(n, 2)) {
                q = q.add(Polynomial.monomial(Rationals.Q, RandomPolynomials.nonzeroRational(r, 6, 4), mono));
            }
            out.add(q);
            return out;
        });
    }
}
