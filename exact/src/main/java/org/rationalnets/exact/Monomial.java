package org.rationalnets.exact;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * A monomial {@code x1^a1 ⋯ xn^an}, immutable. The natural order is graded lexicographic with
 * {@code x1 > x2 > … > xn}: higher total degree first; among equal degrees the larger exponent of
 * the first differing variable. {@link Polynomial} lists its terms in <em>descending</em> order.
 */
public final class Monomial implements Comparable<Monomial> {

    private final int[] exponents;
    private final int degree;
    private final int hash;

    private Monomial(int[] exponents, int degree) {
        this.exponents = exponents;
        this.degree = degree;
        this.hash = Arrays.hashCode(exponents);
    }

    /**
     * The monomial with the given exponents.
     *
     * @throws IllegalArgumentException if an exponent is negative
     */
    public static Monomial of(int... exponents) {
        int[] e = exponents.clone();
        int d = 0;
        for (int a : e) {
            if (a < 0) {
                throw new IllegalArgumentException("negative exponent in " + Arrays.toString(e));
            }
            d += a;
        }
        return new Monomial(e, d);
    }

    /** The constant monomial 1 in {@code n} variables. */
    public static Monomial one(int n) {
        return new Monomial(new int[n], 0);
    }

    /** The variable {@code x_(i+1)} (0-based {@code i}) in {@code n} variables. */
    public static Monomial variable(int n, int i) {
        int[] e = new int[n];
        e[i] = 1;
        return new Monomial(e, 1);
    }

    /** Number of variables. */
    public int variables() {
        return exponents.length;
    }

    /** Exponent of the 0-based variable {@code i}. */
    public int exponent(int i) {
        return exponents[i];
    }

    /** A copy of the exponent vector. */
    public int[] exponents() {
        return exponents.clone();
    }

    /** Total degree. */
    public int degree() {
        return degree;
    }

    /** The product {@code this · other}. */
    public Monomial multiply(Monomial other) {
        int[] e = new int[exponents.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = exponents[i] + other.exponents[i];
        }
        return new Monomial(e, degree + other.degree);
    }

    /** Whether {@code this} divides {@code other}. */
    public boolean divides(Monomial other) {
        for (int i = 0; i < exponents.length; i++) {
            if (exponents[i] > other.exponents[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The quotient {@code this / divisor}.
     *
     * @throws ArithmeticException if {@code divisor} does not divide {@code this}
     */
    public Monomial divide(Monomial divisor) {
        int[] e = new int[exponents.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = exponents[i] - divisor.exponents[i];
            if (e[i] < 0) {
                throw new ArithmeticException(divisor + " does not divide " + this);
            }
        }
        return new Monomial(e, degree - divisor.degree);
    }

    /** Graded lexicographic comparison, {@code x1 > x2 > …}. */
    @Override
    public int compareTo(Monomial o) {
        if (degree != o.degree) {
            return Integer.compare(degree, o.degree);
        }
        for (int i = 0; i < exponents.length; i++) {
            if (exponents[i] != o.exponents[i]) {
                return Integer.compare(exponents[i], o.exponents[i]);
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Monomial && hash == ((Monomial) o).hash
                && Arrays.equals(exponents, ((Monomial) o).exponents);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** {@code x1^2*x3}, or {@code 1} for the constant monomial. */
    @Override
    public String toString() {
        return format(i -> "x" + (i + 1));
    }

    /** {@link #toString} with variable {@code i} (from 0) written {@code name.apply(i)}, e.g. {@code P1[1,0]^2*Q[0,1]}. */
    public String format(IntFunction<String> name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < exponents.length; i++) {
            if (exponents[i] == 0) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('*');
            }
            sb.append(name.apply(i));
            if (exponents[i] > 1) {
                sb.append('^').append(exponents[i]);
            }
        }
        return sb.length() == 0 ? "1" : sb.toString();
    }

    /** All monomials of total degree {@code d} in {@code n} variables, in descending grlex order. */
    public static java.util.List<Monomial> ofDegree(int n, int d) {
        java.util.List<Monomial> out = new java.util.ArrayList<>();
        fill(new int[n], 0, d, out);
        return out;
    }

    private static void fill(int[] e, int i, int remaining, java.util.List<Monomial> out) {
        if (i == e.length - 1) {
            e[i] = remaining;
            out.add(Monomial.of(e));
            return;
        }
        for (int a = remaining; a >= 0; a--) {
            e[i] = a;
            fill(e, i + 1, remaining - a, out);
        }
        e[i] = 0;
    }
}
