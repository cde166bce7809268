package org.rationalnets.core;

import org.rationalnets.exact.Field;

/**
 * A monomial activation {@code σ(t) = t^r}, {@code r} an integer not in {@code {0, 1}}
 * (docs/monomial.md): {@code r = −1} is the paper's {@code 1/t} and the default; {@code r ≥ 2} gives the
 * polynomial networks of the literature; {@code r ≤ −2} rational networks with {@code s = −r}. ({@code r = 0}
 * makes every network constant, {@code r = 1} linear: neither is a neural network with an activation.)
 * Immutable; printed {@code 1/t}, {@code t^2}, {@code t^-3} and parsed back from that form.
 */
public final class Activation {

    /** {@code σ(t) = 1/t}, the paper's activation and the default. */
    public static final Activation RECIPROCAL = new Activation(-1);

    private final int exponent;

    private Activation(int exponent) {
        this.exponent = exponent;
    }

    /**
     * {@code σ(t) = t^r}.
     *
     * @throws IllegalArgumentException if {@code r} is 0 or 1 (the message says why)
     */
    public static Activation of(int r) {
        if (r == 0) {
            throw new IllegalArgumentException("expected an exponent r ∉ {0, 1}, got r = 0: t^0 = 1 makes every network constant");
        }
        if (r == 1) {
            throw new IllegalArgumentException("expected an exponent r ∉ {0, 1}, got r = 1: t^1 = t makes every network linear");
        }
        return r == -1 ? RECIPROCAL : new Activation(r);
    }

    /**
     * Reads {@code 1/t}, {@code t^r} (r an integer, e.g. {@code t^2}, {@code t^-3}) or {@code t^(−3)}.
     *
     * @throws IllegalArgumentException with a message saying what was expected, what was seen and why
     */
    public static Activation parse(String text) {
        String s = text.strip().replace('−', '-');
        if (s.equals("1/t")) {
            return RECIPROCAL;
        }
        String body = s.startsWith("t^") ? s.substring(2) : null;
        if (body != null && body.startsWith("(") && body.endsWith(")")) {
            body = body.substring(1, body.length() - 1);
        }
        if (body == null || !body.matches("[+-]?\\d{1,6}")) {
            throw new IllegalArgumentException("expected an activation 1/t or t^r with r an integer ∉ {0, 1} (e.g. t^2, t^-3), got \""
                    + text + "\"");
        }
        try {
            return of(Integer.parseInt(body));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("activation \"" + text + "\": " + e.getMessage(), e);
        }
    }

    /** The exponent r. */
    public int exponent() {
        return exponent;
    }

    /** {@code r ≥ 2}: every network is a tuple of forms of degree {@code r^{L−1}} (docs/monomial.md §1). */
    public boolean isPolynomial() {
        return exponent >= 2;
    }

    /** {@code |r|}: the exponent of the activation's numerator or denominator. */
    public int magnitude() {
        return Math.abs(exponent);
    }

    /** {@code σ(t) = 1/t}. */
    public boolean isReciprocal() {
        return exponent == -1;
    }

    /**
     * {@code σ(t) = t^r} in {@code field}.
     *
     * @throws ArithmeticException if {@code r < 0} and {@code t = 0}
     */
    public <T> T apply(Field<T> field, T t) {
        if (exponent >= 2) {
            return field.pow(t, exponent);
        }
        T inv = field.reciprocal(t);
        return exponent == -1 ? inv : field.pow(inv, -exponent);
    }

    /**
     * {@code σ'(t) = r·t^{r−1}}, given {@code a = σ(t)}: {@code r·a/t}, computed without dividing when
     * {@code r ≥ 2} ({@code r·t^{r−1}}) and as {@code r·a·t^{−1}} when {@code r ≤ −1} (then {@code t ≠ 0}).
     */
    public <T> T derivative(Field<T> field, T t, T a) {
        T rt = field.fromLong(exponent);
        if (exponent >= 2) {
            return field.multiply(rt, field.pow(t, exponent - 1));
        }
        return field.multiply(rt, field.multiply(a, field.reciprocal(t)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Activation a && a.exponent == exponent;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(exponent);
    }

    /** {@code 1/t}, {@code t^2}, {@code t^-3}: the command-line form. */
    @Override
    public String toString() {
        return exponent == -1 ? "1/t" : "t^" + exponent;
    }
}
