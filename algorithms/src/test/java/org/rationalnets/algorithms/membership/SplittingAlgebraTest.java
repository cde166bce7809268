package org.rationalnets.algorithms.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rationalnets.exact.UnivariatePolynomial;
import org.rationalnets.exact.algebraic.AlgebraicElement;
import org.rationalnets.exact.algebraic.AlgebraicExtension;

/** Expected degrees are those of the splitting fields, worked by hand (Galois theory), not read off the code. */
class SplittingAlgebraTest {

    private static UnivariatePolynomial<BigFraction> poly(String text) {
        return AlgebraicExtension.parsePolynomial(text);
    }

    /** Every stored root of {@code p_j} is a root, and the roots of one {@code p_j} differ by invertible elements. */
    private static void assertHoldsAllRoots(SplittingAlgebra s, List<UnivariatePolynomial<BigFraction>> ps) {
        AlgebraicExtension a = s.algebra();
        for (int j = 0; j < ps.size(); j++) {
            UnivariatePolynomial<BigFraction> p = ps.get(j);
            for (int i = 0; i < p.degree(); i++) {
                AlgebraicElement root = s.root(j, i);
                AlgebraicElement value = a.zero();
                for (int k = p.degree(); k >= 0; k--) {
                    value = a.add(a.multiply(value, root), a.fromRational(p.coefficient(k)));
                }
                assertThat(a.isZero(value)).as("p_%d(root %d) = 0 in %s", j, i, a).isTrue();
                for (int i2 = 0; i2 < i; i2++) {
                    assertThat(a.isInvertible(a.subtract(root, s.root(j, i2)))).as("roots %d, %d of p_%d distinct", i2, i, j).isTrue();
                }
            }
        }
    }

    /** About 4 s (a degree-16 norm and gcd): tagged slow. */
    @Test
    @Tag("slow")
    void fourIndependentSquareRootsNeedDegreeSixteenExactly() {
        // Q(√2, √3, √5, √7) has degree 2^4 = 16 = MAX_DEGREE: the last step (8 · 2 = 16) is still allowed
        List<UnivariatePolynomial<BigFraction>> ps = List.of(poly("t^2 - 2"), poly("t^2 - 3"), poly("t^2 - 5"), poly("t^2 - 7"));
        Optional<SplittingAlgebra> s = SplittingAlgebra.of(ps, true);
        assertThat(s).isPresent();
        assertThat(s.get().algebra().degree()).isEqualTo(16);
        assertHoldsAllRoots(s.get(), ps);
        assertThat(s.get().embedding(true).isReal()).isTrue();
    }

    @Test
    void aQuinticWithGaloisGroupS5IsBeyondTheLimit() {
        // t^5 − t − 1: splitting field of degree 120; after one root (degree 5) the next step would reach 5 · 4 = 20 > 16
        assertThat(SplittingAlgebra.of(List.of(poly("t^5 - t - 1")), false)).isEmpty();
        assertThat(SplittingAlgebra.of(List.of(poly("t^5 - t - 1")), true)).isEmpty();
    }

    @Test
    void aRepeatedPolynomialGetsDistinctRootsInOneRealAlgebra() {
        // over A = Q(√2), y^2 − 2 = (y − √2)(y + √2) is reducible: the next algebra (degree 2 or 4, a field or not) must
        // still hold two distinct roots of each copy; all roots are real, so a real embedding exists
        List<UnivariatePolynomial<BigFraction>> ps = List.of(poly("t^2 - 2"), poly("t^2 - 2"));
        SplittingAlgebra s = SplittingAlgebra.of(ps, true).orElseThrow();
        assertThat(s.algebra().degree()).isIn(2, 4);
        assertHoldsAllRoots(s, ps);
        assertThat(s.embedding(true).isReal()).isTrue();
    }

    @Test
    void aNonRealAlgebraHasNoRealEmbedding() {
        SplittingAlgebra s = SplittingAlgebra.of(List.of(poly("t^2 + 1")), false).orElseThrow();
        assertThat(s.algebra().degree()).isEqualTo(2);
        assertHoldsAllRoots(s, List.of(poly("t^2 + 1")));
        assertThat(s.embedding(false).isReal()).isFalse();
        assertThatThrownBy(() -> s.embedding(true)).isInstanceOf(IllegalStateException.class).hasMessageContaining("no real root");
    }
}
