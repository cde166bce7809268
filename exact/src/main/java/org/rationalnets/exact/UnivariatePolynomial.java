package org.rationalnets.exact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A dense univariate polynomial {@code c_0 + c_1 t + … + c_n t^n} over a {@link Field},
 * immutable, with {@code c_n ≠ 0} (the zero polynomial has no coefficients).
 *
 * @param <T> coefficient type
 */
public final class UnivariatePolynomial<T> {

    /** Quotient and remainder of a division. */
    public record DivisionResult<T>(UnivariatePolynomial<T> quotient, UnivariatePolynomial<T> remainder) {
    }

    /** One factor {@code h^e} of a square-free decomposition. */
    public record SquareFreeFactor<T>(UnivariatePolynomial<T> factor, int multiplicity) {
    }

    private final Field<T> field;
    private final List<T> coefficients;

    private UnivariatePolynomial(Field<T> field, List<T> coefficients) {
        this.field = field;
        this.coefficients = coefficients;
    }

    /** The polynomial with coefficients {@code c_0, c_1, …} (low degree first); trailing zeros are dropped. */
    public static <T> UnivariatePolynomial<T> of(Field<T> field, List<T> lowToHigh) {
        int n = lowToHigh.size();
        while (n > 0 && field.isZero(lowToHigh.get(n - 1))) {
            n--;
        }
        return new UnivariatePolynomial<>(field, List.copyOf(lowToHigh.subList(0, n)));
    }

    /** The zero polynomial. */
    public static <T> UnivariatePolynomial<T> zero(Field<T> field) {
        return new UnivariatePolynomial<>(field, List.of());
    }

    /** The constant {@code c}. */
    public static <T> UnivariatePolynomial<T> constant(Field<T> field, T c) {
        return of(field, List.of(c));
    }

    /** The monomial {@code c t^n}. */
    public static <T> UnivariatePolynomial<T> monomial(Field<T> field, T c, int n) {
        List<T> cs = new ArrayList<>(Collections.nCopies(n + 1, field.zero()));
        cs.set(n, c);
        return of(field, cs);
    }

    /** The coefficient field. */
    public Field<T> field() {
        return field;
    }

    /** Degree; −1 for the zero polynomial. */
    public int degree() {
        return coefficients.size() - 1;
    }

    /** Whether this is zero. */
    public boolean isZero() {
        return coefficients.isEmpty();
    }

    /** The coefficient of {@code t^i} (zero beyond the degree). */
    public T coefficient(int i) {
        return i < coefficients.size() ? coefficients.get(i) : field.zero();
    }

    /** The coefficients, low degree first. */
    public List<T> coefficients() {
        return coefficients;
    }

    /**
     * The leading coefficient.
     *
     * @throws ArithmeticException for the zero polynomial
     */
    public T leadingCoefficient() {
        if (isZero()) {
            throw new ArithmeticException("the zero polynomial has no leading coefficient");
        }
        return coefficients.get(coefficients.size() - 1);
    }

    /** {@code this / lc(this)}; zero stays zero. */
    public UnivariatePolynomial<T> monic() {
        return isZero() ? this : scale(field.reciprocal(leadingCoefficient()));
    }

    /** {@code this + other}. */
    public UnivariatePolynomial<T> add(UnivariatePolynomial<T> other) {
        int n = Math.max(coefficients.size(), other.coefficients.size());
        List<T> cs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cs.add(field.add(coefficient(i), other.coefficient(i)));
        }
        return of(field, cs);
    }

    /** {@code this − other}. */
    public UnivariatePolynomial<T> subtract(UnivariatePolynomial<T> other) {
        return add(other.negate());
    }

    /** {@code −this}. */
    public UnivariatePolynomial<T> negate() {
        return scale(field.negate(field.one()));
    }

    /** {@code c · this}. */
    public UnivariatePolynomial<T> scale(T c) {
        List<T> cs = new ArrayList<>(coefficients.size());
        for (T a : coefficients) {
            cs.add(field.multiply(c, a));
        }
        return of(field, cs);
    }

    /** {@code this · other} (schoolbook). */
    public UnivariatePolynomial<T> multiply(UnivariatePolynomial<T> other) {
        if (isZero() || other.isZero()) {
            return zero(field);
        }
        List<T> cs = new ArrayList<>(Collections.nCopies(degree() + other.degree() + 1, field.zero()));
        for (int i = 0; i < coefficients.size(); i++) {
            for (int j = 0; j < other.coefficients.size(); j++) {
                cs.set(i + j, field.add(cs.get(i + j), field.multiply(coefficients.get(i), other.coefficients.get(j))));
            }
        }
        return of(field, cs);
    }

    /** {@code this^e}, {@code e ≥ 0}. */
    public UnivariatePolynomial<T> pow(int e) {
        UnivariatePolynomial<T> r = constant(field, field.one());
        for (int i = 0; i < e; i++) {
            r = r.multiply(this);
        }
        return r;
    }

    /**
     * Euclidean division: {@code this = q·divisor + r} with {@code deg r < deg divisor}.
     *
     * @throws ArithmeticException if {@code divisor} is zero
     */
    public DivisionResult<T> divide(UnivariatePolynomial<T> divisor) {
        if (divisor.isZero()) {
            throw new ArithmeticException("division by the zero polynomial");
        }
        int dd = divisor.degree();
        T lcInv = field.reciprocal(divisor.leadingCoefficient());
        List<T> rem = new ArrayList<>(coefficients);
        int qd = degree() - dd;
        if (qd < 0) {
            return new DivisionResult<>(zero(field), this);
        }
        List<T> q = new ArrayList<>(Collections.nCopies(qd + 1, field.zero()));
        for (int k = qd; k >= 0; k--) {
            T c = field.multiply(rem.get(k + dd), lcInv);
            q.set(k, c);
            if (!field.isZero(c)) {
                for (int j = 0; j <= dd; j++) {
                    rem.set(k + j, field.subtract(rem.get(k + j), field.multiply(c, divisor.coefficients.get(j))));
                }
            }
        }
        return new DivisionResult<>(of(field, q), of(field, rem.subList(0, dd)));
    }

    /** The remainder of {@code this} modulo {@code divisor}. */
    public UnivariatePolynomial<T> mod(UnivariatePolynomial<T> divisor) {
        return divide(divisor).remainder();
    }

    /**
     * The exact quotient.
     *
     * @throws ArithmeticException if the remainder is not zero
     */
    public UnivariatePolynomial<T> divideExact(UnivariatePolynomial<T> divisor) {
        DivisionResult<T> qr = divide(divisor);
        if (!qr.remainder().isZero()) {
            throw new ArithmeticException("not an exact division: " + divisor + " does not divide " + this);
        }
        return qr.quotient();
    }

    /** The monic greatest common divisor (zero when both are zero). */
    public UnivariatePolynomial<T> gcd(UnivariatePolynomial<T> other) {
        UnivariatePolynomial<T> a = this;
        UnivariatePolynomial<T> b = other;
        while (!b.isZero()) {
            UnivariatePolynomial<T> r = a.mod(b);
            a = b;
            b = r;
        }
        return a.monic();
    }

    /** The formal derivative. */
    public UnivariatePolynomial<T> derivative() {
        List<T> cs = new ArrayList<>();
        for (int i = 1; i < coefficients.size(); i++) {
            cs.add(field.multiply(field.fromLong(i), coefficients.get(i)));
        }
        return of(field, cs);
    }

    /** The value at {@code t} (Horner). */
    public T evaluate(T t) {
        T v = field.zero();
        for (int i = coefficients.size() - 1; i >= 0; i--) {
            v = field.add(field.multiply(v, t), coefficients.get(i));
        }
        return v;
    }

    /**
     * Yun's square-free decomposition {@code this = c · Π h_e^e}, each {@code h_e} monic, square-free
     * and pairwise coprime; factors equal to 1 are omitted.
     *
     * <p>Precondition: characteristic 0, or characteristic greater than the degree.
     *
     * @throws ArithmeticException for the zero polynomial
     */
    public List<SquareFreeFactor<T>> squareFreeDecomposition() {
        if (isZero()) {
            throw new ArithmeticException("the zero polynomial has no square-free decomposition");
        }
        List<SquareFreeFactor<T>> out = new ArrayList<>();
        UnivariatePolynomial<T> f = monic();
        if (f.degree() == 0) {
            return out;
        }
        UnivariatePolynomial<T> fp = f.derivative();
        UnivariatePolynomial<T> a = f.gcd(fp);
        UnivariatePolynomial<T> b = f.divideExact(a);
        UnivariatePolynomial<T> c = fp.divideExact(a);
        UnivariatePolynomial<T> d = c.subtract(b.derivative());
        int e = 1;
        while (b.degree() > 0) {
            UnivariatePolynomial<T> h = b.gcd(d);
            b = b.divideExact(h);
            c = d.divideExact(h);
            d = c.subtract(b.derivative());
            if (h.degree() > 0) {
                out.add(new SquareFreeFactor<>(h, e));
            }
            e++;
        }
        return out;
    }

    /** Whether this has no repeated factor (in characteristic 0: {@code gcd(f, f') = 1}). */
    public boolean isSquareFree() {
        return !isZero() && gcd(derivative()).degree() == 0;
    }

    /**
     * The resultant {@code Res(this, other)}, by the Euclidean algorithm over the field
     * ({@code Res(f,g) = (−1)^{mn} lc(g)^{m−deg r} Res(g, r)} with {@code r = f mod g}).
     * Zero if either polynomial is zero.
     */
    public T resultant(UnivariatePolynomial<T> other) {
        if (isZero() || other.isZero()) {
            return field.zero();
        }
        UnivariatePolynomial<T> f = this;
        UnivariatePolynomial<T> g = other;
        T result = field.one();
        while (g.degree() > 0) {
            int m = f.degree();
            int n = g.degree();
            UnivariatePolynomial<T> r = f.mod(g);
            if (r.isZero()) {
                return field.zero();
            }
            if ((m & 1) == 1 && (n & 1) == 1) {
                result = field.negate(result);
            }
            result = field.multiply(result, field.pow(g.leadingCoefficient(), m - r.degree()));
            f = g;
            g = r;
        }
        // g is a nonzero constant: Res(f, c) = c^deg f
        return field.multiply(result, field.pow(g.leadingCoefficient(), f.degree()));
    }

    /** The image under a coefficient map {@code F → G}. */
    public <S> UnivariatePolynomial<S> map(Field<S> target, java.util.function.Function<T, S> f) {
        List<S> cs = new ArrayList<>(coefficients.size());
        for (T c : coefficients) {
            cs.add(f.apply(c));
        }
        return UnivariatePolynomial.of(target, cs);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnivariatePolynomial<?> p && p.coefficients.equals(coefficients);
    }

    @Override
    public int hashCode() {
        return Objects.hash(coefficients);
    }

    /** Canonical text in the variable {@code t}, highest degree first, e.g. {@code t^2 - 2}. */
    @Override
    public String toString() {
        return toString("t");
    }

    /** Canonical text in the given variable name. */
    public String toString(String variable) {
        if (isZero()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = degree(); i >= 0; i--) {
            T c = coefficients.get(i);
            if (field.isZero(c)) {
                continue;
            }
            String s = field.format(c);
            boolean negative = s.startsWith("-");
            String abs = negative ? s.substring(1) : s;
            sb.append(sb.length() == 0 ? (negative ? "-" : "") : (negative ? " - " : " + "));
            String mono = i == 0 ? "" : i == 1 ? variable : variable + "^" + i;
            if (i == 0) {
                sb.append(abs);
            } else if (abs.equals("1")) {
                sb.append(mono);
            } else {
                sb.append(abs).append('*').append(mono);
            }
        }
        return sb.toString();
    }
}
