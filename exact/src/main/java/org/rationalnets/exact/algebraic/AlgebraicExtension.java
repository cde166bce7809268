package org.rationalnets.exact.algebraic;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Field;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.UnivariatePolynomial;

/**
 * The algebra {@code A = Q[θ]/(h)} for a square-free, not necessarily irreducible, polynomial
 * {@code h} of degree {@code n ≥ 1} with rational coefficients, as a {@link Field}.
 *
 * <p>By the Chinese remainder theorem {@code A ≅ Π_i Q(θ_i)} over the roots {@code θ_1, …, θ_n} of
 * {@code h} in C (grouped by irreducible factor); an element is the tuple of its values at all
 * roots at once. {@code A} is a field exactly when {@code h} is irreducible, but no irreducible
 * factorisation is ever computed: {@link #reciprocal} of a nonzero non-invertible element throws a
 * {@link ZeroDivisorException} carrying the split {@code h = g·(h/g)}, and the caller continues
 * in both parts ("dynamic evaluation"). Every other operation is exact and total.
 *
 * <p>The modulus is stored monic. Two extensions are equal when their moduli are.
 */
public final class AlgebraicExtension implements Field<AlgebraicElement> {

    private final UnivariatePolynomial<BigFraction> modulus;
    private final AlgebraicElement zero;
    private final AlgebraicElement one;
    private volatile List<BigFraction> powerSums;
    private volatile List<AlgebraicRoot> roots;

    private AlgebraicExtension(UnivariatePolynomial<BigFraction> monicModulus) {
        this.modulus = monicModulus;
        this.zero = new AlgebraicElement(this, UnivariatePolynomial.zero(Rationals.Q));
        this.one = new AlgebraicElement(this, UnivariatePolynomial.constant(Rationals.Q, BigFraction.ONE));
    }

    /**
     * The algebra {@code Q[θ]/(h)}.
     *
     * @throws IllegalArgumentException if {@code h} has degree {@code < 1} or is not square-free
     */
    public static AlgebraicExtension of(UnivariatePolynomial<BigFraction> h) {
        if (h.degree() < 1) {
            throw new IllegalArgumentException("expected a modulus of degree ≥ 1, got " + h);
        }
        if (!h.isSquareFree()) {
            throw new IllegalArgumentException("expected a square-free modulus, got " + h);
        }
        return new AlgebraicExtension(h.monic());
    }

    /**
     * The algebra {@code Q[θ]/(h)} for {@code h} written as a polynomial in {@code t} in the grammar of
     * docs/cli.md, e.g. {@code "t^2 - 2"}.
     *
     * @throws IllegalArgumentException if the text is not a polynomial in {@code t}, or as in {@link #of}
     */
    public static AlgebraicExtension parse(String h) {
        return of(parsePolynomial(h));
    }

    /**
     * Reads a univariate polynomial over Q in the variable {@code t} (grammar of docs/cli.md).
     *
     * @throws IllegalArgumentException on a syntax error
     */
    public static UnivariatePolynomial<BigFraction> parsePolynomial(String text) {
        if (text.contains("x")) {
            throw new IllegalArgumentException("expected a polynomial in t, got \"" + text + "\"");
        }
        Polynomial<BigFraction> p;
        try {
            p = PolynomialParser.parse(text.replace("t", "x1"), 1);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("expected a polynomial in t, got \"" + text + "\": " + e.getMessage(), e);
        }
        return univariate(p);
    }

    /** A polynomial in one variable as a {@link UnivariatePolynomial}. */
    static UnivariatePolynomial<BigFraction> univariate(Polynomial<BigFraction> p) {
        List<BigFraction> cs = new ArrayList<>();
        for (Polynomial.Term<BigFraction> t : p.terms()) {
            int e = t.monomial().exponent(0);
            while (cs.size() <= e) {
                cs.add(BigFraction.ZERO);
            }
            cs.set(e, t.coefficient());
        }
        return UnivariatePolynomial.of(Rationals.Q, cs);
    }

    /** The monic modulus {@code h}. */
    public UnivariatePolynomial<BigFraction> modulus() {
        return modulus;
    }

    /** {@code n = deg h = dim_Q A}, the number of roots of {@code h} in C. */
    public int degree() {
        return modulus.degree();
    }

    /** The class {@code θ} of {@code t} (for {@code deg h = 1}, the rational root of {@code h}). */
    public AlgebraicElement generator() {
        return element(UnivariatePolynomial.monomial(Rationals.Q, BigFraction.ONE, 1));
    }

    /** The class of {@code p(t)} modulo {@code h}. */
    public AlgebraicElement element(UnivariatePolynomial<BigFraction> p) {
        return new AlgebraicElement(this, p.degree() < modulus.degree() ? p : p.mod(modulus));
    }

    /**
     * The image in this algebra of an element of a larger algebra {@code Q[θ]/(H)} with {@code h | H}
     * (the projection onto a factor of the Chinese remainder decomposition).
     *
     * @throws IllegalArgumentException if {@code h} does not divide the modulus of {@code a}
     */
    public AlgebraicElement project(AlgebraicElement a) {
        if (a.extension().equals(this)) {
            return a;
        }
        if (!a.extension().modulus().mod(modulus).isZero()) {
            throw new IllegalArgumentException(modulus + " does not divide " + a.extension().modulus());
        }
        return element(a.representative());
    }

    /** The polynomial with every coefficient {@linkplain #project projected} into this algebra. */
    public Polynomial<AlgebraicElement> project(Polynomial<AlgebraicElement> f) {
        return f.map(this, this::project);
    }

    /** The polynomial {@code f} with rational coefficients, viewed over this algebra. */
    public Polynomial<AlgebraicElement> lift(Polynomial<BigFraction> f) {
        return f.map(this, this::fromRational);
    }

    private AlgebraicElement requireOwn(AlgebraicElement a) {
        if (a.extension() != this && !a.extension().equals(this)) {
            throw new IllegalArgumentException("element of " + a.extension() + " used in " + this);
        }
        return a;
    }

    @Override
    public AlgebraicElement add(AlgebraicElement a, AlgebraicElement b) {
        return new AlgebraicElement(this, requireOwn(a).representative().add(requireOwn(b).representative()));
    }

    @Override
    public AlgebraicElement subtract(AlgebraicElement a, AlgebraicElement b) {
        return new AlgebraicElement(this, requireOwn(a).representative().subtract(requireOwn(b).representative()));
    }

    @Override
    public AlgebraicElement negate(AlgebraicElement a) {
        return new AlgebraicElement(this, requireOwn(a).representative().negate());
    }

    @Override
    public AlgebraicElement multiply(AlgebraicElement a, AlgebraicElement b) {
        requireOwn(a);
        requireOwn(b);
        if (a.isRational()) {
            return new AlgebraicElement(this, b.representative().scale(a.rationalValue()));
        }
        if (b.isRational()) {
            return new AlgebraicElement(this, a.representative().scale(b.rationalValue()));
        }
        return element(a.representative().multiply(b.representative()));
    }

    /**
     * The inverse of {@code a} in {@code A}, by the extended Euclidean algorithm on {@code (h, a)}.
     *
     * @throws ZeroDivisorException if {@code g = gcd(a, h)} has {@code 0 < deg g < deg h}: {@code a} is
     *         zero at the roots of {@code g} and invertible at those of {@code h/g}
     * @throws ArithmeticException if {@code a = 0}
     */
    @Override
    public AlgebraicElement reciprocal(AlgebraicElement a) {
        requireOwn(a);
        if (a.isZero()) {
            throw new ArithmeticException("division by zero in " + this);
        }
        if (a.isRational()) {
            return fromRational(a.rationalValue().reciprocal());
        }
        // Invariant: r_i ≡ s_i · a (mod h).
        UnivariatePolynomial<BigFraction> r0 = modulus;
        UnivariatePolynomial<BigFraction> r1 = a.representative();
        UnivariatePolynomial<BigFraction> s0 = UnivariatePolynomial.zero(Rationals.Q);
        UnivariatePolynomial<BigFraction> s1 = UnivariatePolynomial.constant(Rationals.Q, BigFraction.ONE);
        while (!r1.isZero()) {
            UnivariatePolynomial.DivisionResult<BigFraction> qr = r0.divide(r1);
            UnivariatePolynomial<BigFraction> r2 = qr.remainder();
            UnivariatePolynomial<BigFraction> s2 = s0.subtract(qr.quotient().multiply(s1));
            r0 = r1;
            r1 = r2;
            s0 = s1;
            s1 = s2;
        }
        if (r0.degree() > 0) {
            UnivariatePolynomial<BigFraction> g = r0.monic();
            throw new ZeroDivisorException(this, g, modulus.divideExact(g));
        }
        return element(s0.scale(r0.coefficient(0).reciprocal()));
    }

    /** Whether {@code a} is invertible, i.e. {@code gcd(a, h) = 1} (nonzero at every root of {@code h}). */
    public boolean isInvertible(AlgebraicElement a) {
        requireOwn(a);
        return !a.isZero() && a.representative().gcd(modulus).degree() == 0;
    }

    @Override
    public AlgebraicElement one() {
        return one;
    }

    @Override
    public AlgebraicElement zero() {
        return zero;
    }

    @Override
    public boolean isZero(AlgebraicElement a) {
        return requireOwn(a).isZero();
    }

    @Override
    public AlgebraicElement fromBigInteger(BigInteger n) {
        return fromRational(BigFraction.of(n));
    }

    @Override
    public AlgebraicElement fromRational(BigFraction q) {
        return new AlgebraicElement(this, UnivariatePolynomial.constant(Rationals.Q, q));
    }

    @Override
    public BigInteger characteristic() {
        return BigInteger.ZERO;
    }

    @Override
    public boolean areEqual(AlgebraicElement a, AlgebraicElement b) {
        return requireOwn(a).equals(requireOwn(b));
    }

    @Override
    public String format(AlgebraicElement a) {
        String s = a.toString();
        // Polynomial.toString needs a coefficient that reads as one token with its sign in front.
        return a.isRational() ? s : "(" + s + ")";
    }

    /**
     * The norm {@code N(a) = Π_{h(θ_i)=0} a(θ_i) = det(m_a)} (determinant of multiplication by {@code a}
     * on {@code A}), computed as the resultant {@code Res(h, a)} ({@code h} is monic). Multiplicative;
     * {@code N(q) = q^n} for rational {@code q}; zero exactly when {@code a} is a zero divisor or zero.
     */
    public BigFraction norm(AlgebraicElement a) {
        requireOwn(a);
        if (a.isRational()) {
            return a.rationalValue().pow(degree());
        }
        return modulus.resultant(a.representative());
    }

    /**
     * The trace {@code Tr(a) = Σ_{h(θ_i)=0} a(θ_i)} (trace of multiplication by {@code a}), computed from the
     * power sums {@code p_k = Σ θ_i^k} (Newton's identities). Q-linear; {@code Tr(q) = n q}.
     */
    public BigFraction trace(AlgebraicElement a) {
        requireOwn(a);
        List<BigFraction> p = powerSums();
        BigFraction sum = BigFraction.ZERO;
        UnivariatePolynomial<BigFraction> r = a.representative();
        for (int k = 0; k <= r.degree(); k++) {
            sum = sum.add(r.coefficient(k).multiply(p.get(k)));
        }
        return sum;
    }

    /** {@code p_k = Σ θ_i^k}, {@code 0 ≤ k < n}, by Newton's identities for the monic modulus. */
    private List<BigFraction> powerSums() {
        List<BigFraction> p = powerSums;
        if (p == null) {
            int n = degree();
            List<BigFraction> ps = new ArrayList<>(n);
            ps.add(BigFraction.of(n));
            for (int k = 1; k < n; k++) {
                // p_k = −k c_{n−k} − Σ_{i=1}^{k−1} c_{n−i} p_{k−i}
                BigFraction v = modulus.coefficient(n - k).multiply(k).negate();
                for (int i = 1; i < k; i++) {
                    v = v.subtract(modulus.coefficient(n - i).multiply(ps.get(k - i)));
                }
                ps.add(v);
            }
            p = List.copyOf(ps);
            powerSums = p;
        }
        return p;
    }

    /**
     * The matrix of multiplication by {@code a} in the basis {@code 1, θ, …, θ^{n−1}}: column {@code j}
     * holds the coefficients of {@code a θ^j}.
     */
    public Matrix<BigFraction> multiplicationMatrix(AlgebraicElement a) {
        requireOwn(a);
        int n = degree();
        List<List<BigFraction>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new ArrayList<>(n));
        }
        UnivariatePolynomial<BigFraction> col = a.representative();
        UnivariatePolynomial<BigFraction> t = UnivariatePolynomial.monomial(Rationals.Q, BigFraction.ONE, 1);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                rows.get(i).add(col.coefficient(i));
            }
            col = col.multiply(t).mod(modulus);
        }
        return Matrix.of(Rationals.Q, rows);
    }

    /**
     * The characteristic polynomial {@code Π_i (X − a(θ_i)) = det(X·I − m_a)} of {@code a}, in the variable
     * {@code t}: monic of degree {@code n}, rational coefficients. The minimal polynomial of each value
     * {@code a(θ_i)} is one of its irreducible factors.
     */
    public UnivariatePolynomial<BigFraction> characteristicPolynomial(AlgebraicElement a) {
        requireOwn(a);
        Polynomial<AlgebraicElement> xMinusA = Polynomial.variable(this, 1, 0)
                .subtract(Polynomial.constant(this, 1, a));
        return univariate(norm(xMinusA));
    }

    /**
     * The norm of a polynomial with coefficients in {@code A}: {@code N(F) = Π_{h(θ_i)=0} F_{θ_i}(x)}, where
     * {@code F_{θ_i}} has each coefficient {@code c(θ)} replaced by {@code c(θ_i)}. It has rational
     * coefficients; it is computed as {@code det Σ_m m·M(c_m)} (the determinant of the multiplication map
     * of {@code F} on {@code A ⊗ Q[x]}, a free {@code Q[x]}-module with basis {@code 1, θ, …, θ^{n−1}}) by
     * fraction-free Bareiss elimination over {@code Q[x]}. Multiplicative; for a linear form with
     * algebraic coefficients it is the product of its {@code n} conjugate linear forms.
     */
    public Polynomial<BigFraction> norm(Polynomial<AlgebraicElement> f) {
        int vars = f.variables();
        int n = degree();
        if (n == 1) {
            return f.map(Rationals.Q, c -> requireOwn(c).rationalValue());
        }
        List<Map<Monomial, BigFraction>> entries = new ArrayList<>();
        for (int k = 0; k < n * n; k++) {
            entries.add(new HashMap<>());
        }
        for (Polynomial.Term<AlgebraicElement> term : f.terms()) {
            Matrix<BigFraction> m = multiplicationMatrix(term.coefficient());
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    BigFraction v = m.get(i, j);
                    if (v.signum() != 0) {
                        entries.get(i * n + j).merge(term.monomial(), v, BigFraction::add);
                    }
                }
            }
        }
        List<List<Polynomial<BigFraction>>> matrix = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Polynomial<BigFraction>> row = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                row.add(Polynomial.of(Rationals.Q, vars, entries.get(i * n + j)));
            }
            matrix.add(row);
        }
        return PolynomialDeterminant.of(matrix, vars);
    }

    /**
     * The trace {@code Σ_{h(θ_i)=0} F_{θ_i}(x)} of a polynomial with coefficients in {@code A}, coefficientwise;
     * rational coefficients.
     */
    public Polynomial<BigFraction> trace(Polynomial<AlgebraicElement> f) {
        return f.map(Rationals.Q, this::trace);
    }

    /**
     * A change of generator: if {@code s} generates {@code A} as a Q-algebra, i.e. its
     * {@linkplain #characteristicPolynomial characteristic polynomial} {@code p} is square-free (the values
     * {@code s(θ_i)} are pairwise distinct), the isomorphism {@code A → B = Q[σ]/(p)}, {@code s ↦ σ}. Every
     * element {@code a} of {@code A} is a unique polynomial in {@code s} of degree {@code < n}
     * (solve in the basis {@code 1, s, …, s^{n−1}}), and its image is that polynomial in {@code σ}; the
     * root {@code θ_i} of {@code h} corresponds to the root {@code s(θ_i)} of {@code p}.
     *
     * @return the isomorphism, or empty if {@code s} does not generate {@code A}
     */
    public java.util.Optional<ChangeOfGenerator> changeGenerator(AlgebraicElement s) {
        requireOwn(s);
        // s generates A iff 1, s, …, s^{n−1} is a basis; then s^n = Σ x_j s^j gives p = t^n − Σ x_j t^j
        int n = degree();
        List<List<BigFraction>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new ArrayList<>(n));
        }
        AlgebraicElement power = one;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                rows.get(i).add(power.representative().coefficient(i));
            }
            power = multiply(power, s);
        }
        Matrix<BigFraction> basis = Matrix.of(Rationals.Q, rows);
        List<BigFraction> top = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            top.add(power.representative().coefficient(i));
        }
        if (basis.rank() < n) {
            return java.util.Optional.empty();
        }
        List<BigFraction> x = basis.solve(top).orElseThrow();
        List<BigFraction> p = new ArrayList<>();
        for (BigFraction xj : x) {
            p.add(xj.negate());
        }
        p.add(BigFraction.ONE);
        AlgebraicExtension target = new AlgebraicExtension(UnivariatePolynomial.of(Rationals.Q, p));
        return java.util.Optional.of(new ChangeOfGenerator(this, target, basis));
    }

    /**
     * All roots of {@code h} as specific {@link AlgebraicRoot}s: first the real roots in increasing order
     * (exact isolating intervals, by Sturm sequences), then the non-real ones (numerical approximations,
     * for display), in increasing order of real part, then imaginary part.
     */
    public List<AlgebraicRoot> roots() {
        List<AlgebraicRoot> r = roots;
        if (r == null) {
            r = AlgebraicRoot.rootsOf(modulus);
            roots = r;
        }
        return r;
    }

    /** The number of real roots of {@code h} (Sturm); they come first in {@link #roots()}. */
    public int realRootCount() {
        return (int) roots().stream().filter(AlgebraicRoot::isReal).count();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AlgebraicExtension e && e.modulus.equals(modulus);
    }

    @Override
    public int hashCode() {
        return modulus.hashCode();
    }

    /** {@code Q[t]/(h)}, e.g. {@code Q[t]/(t^2 - 2)}. */
    @Override
    public String toString() {
        return "Q[t]/(" + modulus.toString("t") + ")";
    }
}
