package org.rationalnets.oracle;

import org.rationalnets.algorithms.membership.ShallowMembership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.UndefinedNetworkException;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;

/** docs/theory.md S3: on (d_0, 2, d_2) networks the matrix [S; p_1; …; p_d2] has rank ≤ 2 (its 3×3 minors vanish). */
class ShallowEquationProperties {

    @Provide
    Arbitrary<Networks.Case> shallowWidthTwo() {
        Arbitrary<Architecture> archs = Combinators.combine(Arbitraries.integers().between(3, 5), Arbitraries.integers().between(1, 3))
                .as((d0, d2) -> Architecture.of(d0, 2, d2));
        return Networks.cases(archs);
    }



    @Property(tries = 150, seed = "20250920")
    @Label("S3 [derived; checked with Macaulay2]: for d = (d_0, 2, d_2), 3 ≤ d_0 ≤ 5, d_2 ≤ 3, every network point "
            + "[P : Q] makes [S; p_1; …; p_d2] of rank ≤ 2, i.e. the 3×3 minors vanish on M_d")
    void minorsVanishOnNetworkPoints(@ForAll("shallowWidthTwo") Networks.Case c) {
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

    @Property(tries = 100, seed = "20250921")
    @Label("S3, the converse direction on a generic point [derived]: a random point of A_(d_0,2,d_2), d_0 ≥ 3, is not "
            + "in V_d: [S; p] has rank ≥ 3 as soon as S does")
    void genericAmbientPointsAreOutside(@ForAll("ambientPoints") List<Polynomial<BigFraction>> point) {
        List<Polynomial<BigFraction>> p = point.subList(0, point.size() - 1);
        Polynomial<BigFraction> q = point.get(point.size() - 1);
        Matrix<BigFraction> m = ShallowMembership.s3Matrix(p, q);
        Matrix<BigFraction> s = ShallowMembership.s3Matrix(List.of(), q);
        if (s.rank() >= 3) {
            assertThat(m.rank()).isGreaterThanOrEqualTo(3);
        }
    }

    @Provide
    Arbitrary<List<Polynomial<BigFraction>>> ambientPoints() {
        return Combinators.combine(Arbitraries.integers().between(3, 5), Arbitraries.integers().between(1, 3))
                .flatAs((n, d2) -> Networks.nonzeroRationals().list().ofSize(n * d2 + n * (n + 1) / 2).map(c -> {
                    List<Polynomial<BigFraction>> out = new ArrayList<>();
                    int i = 0;
                    for (int k = 0; k < d2; k++) {
                        out.add(Polynomial.linearForm(Rationals.Q, c.subList(i, i + n)));
                        i += n;
                    }
                    Polynomial<BigFraction> q = Polynomial.zero(Rationals.Q, n);
                    for (Monomial mono : Monomial.ofDegree(n, 2)) {
                        q = q.add(Polynomial.monomial(Rationals.Q, c.get(i++), mono));
                    }
                    out.add(q);
                    return out;
                }));
    }
}
