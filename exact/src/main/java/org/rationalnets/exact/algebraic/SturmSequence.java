package org.rationalnets.exact.algebraic;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.UnivariatePolynomial;

/**
 * The Sturm sequence {@code f_0 = f*, f_1 = f*', f_{k+1} = −(f_{k−1} mod f_k)} of the square-free part
 * {@code f* = f / gcd(f, f')} of a nonzero rational polynomial {@code f}.
 *
 * <p>Sturm's theorem: with {@code V(x)} the number of sign changes in {@code (f_0(x), f_1(x), …)} (zeros
 * dropped), the number of distinct real roots of {@code f} in the half-open interval {@code (a, b]} is
 * {@code V(a) − V(b)} for every {@code a < b}, roots at the ends included (at a simple root {@code c} of
 * {@code f*}, {@code V(c) = V(c⁺)}). All arithmetic is exact.
 */
public final class SturmSequence {

    private final UnivariatePolynomial<BigFraction> squareFreePart;
    private final List<UnivariatePolynomial<BigFraction>> sequence;

    private SturmSequence(UnivariatePolynomial<BigFraction> squareFreePart,
                          List<UnivariatePolynomial<BigFraction>> sequence) {
        this.squareFreePart = squareFreePart;
        this.sequence = sequence;
    }

    /**
     * The Sturm sequence of {@code f}.
     *
     * @throws IllegalArgumentException if {@code f} is zero
     */
    public static SturmSequence of(UnivariatePolynomial<BigFraction> f) {
        if (f.isZero()) {
            throw new IllegalArgumentException("the zero polynomial has no Sturm sequence");
        }
        UnivariatePolynomial<BigFraction> g = f.monic();
        // for a constant, g = 1 = gcd(1, 0) and the sequence is just (1)
        g = g.divideExact(g.gcd(g.derivative())).monic();
        List<UnivariatePolynomial<BigFraction>> seq = new ArrayList<>();
        seq.add(g);
        UnivariatePolynomial<BigFraction> prev = g;
        UnivariatePolynomial<BigFraction> cur = g.derivative();
        while (!cur.isZero()) {
            seq.add(cur);
            UnivariatePolynomial<BigFraction> next = prev.mod(cur).negate();
            prev = cur;
            cur = next;
        }
        return new SturmSequence(g, List.copyOf(seq));
    }

    /** The monic square-free part {@code f*} whose distinct roots are counted. */
    public UnivariatePolynomial<BigFraction> squareFreePart() {
        return squareFreePart;
    }

    /** The sequence {@code f_0, f_1, …}. */
    public List<UnivariatePolynomial<BigFraction>> polynomials() {
        return sequence;
    }

    /** {@code V(x)}: sign changes of the sequence evaluated at {@code x}, zeros dropped. */
    public int variations(BigFraction x) {
        int changes = 0;
        int last = 0;
        for (UnivariatePolynomial<BigFraction> p : sequence) {
            int s = p.evaluate(x).signum();
            if (s != 0) {
                if (last != 0 && s != last) {
                    changes++;
                }
                last = s;
            }
        }
        return changes;
    }

    /** {@code V(±∞)}: sign changes of the leading coefficients (with {@code (−1)^deg} at −∞). */
    private int variationsAtInfinity(boolean negative) {
        int changes = 0;
        int last = 0;
        for (UnivariatePolynomial<BigFraction> p : sequence) {
            int s = p.leadingCoefficient().signum();
            if (negative && (p.degree() & 1) == 1) {
                s = -s;
            }
            if (last != 0 && s != last) {
                changes++;
            }
            last = s;
        }
        return changes;
    }

    /** The number of distinct real roots of {@code f}: {@code V(−∞) − V(+∞)}. */
    public int countRealRoots() {
        return variationsAtInfinity(true) - variationsAtInfinity(false);
    }

    /**
     * The number of distinct real roots of {@code f} in {@code (a, b]}: {@code V(a) − V(b)}.
     *
     * @throws IllegalArgumentException if {@code a ≥ b}
     */
    public int countRoots(BigFraction a, BigFraction b) {
        if (Order.compare(a, b) >= 0) {
            throw new IllegalArgumentException("expected a < b, got (" + a + ", " + b + "]");
        }
        return variations(a) - variations(b);
    }
}
