package org.rationalnets.exact.algebraic;

import cc.redberry.rings.Rings;
import cc.redberry.rings.poly.PolynomialFactorDecomposition;
import cc.redberry.rings.poly.univar.UnivariateFactorization;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.UnivariatePolynomial;

/**
 * Irreducible factorisation of univariate polynomials over Q, delegated to the {@code rings} library
 * (Zassenhaus/Hensel lifting over Z). Used to split off rational roots and to find minimal polynomials;
 * the linear factorisation of forms does not need it otherwise.
 */
public final class RationalFactorization {

    private RationalFactorization() {
    }

    /**
     * The monic irreducible factors of {@code f} over Q with their multiplicities (constant factor
     * dropped), ordered by degree, then by the canonical text.
     *
     * @throws IllegalArgumentException if {@code f} is zero
     */
    public static List<UnivariatePolynomial.SquareFreeFactor<BigFraction>> factor(UnivariatePolynomial<BigFraction> f) {
        if (f.isZero()) {
            throw new IllegalArgumentException("the zero polynomial has no factorisation");
        }
        List<UnivariatePolynomial.SquareFreeFactor<BigFraction>> out = new ArrayList<>();
        if (f.degree() == 0) {
            return out;
        }
        PolynomialFactorDecomposition<cc.redberry.rings.poly.univar.UnivariatePolynomial<cc.redberry.rings.bigint.BigInteger>> d =
                UnivariateFactorization.FactorInZ(toIntegerPolynomial(f));
        for (int i = 0; i < d.size(); i++) {
            UnivariatePolynomial<BigFraction> p = fromRings(d.get(i));
            if (p.degree() > 0) {
                out.add(new UnivariatePolynomial.SquareFreeFactor<>(p.monic(), d.getExponent(i)));
            }
        }
        out.sort((a, b) -> a.factor().degree() != b.factor().degree()
                ? Integer.compare(a.factor().degree(), b.factor().degree())
                : a.factor().toString().compareTo(b.factor().toString()));
        return List.copyOf(out);
    }

    /**
     * The distinct rational roots of {@code f}, in increasing order.
     *
     * @throws IllegalArgumentException if {@code f} is zero
     */
    public static List<BigFraction> rationalRoots(UnivariatePolynomial<BigFraction> f) {
        List<BigFraction> roots = new ArrayList<>();
        for (UnivariatePolynomial.SquareFreeFactor<BigFraction> p : factor(f)) {
            if (p.factor().degree() == 1) {
                roots.add(Order.normal(p.factor().coefficient(0).negate()));
            }
        }
        roots.sort(Order::compare);
        return List.copyOf(roots);
    }

    /** A primitive integer multiple of {@code f} as a {@code rings} polynomial over Z. */
    private static cc.redberry.rings.poly.univar.UnivariatePolynomial<cc.redberry.rings.bigint.BigInteger> toIntegerPolynomial(
            UnivariatePolynomial<BigFraction> f) {
        BigInteger lcm = BigInteger.ONE;
        for (BigFraction c : f.coefficients()) {
            BigInteger d = Rationals.denominator(c);
            lcm = lcm.divide(lcm.gcd(d)).multiply(d);
        }
        cc.redberry.rings.bigint.BigInteger[] cs = new cc.redberry.rings.bigint.BigInteger[f.degree() + 1];
        for (int i = 0; i <= f.degree(); i++) {
            BigFraction c = f.coefficient(i).multiply(BigFraction.of(lcm));
            cs[i] = new cc.redberry.rings.bigint.BigInteger(Rationals.numerator(c));
        }
        return cc.redberry.rings.poly.univar.UnivariatePolynomial.create(Rings.Z, cs).primitivePart();
    }

    private static UnivariatePolynomial<BigFraction> fromRings(
            cc.redberry.rings.poly.univar.UnivariatePolynomial<cc.redberry.rings.bigint.BigInteger> p) {
        List<BigFraction> cs = new ArrayList<>();
        for (int i = 0; i <= p.degree(); i++) {
            cs.add(BigFraction.of(new BigInteger(p.get(i).toString())));
        }
        return UnivariatePolynomial.of(Rationals.Q, cs);
    }
}
