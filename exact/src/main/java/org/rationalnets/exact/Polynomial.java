package org.rationalnets.exact;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A sparse multivariate polynomial in {@code x1, …, xn} over a {@link Field}, immutable.
 *
 * <p>Terms are kept in descending graded-lexicographic order ({@link Monomial}) with nonzero
 * coefficients, so two equal polynomials have equal term lists and {@link #toString()} is
 * canonical. Multiplication accumulates products in a hash map: its cost is the number of pairs
 * of terms, never the number of possible monomials of the product's degree.
 *
 * <p>The class is long because it is the one home of polynomial arithmetic over every field
 * (ring operations, evaluation, derivatives, restriction to a line, printing); splitting it would
 * spread one value type over several classes.
 *
 * @param <T> coefficient type
 */
public final class Polynomial<T> {

    /** One term {@code coefficient · monomial}. */
    public record Term<T>(Monomial monomial, T coefficient) {
    }

    private static final Comparator<Monomial> DESCENDING = Comparator.reverseOrder();

    private final Field<T> field;
    private final int variables;
    private final Monomial[] monomials;
    private final Object[] coefficients;

    private Polynomial(Field<T> field, int variables, Monomial[] monomials, Object[] coefficients) {
        this.field = field;
        this.variables = variables;
        this.monomials = monomials;
        this.coefficients = coefficients;
    }

    /** The zero polynomial in {@code n} variables. */
    public static <T> Polynomial<T> zero(Field<T> field, int n) {
        return new Polynomial<>(field, n, new Monomial[0], new Object[0]);
    }

    /** The constant {@code c}. */
    public static <T> Polynomial<T> constant(Field<T> field, int n, T c) {
        return monomial(field, c, Monomial.one(n));
    }

    /** The variable {@code x_(i+1)} for a 0-based index {@code i < n}. */
    public static <T> Polynomial<T> variable(Field<T> field, int n, int i) {
        Objects.checkIndex(i, n);
        return monomial(field, field.one(), Monomial.variable(n, i));
    }

    /** The term {@code c · m}. */
    public static <T> Polynomial<T> monomial(Field<T> field, T c, Monomial m) {
        if (field.isZero(c)) {
            return zero(field, m.variables());
        }
        return new Polynomial<>(field, m.variables(), new Monomial[] {m}, new Object[] {c});
    }

    /** The linear form {@code Σ c_i x_i}. */
    public static <T> Polynomial<T> linearForm(Field<T> field, List<T> c) {
        Map<Monomial, T> terms = new HashMap<>();
        for (int i = 0; i < c.size(); i++) {
            terms.put(Monomial.variable(c.size(), i), c.get(i));
        }
        return of(field, c.size(), terms);
    }

    /**
     * The polynomial {@code Σ c_m m} in {@code n} variables; zero coefficients are dropped.
     *
     * @throws IllegalArgumentException if a monomial has a number of variables other than n
     */
    public static <T> Polynomial<T> of(Field<T> field, int n, Map<Monomial, T> terms) {
        List<Monomial> keys = new ArrayList<>(terms.size());
        for (Map.Entry<Monomial, T> e : terms.entrySet()) {
            if (e.getKey().variables() != n) {
                throw new IllegalArgumentException(
                        "monomial " + e.getKey() + " has " + e.getKey().variables() + " variables, expected " + n);
            }
            if (!field.isZero(e.getValue())) {
                keys.add(e.getKey());
            }
        }
        keys.sort(DESCENDING);
        Monomial[] ms = keys.toArray(new Monomial[0]);
        Object[] cs = new Object[ms.length];
        for (int i = 0; i < ms.length; i++) {
            cs[i] = terms.get(ms[i]);
        }
        return new Polynomial<>(field, n, ms, cs);
    }

    /** The coefficient field. */
    public Field<T> field() {
        return field;
    }

    /** The number of variables n. */
    public int variables() {
        return variables;
    }

    /** Whether this is the zero polynomial. */
    public boolean isZero() {
        return monomials.length == 0;
    }

    /** Whether this is a constant (possibly zero). */
    public boolean isConstant() {
        return monomials.length == 0 || (monomials.length == 1 && monomials[0].degree() == 0);
    }

    /** The number of terms with nonzero coefficient. */
    public int size() {
        return monomials.length;
    }

    /** The terms, in descending graded-lexicographic order. */
    public List<Term<T>> terms() {
        return new AbstractList<>() {
            @Override
            public Term<T> get(int i) {
                return new Term<>(monomials[i], coefficient(i));
            }

            @Override
            public int size() {
                return monomials.length;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private T coefficient(int i) {
        return (T) coefficients[i];
    }

    /** The coefficient of {@code m} (zero when absent). */
    public T coefficient(Monomial m) {
        int i = Arrays.binarySearch(monomials, m, DESCENDING);
        return i >= 0 ? coefficient(i) : field.zero();
    }

    /**
     * The largest monomial in graded-lexicographic order.
     *
     * @throws ArithmeticException for the zero polynomial
     */
    public Monomial leadingMonomial() {
        requireNonZero();
        return monomials[0];
    }

    /**
     * The coefficient of the leading monomial.
     *
     * @throws ArithmeticException for the zero polynomial
     */
    public T leadingCoefficient() {
        requireNonZero();
        return coefficient(0);
    }

    private void requireNonZero() {
        if (isZero()) {
            throw new ArithmeticException("the zero polynomial has no leading term");
        }
    }

    /** Total degree; −1 for the zero polynomial. */
    public int degree() {
        return isZero() ? -1 : monomials[0].degree();
    }

    /** Whether all terms have the same total degree (the zero polynomial is homogeneous). */
    public boolean isHomogeneous() {
        return isZero() || monomials[monomials.length - 1].degree() == monomials[0].degree();
    }

    /** {@code this + other}. */
    public Polynomial<T> add(Polynomial<T> other) {
        return merge(other, false);
    }

    /** {@code this − other}. */
    public Polynomial<T> subtract(Polynomial<T> other) {
        return merge(other, true);
    }

    private Polynomial<T> merge(Polynomial<T> other, boolean negateOther) {
        requireCompatible(other);
        int n = monomials.length;
        int m = other.monomials.length;
        Monomial[] ms = new Monomial[n + m];
        Object[] cs = new Object[n + m];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < n || j < m) {
            int cmp = i == n ? 1 : j == m ? -1 : other.monomials[j].compareTo(monomials[i]);
            if (cmp < 0) {
                ms[k] = monomials[i];
                cs[k++] = coefficients[i++];
            } else if (cmp > 0) {
                T c = other.coefficient(j);
                ms[k] = other.monomials[j++];
                cs[k++] = negateOther ? field.negate(c) : c;
            } else {
                T c = negateOther ? field.subtract(coefficient(i), other.coefficient(j))
                        : field.add(coefficient(i), other.coefficient(j));
                if (!field.isZero(c)) {
                    ms[k] = monomials[i];
                    cs[k++] = c;
                }
                i++;
                j++;
            }
        }
        return new Polynomial<>(field, variables, Arrays.copyOf(ms, k), Arrays.copyOf(cs, k));
    }

    /** {@code −this}. */
    public Polynomial<T> negate() {
        Object[] cs = new Object[coefficients.length];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = field.negate(coefficient(i));
        }
        return new Polynomial<>(field, variables, monomials, cs);
    }

    /** {@code c · this}. */
    public Polynomial<T> scale(T c) {
        if (field.isZero(c)) {
            return zero(field, variables);
        }
        Object[] cs = new Object[coefficients.length];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = field.multiply(c, coefficient(i));
        }
        return new Polynomial<>(field, variables, monomials, cs);
    }

    /** {@code this · other}, accumulated in a hash map over pairs of terms. */
    public Polynomial<T> multiply(Polynomial<T> other) {
        requireCompatible(other);
        if (isZero() || other.isZero()) {
            return zero(field, variables);
        }
        if (other.degree() == 0) { // a nonzero constant (zero was handled above)
            return scale(other.coefficient(0));
        }
        if (degree() == 0) {
            return other.scale(coefficient(0));
        }
        if (field == Rationals.Q) {
            @SuppressWarnings("unchecked")
            Polynomial<T> product = (Polynomial<T>) multiplyOverQ(
                    (Polynomial<BigFraction>) this, (Polynomial<BigFraction>) other);
            return product;
        }
        return multiplyGeneric(other);
    }

    /**
     * The product computed by the field-generic algorithm only (hash accumulation of term
     * products with the field's own addition). {@link #multiply} equals it and uses a faster
     * integer accumulation over Q; this is the reference it is tested and benchmarked against.
     */
    public Polynomial<T> multiplyGeneric(Polynomial<T> other) {
        Map<Monomial, T> acc = new HashMap<>(2 * (monomials.length + other.monomials.length));
        for (int i = 0; i < monomials.length; i++) {
            T a = coefficient(i);
            Monomial mi = monomials[i];
            for (int j = 0; j < other.monomials.length; j++) {
                acc.merge(mi.multiply(other.monomials[j]), field.multiply(a, other.coefficient(j)), field::add);
            }
        }
        return of(field, variables, acc);
    }

    /**
     * The product over Q with integer accumulation: with {@code D_a}, {@code D_b} the lcm of the
     * denominators, every product of coefficients is an integer over {@code D_a D_b}, so the sums
     * need no gcd; one division per result term (figures in BENCHMARKS.md).
     */
    private static Polynomial<BigFraction> multiplyOverQ(Polynomial<BigFraction> a, Polynomial<BigFraction> b) {
        java.math.BigInteger da = commonDenominator(a);
        java.math.BigInteger db = commonDenominator(b);
        java.math.BigInteger[] na = scaledNumerators(a, da);
        java.math.BigInteger[] nb = scaledNumerators(b, db);
        Map<Monomial, java.math.BigInteger> acc = new HashMap<>(2 * (na.length + nb.length));
        for (int i = 0; i < na.length; i++) {
            Monomial mi = a.monomials[i];
            java.math.BigInteger ci = na[i];
            for (int j = 0; j < nb.length; j++) {
                acc.merge(mi.multiply(b.monomials[j]), ci.multiply(nb[j]), java.math.BigInteger::add);
            }
        }
        java.math.BigInteger d = da.multiply(db);
        Map<Monomial, BigFraction> terms = new HashMap<>(acc.size() * 2);
        for (Map.Entry<Monomial, java.math.BigInteger> e : acc.entrySet()) {
            if (e.getValue().signum() != 0) {
                terms.put(e.getKey(), d.equals(java.math.BigInteger.ONE) ? BigFraction.of(e.getValue()) : BigFraction.of(e.getValue(), d));
            }
        }
        return of(Rationals.Q, a.variables, terms);
    }

    private static java.math.BigInteger commonDenominator(Polynomial<BigFraction> p) {
        java.math.BigInteger l = java.math.BigInteger.ONE;
        for (Object c : p.coefficients) {
            java.math.BigInteger d = Rationals.denominator((BigFraction) c);
            if (!d.equals(java.math.BigInteger.ONE)) {
                l = l.divide(l.gcd(d)).multiply(d);
            }
        }
        return l;
    }

    private static java.math.BigInteger[] scaledNumerators(Polynomial<BigFraction> p, java.math.BigInteger l) {
        java.math.BigInteger[] out = new java.math.BigInteger[p.coefficients.length];
        for (int i = 0; i < out.length; i++) {
            BigFraction c = (BigFraction) p.coefficients[i];
            out[i] = Rationals.numerator(c).multiply(l.divide(Rationals.denominator(c)));
        }
        return out;
    }

    /** {@code this^e} for {@code e ≥ 0}, by repeated squaring. */
    public Polynomial<T> pow(int e) {
        if (e < 0) {
            throw new IllegalArgumentException("negative exponent " + e);
        }
        Polynomial<T> result = constant(field, variables, field.one());
        Polynomial<T> base = this;
        for (int k = e; k > 0; k >>= 1) {
            if ((k & 1) != 0) {
                result = result.multiply(base);
            }
            if (k > 1) {
                base = base.multiply(base);
            }
        }
        return result;
    }

    /**
     * The exact quotient {@code this / divisor}: multivariate division by leading terms
     * (graded-lexicographic), which for an exact divisor leaves remainder zero.
     *
     * @throws ArithmeticException if {@code divisor} is zero or does not divide {@code this}
     */
    public Polynomial<T> divideExact(Polynomial<T> divisor) {
        requireCompatible(divisor);
        if (divisor.isZero()) {
            throw new ArithmeticException("division by the zero polynomial");
        }
        Monomial lm = divisor.leadingMonomial();
        T lcInverse = field.reciprocal(divisor.leadingCoefficient());
        Map<Monomial, T> quotient = new HashMap<>();
        Polynomial<T> rest = this;
        while (!rest.isZero()) {
            Monomial m = rest.leadingMonomial();
            if (!lm.divides(m)) {
                throw new ArithmeticException("not an exact division: " + divisor + " does not divide " + this);
            }
            Polynomial<T> step = monomial(field, field.multiply(rest.leadingCoefficient(), lcInverse), m.divide(lm));
            quotient.put(step.monomials[0], step.coefficient(0));
            rest = rest.subtract(step.multiply(divisor));
        }
        return of(field, variables, quotient);
    }

    /** Whether {@code divisor} divides {@code this} exactly. */
    public boolean isDivisibleBy(Polynomial<T> divisor) {
        try {
            divideExact(divisor);
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    /**
     * The value at the point {@code x}.
     *
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    public T evaluate(List<T> x) {
        if (x.size() != variables) {
            throw new IllegalArgumentException("expected a point with " + variables + " coordinates, got " + x.size());
        }
        int maxDeg = degree();
        List<List<T>> powers = new ArrayList<>(variables);
        for (T xi : x) {
            List<T> p = new ArrayList<>(maxDeg + 1);
            p.add(field.one());
            for (int e = 1; e <= maxDeg; e++) {
                p.add(field.multiply(p.get(e - 1), xi));
            }
            powers.add(p);
        }
        T sum = field.zero();
        for (int i = 0; i < monomials.length; i++) {
            T t = coefficient(i);
            for (int v = 0; v < variables; v++) {
                int e = monomials[i].exponent(v);
                if (e > 0) {
                    t = field.multiply(t, powers.get(v).get(e));
                }
            }
            sum = field.add(sum, t);
        }
        return sum;
    }

    /** The partial derivative {@code ∂/∂x_(i+1)} for a 0-based {@code i}. */
    public Polynomial<T> partialDerivative(int i) {
        Objects.checkIndex(i, variables);
        Map<Monomial, T> terms = new HashMap<>();
        for (int k = 0; k < monomials.length; k++) {
            int e = monomials[k].exponent(i);
            if (e > 0) {
                int[] exps = monomials[k].exponents();
                exps[i]--;
                terms.put(Monomial.of(exps), field.multiply(field.fromLong(e), coefficient(k)));
            }
        }
        return of(field, variables, terms);
    }

    /** The directional derivative {@code ∂_b = Σ b_i ∂/∂x_i}. */
    public Polynomial<T> directionalDerivative(List<T> b) {
        if (b.size() != variables) {
            throw new IllegalArgumentException("expected a direction with " + variables + " coordinates, got " + b.size());
        }
        Polynomial<T> sum = zero(field, variables);
        for (int i = 0; i < variables; i++) {
            if (!field.isZero(b.get(i))) {
                sum = sum.add(partialDerivative(i).scale(b.get(i)));
            }
        }
        return sum;
    }

    /** The gradient {@code (∂_1 this, …, ∂_n this)}. */
    public List<Polynomial<T>> gradient() {
        List<Polynomial<T>> g = new ArrayList<>(variables);
        for (int i = 0; i < variables; i++) {
            g.add(partialDerivative(i));
        }
        return List.copyOf(g);
    }

    /**
     * The image under a ring map of coefficients {@code F → G} (e.g. reduction Q → F_p).
     * Terms whose image is zero are dropped.
     */
    public <S> Polynomial<S> map(Field<S> target, Function<T, S> coefficientMap) {
        Map<Monomial, S> terms = new HashMap<>();
        for (int i = 0; i < monomials.length; i++) {
            terms.put(monomials[i], coefficientMap.apply(coefficient(i)));
        }
        return of(target, variables, terms);
    }

    /**
     * The univariate polynomial {@code g(t) = this(a + t·b)}.
     *
     * @throws IllegalArgumentException if {@code a} or {@code b} has the wrong length
     */
    public UnivariatePolynomial<T> restrictToLine(List<T> a, List<T> b) {
        if (a.size() != variables || b.size() != variables) {
            throw new IllegalArgumentException("expected a line in " + variables + " variables");
        }
        List<UnivariatePolynomial<T>> lines = new ArrayList<>(variables);
        for (int i = 0; i < variables; i++) {
            lines.add(UnivariatePolynomial.of(field, List.of(a.get(i), b.get(i))));
        }
        List<List<UnivariatePolynomial<T>>> powers = new ArrayList<>();
        for (UnivariatePolynomial<T> l : lines) {
            List<UnivariatePolynomial<T>> p = new ArrayList<>();
            p.add(UnivariatePolynomial.constant(field, field.one()));
            powers.add(p);
        }
        UnivariatePolynomial<T> sum = UnivariatePolynomial.zero(field);
        for (int k = 0; k < monomials.length; k++) {
            UnivariatePolynomial<T> t = UnivariatePolynomial.constant(field, coefficient(k));
            for (int v = 0; v < variables; v++) {
                int e = monomials[k].exponent(v);
                List<UnivariatePolynomial<T>> p = powers.get(v);
                while (p.size() <= e) {
                    p.add(p.get(p.size() - 1).multiply(lines.get(v)));
                }
                if (e > 0) {
                    t = t.multiply(p.get(e));
                }
            }
            sum = sum.add(t);
        }
        return sum;
    }

    private void requireCompatible(Polynomial<T> other) {
        if (other.variables != variables) {
            throw new IllegalArgumentException(
                    "polynomials in " + variables + " and " + other.variables + " variables");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Polynomial<?> p) || p.variables != variables || p.monomials.length != monomials.length) {
            return false;
        }
        return Arrays.equals(monomials, p.monomials) && Arrays.equals(coefficients, p.coefficients);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(monomials) + Arrays.hashCode(coefficients);
    }

    /**
     * The canonical text: terms in descending graded-lexicographic order, coefficient before
     * the monomial with {@code *}, a coefficient ±1 omitted, {@code " + "}/{@code " - "} between
     * terms, {@code 0} for the zero polynomial; e.g. {@code 33/4*x1^3 - x2^2 + 1}.
     */
    @Override
    public String toString() {
        return format(i -> "x" + (i + 1));
    }

    /**
     * {@link #toString} with variable {@code i} (from 0) written {@code name.apply(i)}, e.g. the
     * equations of a neurovariety in the ambient coordinates {@code P1[1,0]}, {@code Q[0,2]}, ….
     */
    public String format(IntFunction<String> name) {
        if (isZero()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < monomials.length; i++) {
            String c = field.format(coefficient(i));
            boolean negative = c.startsWith("-");
            String abs = negative ? c.substring(1) : c;
            if (i == 0) {
                sb.append(negative ? "-" : "");
            } else {
                sb.append(negative ? " - " : " + ");
            }
            Monomial m = monomials[i];
            if (m.degree() == 0) {
                sb.append(abs);
            } else if (abs.equals("1")) {
                sb.append(m.format(name));
            } else {
                sb.append(abs).append('*').append(m.format(name));
            }
        }
        return sb.toString();
    }
}
