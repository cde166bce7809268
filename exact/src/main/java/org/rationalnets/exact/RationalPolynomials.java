package org.rationalnets.exact;

import cc.redberry.rings.Rings;
import cc.redberry.rings.poly.multivar.MonomialOrder;
import cc.redberry.rings.poly.multivar.MultivariateGCD;
import cc.redberry.rings.poly.multivar.MultivariatePolynomial;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Operations that only make sense over Q: content and primitive part, and the multivariate gcd,
 * which is delegated to the {@code rings} library (sparse modular gcd over Z) rather than written
 * here.
 */
public final class RationalPolynomials {

    private RationalPolynomials() {
    }

    /**
     * The content: the positive rational {@code c} (sign of the leading coefficient attached) such
     * that {@code f / c} has coprime integer coefficients and a positive leading coefficient.
     * Zero for the zero polynomial.
     */
    public static BigFraction content(Polynomial<BigFraction> f) {
        if (f.isZero()) {
            return BigFraction.ZERO;
        }
        BigInteger g = BigInteger.ZERO;
        BigInteger l = BigInteger.ONE;
        for (Polynomial.Term<BigFraction> t : f.terms()) {
            g = g.gcd(Rationals.numerator(t.coefficient()));
            BigInteger d = Rationals.denominator(t.coefficient());
            l = l.divide(l.gcd(d)).multiply(d);
        }
        BigFraction c = BigFraction.of(g, l);
        return f.leadingCoefficient().signum() < 0 ? c.negate() : c;
    }

    /** {@code f / content(f)}: coprime integer coefficients, positive leading coefficient. */
    public static Polynomial<BigFraction> primitivePart(Polynomial<BigFraction> f) {
        return f.isZero() ? f : f.scale(content(f).reciprocal());
    }

    /**
     * The greatest common divisor of the given polynomials, normalised to its
     * {@linkplain #primitivePart primitive part} (so it is determined uniquely); zero when all are zero.
     *
     * @throws IllegalArgumentException if the list is empty or the variable counts differ
     */
    public static Polynomial<BigFraction> gcd(List<Polynomial<BigFraction>> polynomials) {
        if (polynomials.isEmpty()) {
            throw new IllegalArgumentException("gcd of no polynomials");
        }
        int n = polynomials.get(0).variables();
        List<MultivariatePolynomial<cc.redberry.rings.bigint.BigInteger>> nonzero = new ArrayList<>();
        for (Polynomial<BigFraction> p : polynomials) {
            if (p.variables() != n) {
                throw new IllegalArgumentException("polynomials in different numbers of variables");
            }
            if (!p.isZero()) {
                nonzero.add(toRings(primitivePart(p)));
            }
        }
        if (nonzero.isEmpty()) {
            return Polynomial.zero(Rationals.Q, n);
        }
        if (nonzero.size() == 1) {
            return primitivePart(fromRings(nonzero.get(0), n));
        }
        return primitivePart(fromRings(MultivariateGCD.PolynomialGCD(nonzero), n));
    }

    /** An integer polynomial (coefficients must be integers) as a {@code rings} polynomial over Z. */
    static MultivariatePolynomial<cc.redberry.rings.bigint.BigInteger> toRings(Polynomial<BigFraction> f) {
        MultivariatePolynomial<cc.redberry.rings.bigint.BigInteger> r =
                MultivariatePolynomial.zero(f.variables(), Rings.Z, MonomialOrder.GREVLEX);
        for (Polynomial.Term<BigFraction> t : f.terms()) {
            if (!Rationals.denominator(t.coefficient()).equals(BigInteger.ONE)) {
                throw new IllegalArgumentException("not an integer polynomial: " + f);
            }
            r.add(new cc.redberry.rings.poly.multivar.Monomial<>(t.monomial().exponents(),
                    new cc.redberry.rings.bigint.BigInteger(Rationals.numerator(t.coefficient()))));
        }
        return r;
    }

    static Polynomial<BigFraction> fromRings(MultivariatePolynomial<cc.redberry.rings.bigint.BigInteger> r, int n) {
        Map<Monomial, BigFraction> terms = new HashMap<>();
        for (cc.redberry.rings.poly.multivar.Monomial<cc.redberry.rings.bigint.BigInteger> t : r) {
            terms.put(Monomial.of(t.exponents), BigFraction.of(new BigInteger(t.coefficient.toString())));
        }
        return Polynomial.of(Rationals.Q, n, terms);
    }

    /**
     * A fraction {@code (P_1, …, P_k) / Q} in lowest terms: the gcd of all numerators and the
     * denominator is divided out; the scalar is left as it was (the result is the input divided by
     * a primitive polynomial with positive leading coefficient).
     *
     * @param numerators the numerators
     * @param denominator a nonzero denominator
     * @param commonFactor the factor that was removed (1 when already in lowest terms)
     */
    public record Fraction(List<Polynomial<BigFraction>> numerators, Polynomial<BigFraction> denominator,
                           Polynomial<BigFraction> commonFactor) {
    }

    /**
     * Reduces {@code P/Q} to lowest terms.
     *
     * @throws ArithmeticException if the denominator is zero
     */
    public static Fraction lowestTerms(List<Polynomial<BigFraction>> numerators, Polynomial<BigFraction> denominator) {
        if (denominator.isZero()) {
            throw new ArithmeticException("zero denominator");
        }
        List<Polynomial<BigFraction>> all = new ArrayList<>(numerators);
        all.add(denominator);
        Polynomial<BigFraction> g = gcd(all);
        List<Polynomial<BigFraction>> reduced = new ArrayList<>(numerators.size());
        for (Polynomial<BigFraction> p : numerators) {
            reduced.add(p.divideExact(g));
        }
        return new Fraction(List.copyOf(reduced), denominator.divideExact(g), g);
    }
}
