package org.rationalnets.core;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.rationalnets.exact.Monomial;

/**
 * The ambient space {@code A_d} of docs/theory.md §3: tuples {@code (P_1, …, P_{d_L}, Q)} of forms in
 * {@code d_0} variables of degrees {@code D_P, D_Q}, up to a common scalar: the projective space of
 * dimension {@code amb(d) = d_L·N(d_0, D_P) + N(d_0, D_Q) − 1}, {@code N(n, D) = C(n+D−1, D)}.
 * Coordinates are the coefficients, named {@code P<i>[<exponents>]} then {@code Q[<exponents>]}
 * in descending graded-lexicographic order of the monomials.
 *
 * <p>For {@code σ(t) = t^r} the same formula with the degrees of {@link Degrees#of(Architecture, Activation)}
 * (docs/monomial.md §2): for {@code r ≥ 2}, {@code (D_P, D_Q) = (r^{L−1}, 0)} gives
 * {@code amb = d_L·N(d_0, r^{L−1})}, the literature's affine ambient dimension; its projective
 * dimension is {@code amb − 1} ({@link #projectiveDimension()}).
 */
public final class AmbientSpace {

    private final Architecture architecture;
    private final Degrees degrees;
    private final Activation activation;

    private AmbientSpace(Architecture architecture, Activation activation) {
        this.architecture = architecture;
        this.activation = activation;
        this.degrees = Degrees.of(architecture, activation);
    }

    /** The ambient space of {@code d} (activation {@code 1/t}). */
    public static AmbientSpace of(Architecture d) {
        return new AmbientSpace(d, Activation.RECIPROCAL);
    }

    /** The ambient space of {@code d} with activation {@code σ}. */
    public static AmbientSpace of(Architecture d, Activation sigma) {
        return new AmbientSpace(d, sigma);
    }

    /** {@code N(n, D) = C(n+D−1, D)}, the number of monomials of degree D in n variables. */
    public static BigInteger monomialCount(int n, long degree) {
        // C(n−1+D, n−1): a product of n−1 factors, each step an exact division
        BigInteger r = BigInteger.ONE;
        for (int i = 1; i < n; i++) {
            r = r.multiply(BigInteger.valueOf(degree + i)).divide(BigInteger.valueOf(i));
        }
        return r;
    }

    /**
     * For {@code r ≥ 2} the dimension {@code d_L·N(d_0, r^{L−1}) − 1} of the projective space
     * {@code ℙ((Sym^D)^{d_L})} in which the projective neurovariety lies; null for {@code r ≤ −1}
     * (then {@link #dimension()} is already projective).
     */
    public BigInteger projectiveDimension() {
        return activation.isPolynomial() ? dimension().subtract(BigInteger.ONE) : null;
    }

    /**
     * {@code amb(d)}: the projective dimension for {@code r ≤ −1}; for {@code r ≥ 2} the affine
     * dimension {@code d_L·N(d_0, r^{L−1})} of the space of tuples of forms (the rank convention).
     */
    public BigInteger dimension() {
        int n = architecture.inputDimension();
        return BigInteger.valueOf(architecture.outputDimension())
                .multiply(monomialCount(n, degrees.numeratorDegree()))
                .add(monomialCount(n, degrees.denominatorDegree()))
                .subtract(BigInteger.ONE);
    }

    /** The monomials of degree {@code D_P}, in coordinate order. */
    public List<Monomial> numeratorMonomials() {
        return Monomial.ofDegree(architecture.inputDimension(), Math.toIntExact(degrees.numeratorDegree()));
    }

    /** The monomials of degree {@code D_Q}, in coordinate order. */
    public List<Monomial> denominatorMonomials() {
        return Monomial.ofDegree(architecture.inputDimension(), Math.toIntExact(degrees.denominatorDegree()));
    }

    /**
     * The names of the {@code amb(d) + 1} homogeneous coordinates, e.g. {@code P1[1,0,0]} (for
     * {@code r ≥ 2} the {@code amb(d)} affine ones, without {@code Q}).
     *
     * @throws ArithmeticException if there are more than {@code 10^7} coordinates (the message says how many)
     */
    public List<String> coordinateNames() {
        return coordinateNames(MAX_LISTED_COORDINATES);
    }

    /** At most this many coordinate names are listed. */
    static final long MAX_LISTED_COORDINATES = 10_000_000L;

    /** {@link #coordinateNames()} with the limit as a parameter (package-private, for tests of the boundary). */
    List<String> coordinateNames(long limit) {
        // r ≥ 2: an affine space of d_L·N(d_0, D) coefficients, no denominator coordinate
        BigInteger coordinates = activation.isPolynomial() ? dimension() : dimension().add(BigInteger.ONE);
        if (coordinates.compareTo(BigInteger.valueOf(limit)) > 0) {
            throw new ArithmeticException("the ambient space of " + architecture + " has " + coordinates
                    + " coordinates, more than " + limit + " can be listed");
        }
        List<String> names = new ArrayList<>();
        List<Monomial> num = numeratorMonomials();
        for (int i = 1; i <= architecture.outputDimension(); i++) {
            for (Monomial m : num) {
                names.add("P" + i + exponents(m));
            }
        }
        if (!activation.isPolynomial()) {
            for (Monomial m : denominatorMonomials()) {
                names.add("Q" + exponents(m));
            }
        }
        return names;
    }

    private static String exponents(Monomial m) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < m.variables(); i++) {
            sb.append(i == 0 ? "" : ",").append(m.exponent(i));
        }
        return sb.append(']').toString();
    }

    @Override
    public String toString() {
        return activation.isPolynomial() ? "A^" + dimension() : "P^" + dimension();
    }
}
