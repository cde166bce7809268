package org.rationalnets.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.rationalnets.exact.Field;
import org.rationalnets.exact.Polynomial;

/**
 * The closed form of docs/theory.md §2 [paper for widths ≥ 2; derived for all widths]:
 *
 * <pre>
 *   p^(1)_i   = Σ_j (W_1)_ij x_j,                q^(0) = q^(1) = 1
 *   p^(k+1)_i = Σ_j (W_{k+1})_ij Π_{s≠j} p^(k)_s
 *   q^(k+1)   = Π_j p^(k)_j
 *   P_i = p^(L)_i Π_{t∈S_L} q^(t),   Q = Π_{t∈T_L} q^(t),   S_L = {L−1, L−3, …}, T_L = {L, L−2, …}
 * </pre>
 *
 * so that {@code f_W = (P_1/Q, …, P_{d_L}/Q)}. This pair is <em>the</em> representative used
 * everywhere (not always in lowest terms). Immutable.
 *
 * <p>For {@code σ(t) = t^r} (docs/monomial.md §1) [derived]: when {@code r ≤ −1}, {@code s = −r}, the
 * common-denominator recursion {@code p^(k+1)_i = Σ_j (W_{k+1})_ij Π_{l≠j} (p^(k)_l)^s},
 * {@code q^(k+1) = Π_l (p^(k)_l)^s}, {@code P_i = p^(L)_i Π_{t∈S_L} (q^(t))^{s^{L−t}}},
 * {@code Q = Π_{t∈T_L} (q^(t))^{s^{L−t}}} ({@code s = 1} is the form above); when {@code r ≥ 2},
 * {@code P = W_L (… (W_1 x)^r …)^r} coordinate-wise and {@code Q = 1}.
 *
 * @param <T> coefficient type
 */
public final class ClosedForm<T> {

    private final Architecture architecture;
    private final List<Polynomial<T>> numerators;
    private final Polynomial<T> denominator;

    private ClosedForm(Architecture architecture, List<Polynomial<T>> numerators, Polynomial<T> denominator) {
        this.architecture = architecture;
        this.numerators = numerators;
        this.denominator = denominator;
    }

    /**
     * Expands the network.
     *
     * @throws UndefinedNetworkException if some {@code p^(k)_i}, {@code k ≤ L−1}, is the zero
     *         polynomial (its pre-activation is identically zero)
     */
    public static <T> ClosedForm<T> of(RationalNet<T> net) {
        Field<T> field = net.field();
        Architecture d = net.architecture();
        int n = d.inputDimension();
        int L = d.depth();
        List<Polynomial<T>> x = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            x.add(Polynomial.variable(field, n, i));
        }
        Polynomial<T> one = Polynomial.constant(field, n, field.one());
        // q.get(t) = q^(t), t = 0..L
        List<Polynomial<T>> q = new ArrayList<>(List.of(one, one));
        List<Polynomial<T>> p = linearCombinations(net.weight(1).rowList(), x, field, n);
        Activation sigma = net.activation();
        if (sigma.isPolynomial()) {
            for (int k = 1; k < L; k++) {
                p = linearCombinations(net.weight(k + 1).rowList(), powers(p, sigma.exponent()), field, n);
            }
            return new ClosedForm<>(d, List.copyOf(p), one);
        }
        int s = sigma.magnitude();
        for (int k = 1; k < L; k++) {
            for (int i = 0; i < p.size(); i++) {
                if (p.get(i).isZero()) {
                    throw new UndefinedNetworkException(k, i + 1);
                }
            }
            p = powers(p, s);
            // Π_{l≠j} p_l from prefix and suffix products: 3·d_k products instead of d_k².
            int w = p.size();
            List<Polynomial<T>> prefix = new ArrayList<>();
            prefix.add(one);
            for (int j = 0; j < w; j++) {
                prefix.add(prefix.get(j).multiply(p.get(j)));
            }
            List<Polynomial<T>> allBut = new ArrayList<>(Collections.nCopies(w, (Polynomial<T>) null));
            Polynomial<T> suffix = one;
            for (int j = w - 1; j >= 0; j--) {
                allBut.set(j, prefix.get(j).multiply(suffix));
                suffix = suffix.multiply(p.get(j));
            }
            q.add(prefix.get(w));
            p = linearCombinations(net.weight(k + 1).rowList(), allBut, field, n);
        }
        // q^(0) = q^(1) = 1 contribute nothing to the products over S_L and T_L
        Polynomial<T> numeratorFactor = one;
        for (int t = L - 1; t >= 2; t -= 2) {
            numeratorFactor = numeratorFactor.multiply(power(q.get(t), s, L - t));
        }
        Polynomial<T> den = one;
        for (int t = L; t >= 2; t -= 2) {
            den = den.multiply(power(q.get(t), s, L - t));
        }
        List<Polynomial<T>> num = new ArrayList<>(p.size());
        for (Polynomial<T> pi : p) {
            num.add(pi.multiply(numeratorFactor));
        }
        return new ClosedForm<>(d, List.copyOf(num), den);
    }

    /**
     * {@code q^{s^m}}.
     *
     * @throws ArithmeticException if {@code s^m} exceeds {@code Integer.MAX_VALUE}
     */
    private static <T> Polynomial<T> power(Polynomial<T> q, int s, int m) {
        int e = 1;
        for (int i = 0; i < m; i++) {
            e = Math.multiplyExact(e, s);
        }
        return e == 1 ? q : q.pow(e);
    }

    /** Every polynomial to the power {@code e ≥ 1} (the list itself for {@code e = 1}, the paper's case). */
    private static <T> List<Polynomial<T>> powers(List<Polynomial<T>> p, int e) {
        if (e == 1) {
            return p;
        }
        List<Polynomial<T>> out = new ArrayList<>(p.size());
        for (Polynomial<T> pk : p) {
            out.add(pk.pow(e));
        }
        return out;
    }

    private static <T> List<Polynomial<T>> linearCombinations(List<List<T>> rows, List<Polynomial<T>> basis,
                                                              Field<T> field, int n) {
        List<Polynomial<T>> out = new ArrayList<>(rows.size());
        for (List<T> row : rows) {
            Polynomial<T> s = Polynomial.zero(field, n);
            for (int j = 0; j < row.size(); j++) {
                if (!field.isZero(row.get(j))) {
                    s = s.add(basis.get(j).scale(row.get(j)));
                }
            }
            out.add(s);
        }
        return out;
    }

    /** Assembles a closed form from given polynomials (e.g. an input to a membership test). */
    public static <T> ClosedForm<T> of(Architecture d, List<Polynomial<T>> numerators, Polynomial<T> denominator) {
        return new ClosedForm<>(d, List.copyOf(numerators), denominator);
    }

    /** The architecture. */
    public Architecture architecture() {
        return architecture;
    }

    /** {@code P_1, …, P_{d_L}}. */
    public List<Polynomial<T>> numerators() {
        return numerators;
    }

    /** {@code Q}. */
    public Polynomial<T> denominator() {
        return denominator;
    }

    /** The value {@code (P_i(x)/Q(x))_i} at a point where {@code Q(x) ≠ 0}. */
    public List<T> evaluate(List<T> x) {
        Field<T> field = denominator.field();
        T inv = field.reciprocal(denominator.evaluate(x));
        List<T> out = new ArrayList<>(numerators.size());
        for (Polynomial<T> pi : numerators) {
            out.add(field.multiply(pi.evaluate(x), inv));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClosedForm<?> c && c.numerators.equals(numerators) && c.denominator.equals(denominator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerators, denominator);
    }

    @Override
    public String toString() {
        return "(" + String.join(", ", numerators.stream().map(Object::toString).toList()) + ") / (" + denominator + ")";
    }
}
