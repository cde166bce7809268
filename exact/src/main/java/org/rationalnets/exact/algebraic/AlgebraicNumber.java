package org.rationalnets.exact.algebraic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.UnivariatePolynomial;

/**
 * An algebraic number {@code value(θ)}, where {@code θ} is one specific root ({@link AlgebraicRoot}) of a
 * monic square-free polynomial {@code h} with rational coefficients and {@code value} is a rational
 * polynomial of degree {@code < deg h}. Immutable.
 *
 * <p>Exact form (docs/cli.md; written by the JSON layer from {@link #polynomial()}, {@link #value()},
 * {@link #approx()} and the root's {@linkplain AlgebraicRoot#interval() interval}):
 * {@code {"poly": "t^2 - 2", "value": "t", "approx": "1.414213562", "interval": ["1", "2"]}} — the interval
 * isolates {@code θ} among the real roots of {@code h} and is present only for a real root; a non-real root
 * carries only its approximation, e.g. {@code "approx": "0.5 - 1.322875656i"}. The approximation is for
 * display; every claim uses {@code h}, {@code value} and the interval.
 *
 * <p>Equality is structural (same {@code h}, same root index, same {@code value}); the same number
 * written over two different {@code h} compares unequal unless both are {@linkplain #canonical() canonical}.
 */
public final class AlgebraicNumber {

    private static final int DIGITS = 10;
    private static final BigFraction TINY = BigFraction.of(java.math.BigInteger.ONE, java.math.BigInteger.TEN.pow(40));

    private final AlgebraicRoot root;
    private final UnivariatePolynomial<BigFraction> value;

    private AlgebraicNumber(AlgebraicRoot root, UnivariatePolynomial<BigFraction> value) {
        this.root = root;
        this.value = value;
    }

    /**
     * The number {@code value(θ)} for the root {@code θ}; {@code value} is reduced modulo {@code h}, and a
     * constant value gives the {@linkplain #rational rational} number itself.
     */
    public static AlgebraicNumber of(AlgebraicRoot root, UnivariatePolynomial<BigFraction> value) {
        UnivariatePolynomial<BigFraction> h = root.polynomial();
        UnivariatePolynomial<BigFraction> v = value.degree() < h.degree() ? value : value.mod(h);
        if (v.degree() <= 0) {
            // a constant value is the rational number itself: store it in its canonical form t − q
            return rational(v.isZero() ? BigFraction.ZERO : v.coefficient(0));
        }
        return new AlgebraicNumber(root, v);
    }

    /** The rational number {@code q}: root of {@code t − q}, value {@code t}. */
    public static AlgebraicNumber rational(BigFraction q) {
        AlgebraicRoot r = AlgebraicRoot.rational(q);
        return new AlgebraicNumber(r, UnivariatePolynomial.monomial(r.polynomial().field(), BigFraction.ONE, 1));
    }

    /**
     * The root number {@code index} of {@code h} itself (value {@code t}), in the order of
     * {@link AlgebraicRoot#rootsOf}: e.g. {@code √2 = root(t^2 − 2, 1)}, {@code i = root(t^2 + 1, 1)}.
     *
     * @throws IllegalArgumentException if {@code h} is not square-free of degree ≥ 1
     * @throws IndexOutOfBoundsException if {@code index ∉ [0, deg h)}
     */
    public static AlgebraicNumber root(UnivariatePolynomial<BigFraction> h, int index) {
        AlgebraicRoot r = AlgebraicRoot.rootsOf(h).get(index);
        return of(r, UnivariatePolynomial.monomial(r.polynomial().field(), BigFraction.ONE, 1));
    }

    /** The root {@code θ}. */
    public AlgebraicRoot root() {
        return root;
    }

    /** The monic square-free polynomial {@code h} of which {@code θ} is a root. */
    public UnivariatePolynomial<BigFraction> polynomial() {
        return root.polynomial();
    }

    /** The value polynomial, reduced modulo {@code h}. */
    public UnivariatePolynomial<BigFraction> value() {
        return value;
    }

    /** Whether {@code θ} is real (then the number is real). */
    public boolean isAtRealRoot() {
        return root.isReal();
    }

    /**
     * Whether the number is rational in the form stored: {@code h} is linear. True for every number
     * built by {@link #rational} or over a linear {@code h}, and for every {@linkplain #canonical() canonical}
     * form of a rational number; a rational number written over a reducible {@code h} may need
     * {@link #canonical()} first.
     */
    public boolean isRational() {
        return root.polynomial().degree() == 1;
    }

    /**
     * The rational value.
     *
     * @throws IllegalStateException if {@link #isRational()} is false
     */
    public BigFraction rationalValue() {
        if (!isRational()) {
            throw new IllegalStateException("not stored as a rational number: " + this);
        }
        return value.evaluate(root.interval().lo());
    }

    /**
     * A decimal approximation with 10 significant digits, e.g. {@code "1.414213562"} or
     * {@code "-0.5 + 0.8660254038i"}. For a real root it is computed from the exact isolating interval
     * (refined by bisection, value enclosed by rational interval arithmetic); for a non-real one in
     * floating point.
     */
    public String approx() {
        if (!root.isReal()) {
            double[] z = ComplexApproximations.evaluate(value, root.real(), root.imaginary());
            return formatComplex(z[0], z[1]);
        }
        return formatDecimal(realApproximation());
    }

    private BigDecimal realApproximation() {
        IsolatingInterval i = root.interval();
        if (i.isExact()) {
            return toDecimal(value.evaluate(i.lo()));
        }
        // v(θ) = 0 exactly iff θ is a root of g = gcd(h, v); θ is the only root of h, hence of g | h, in the
        // isolating interval (lo, hi]. Deciding it exactly prints "0", not the tiny residue of the enclosure
        // (h reducible, e.g. t^2 − 2 at √2 as a root of (t^2 − 2)(t^2 − 3), would otherwise print ≈ −2E−42).
        UnivariatePolynomial<BigFraction> g = root.polynomial().gcd(value);
        if (g.degree() > 0 && SturmSequence.of(g).countRoots(i.lo(), i.hi()) > 0) {
            return BigDecimal.ZERO;
        }
        BigFraction width = i.width();
        for (int step = 0; step < 400; step++) {
            BigFraction[] enclosure = enclose(value, i);
            BigFraction ew = enclosure[1].subtract(enclosure[0]);
            BigFraction mid = enclosure[0].add(enclosure[1]).divide(2);
            BigFraction tolerance = Order.abs(mid).multiply(BigFraction.of(1, 1_000_000_000_000L));
            if (Order.compare(ew, tolerance) <= 0 || Order.compare(ew, TINY) <= 0) {
                return toDecimal(mid);
            }
            width = width.divide(16);
            // (should bisection ever land on an exact interval [r, r], its enclosure is the point v(r))
            i = RealRoots.refine(root.polynomial(), i, width);
        }
        return toDecimal(value.evaluate(i.midpoint()));
    }

    /** An interval enclosing {@code {v(x) : lo ≤ x ≤ hi}} by Horner's rule in rational interval arithmetic. */
    static BigFraction[] enclose(UnivariatePolynomial<BigFraction> v, IsolatingInterval x) {
        BigFraction lo = BigFraction.ZERO;
        BigFraction hi = BigFraction.ZERO;
        for (int k = v.degree(); k >= 0; k--) {
            BigFraction[] p = {lo.multiply(x.lo()), lo.multiply(x.hi()), hi.multiply(x.lo()), hi.multiply(x.hi())};
            BigFraction min = p[0];
            BigFraction max = p[0];
            for (BigFraction q : p) {
                min = Order.min(q, min);
                max = Order.max(q, max);
            }
            lo = min.add(v.coefficient(k));
            hi = max.add(v.coefficient(k));
        }
        return new BigFraction[] {lo, hi};
    }

    private static BigDecimal toDecimal(BigFraction q) {
        return new BigDecimal(Rationals.numerator(q)).divide(new BigDecimal(Rationals.denominator(q)),
                new MathContext(DIGITS + 5));
    }

    static String formatDecimal(BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        BigDecimal r = d.round(new MathContext(DIGITS)).stripTrailingZeros();
        return Math.abs(r.scale()) > 20 || r.precision() - r.scale() > 20 ? r.toString() : r.toPlainString();
    }

    /** {@code "a + bi"}, {@code "a - bi"}, or {@code "bi"} when {@code a} is zero, each with 10 significant digits. */
    static String formatComplex(double re, double im) {
        String imAbs = formatDecimal(new BigDecimal(Math.abs(im))) + "i";
        if (re == 0 || Math.abs(re) <= 1e-14 * Math.abs(im)) {
            return (im < 0 ? "-" : "") + imAbs;
        }
        if (im == 0) {
            return formatDecimal(new BigDecimal(re));
        }
        return formatDecimal(new BigDecimal(re)) + (im < 0 ? " - " : " + ") + imAbs;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AlgebraicNumber a && a.root.equals(root) && a.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(root, value);
    }

    /** E.g. {@code t where t is root 1 of t^2 - 2 in [1, 2] (≈ 1.414213562)}; a rational number prints as itself. */
    @Override
    public String toString() {
        if (isRational()) {
            return Rationals.toString(rationalValue());
        }
        return value.toString("t") + " at " + root + " (≈ " + approx() + ")";
    }
}
