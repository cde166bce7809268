package org.rationalnets.exact.algebraic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.UnivariatePolynomial;

/**
 * One specific root {@code θ} of a monic square-free polynomial {@code h} with rational coefficients.
 *
 * <p>A real root is pinned down exactly by an {@link IsolatingInterval} (Sturm; a rational root by the
 * point {@code [r, r]}); a non-real root by its
 * position in a fixed order of numerical approximations (real part, then imaginary part), which is
 * used for display only. The roots of {@code h} are numbered {@code 0 … deg h − 1}: real roots first, in
 * increasing order, then the non-real ones. Obtain them from {@link #rootsOf} or
 * {@link AlgebraicExtension#roots()}.
 */
public final class AlgebraicRoot {

    private final UnivariatePolynomial<BigFraction> polynomial;
    private final int index;
    private final IsolatingInterval interval;
    private final double re;
    private final double im;

    private AlgebraicRoot(UnivariatePolynomial<BigFraction> polynomial, int index, IsolatingInterval interval,
                          double re, double im) {
        this.polynomial = polynomial;
        this.index = index;
        this.interval = interval;
        this.re = re;
        this.im = im;
    }

    /**
     * All roots of {@code h} (made monic): real ones first in increasing order, each with an isolating
     * interval, then the non-real ones by a numerical approximation, ordered by real then imaginary part.
     *
     * @throws IllegalArgumentException if {@code h} has degree {@code < 1} or is not square-free
     */
    public static List<AlgebraicRoot> rootsOf(UnivariatePolynomial<BigFraction> h) {
        if (h.degree() < 1 || !h.isSquareFree()) {
            throw new IllegalArgumentException("expected a square-free polynomial of degree ≥ 1, got " + h);
        }
        UnivariatePolynomial<BigFraction> monic = h.monic();
        List<IsolatingInterval> real = new ArrayList<>(RealRoots.isolate(monic));
        // rational roots are pinned exactly ([r, r]) whatever bisection happened to produce
        for (BigFraction r : RationalFactorization.rationalRoots(monic)) {
            for (int i = 0; i < real.size(); i++) {
                if (real.get(i).contains(r)) {
                    real.set(i, new IsolatingInterval(r, r));
                }
            }
        }
        List<AlgebraicRoot> out = new ArrayList<>(monic.degree());
        for (IsolatingInterval i : real) {
            double approx = approximate(monic, i);
            out.add(new AlgebraicRoot(monic, out.size(), i, approx, 0));
        }
        int complexCount = monic.degree() - real.size();
        if (complexCount > 0) {
            List<double[]> all = ComplexApproximations.roots(monic);
            // the numerically least real approximations stand for the real roots already isolated
            all.sort(Comparator.comparingDouble(z -> -Math.abs(z[1]) / Math.max(Math.hypot(z[0], z[1]), 1e-300)));
            List<double[]> complex = conjugatePairs(new ArrayList<>(all.subList(0, complexCount)));
            for (double[] z : complex) {
                if (Math.abs(z[0]) <= 1e-14 * Math.abs(z[1])) {
                    z[0] = 0;
                }
            }
            complex.sort(Comparator.<double[]>comparingDouble(z -> z[0]).thenComparingDouble(z -> z[1]));
            for (double[] z : complex) {
                out.add(new AlgebraicRoot(monic, out.size(), null, z[0], z[1]));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The non-real roots of a rational polynomial come in conjugate pairs; their approximations need not
     * be exact conjugates (for t^4 + 1 the real parts differ in the last bit), which would let rounding
     * decide the documented order "real part, then imaginary part". Each root of the upper half-plane is
     * matched with the nearest conjugate of a lower one and both are replaced by the averaged pair
     * {@code a ± bi}; if the approximations do not split evenly between the half-planes they are kept.
     */
    private static List<double[]> conjugatePairs(List<double[]> complex) {
        List<double[]> upper = new ArrayList<>();
        List<double[]> lower = new ArrayList<>();
        for (double[] z : complex) {
            (z[1] > 0 ? upper : lower).add(z);
        }
        if (upper.size() != lower.size()) {
            return complex;
        }
        List<double[]> out = new ArrayList<>(complex.size());
        for (double[] u : upper) {
            double[] nearest = lower.get(0);
            for (double[] l : lower) {
                if (Math.hypot(u[0] - l[0], u[1] + l[1]) < Math.hypot(u[0] - nearest[0], u[1] + nearest[1])) {
                    nearest = l;
                }
            }
            lower.remove(nearest);
            double re = (u[0] + nearest[0]) / 2;
            double im = (u[1] - nearest[1]) / 2;
            out.add(new double[] {re, im});
            out.add(new double[] {re, -im});
        }
        return out;
    }

    /** The rational number {@code r} as the root of {@code t − r}. */
    public static AlgebraicRoot rational(BigFraction r) {
        UnivariatePolynomial<BigFraction> h = UnivariatePolynomial.of(Rationals.Q, List.of(r.negate(), BigFraction.ONE));
        return new AlgebraicRoot(h, 0, new IsolatingInterval(r, r), r.doubleValue(), 0);
    }

    private static double approximate(UnivariatePolynomial<BigFraction> h, IsolatingInterval i) {
        if (i.isExact()) {
            return i.lo().doubleValue();
        }
        // refine to a width relative to the root's size: |lo|, |hi| may at first be far larger than the root
        // (e.g. [0, 1 + ε] for √2·10^-20), so repeat until the width is small against the refined interval.
        // An inexact interval holds an irrational root, which is non-zero, so the scale stays positive.
        IsolatingInterval r = i;
        while (!r.isExact()) {
            BigFraction width = Order.max(Order.abs(r.lo()), Order.abs(r.hi())).divide(BigFraction.of(1L << 60));
            if (Order.compare(r.width(), width) <= 0) {
                break;
            }
            r = RealRoots.refine(h, r, width);
        }
        return r.midpoint().doubleValue();
    }

    /** The monic square-free polynomial {@code h} this is a root of. */
    public UnivariatePolynomial<BigFraction> polynomial() {
        return polynomial;
    }

    /** The position in {@link #rootsOf}{@code (h)}. */
    public int index() {
        return index;
    }

    /** Whether the root is real. Exact (Sturm). */
    public boolean isReal() {
        return interval != null;
    }

    /** Whether the root is rational (then its interval is the point {@code [r, r]}). */
    public boolean isRational() {
        return interval != null && interval.isExact();
    }

    /**
     * The isolating interval of a real root.
     *
     * @throws IllegalStateException if the root is not real
     */
    public IsolatingInterval interval() {
        if (interval == null) {
            throw new IllegalStateException("a non-real root has no isolating interval");
        }
        return interval;
    }

    /**
     * The isolating interval refined by bisection to width at most {@code width}.
     *
     * @throws IllegalStateException if the root is not real
     * @throws IllegalArgumentException if {@code width ≤ 0}
     */
    public IsolatingInterval interval(BigFraction width) {
        return RealRoots.refine(polynomial, interval(), width);
    }

    /** The real part of a floating-point approximation (display only). */
    public double real() {
        return re;
    }

    /** The imaginary part of a floating-point approximation (0 for a real root; display only). */
    public double imaginary() {
        return im;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AlgebraicRoot r && r.index == index && r.polynomial.equals(polynomial);
    }

    @Override
    public int hashCode() {
        return Objects.hash(polynomial, index);
    }

    /** E.g. {@code root 1 of t^2 - 2 in [1, 2]} or {@code root 0 of t^2 + 1 ≈ -1i}. */
    @Override
    public String toString() {
        return "root " + index + " of " + polynomial.toString("t")
                + (isReal() ? " in " + interval : " ≈ " + AlgebraicNumber.formatComplex(re, im));
    }
}
