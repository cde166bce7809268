package org.rationalnets.algorithms.equations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;

/**
 * The parametrisation {@code W ↦ [P_W : Q_W]} of the neuromanifold with <em>symbolic</em> weights:
 * every ambient coordinate (a coefficient of some {@code P_i} or of {@code Q}, in the order of
 * {@link org.rationalnets.core.AmbientSpace#coordinateNames()}) as a polynomial with integer
 * coefficients in the weights, obtained by running the closed form of docs/theory.md §2 over the
 * polynomial ring {@code Z[W][x]} and collecting coefficients of the x-monomials.
 *
 * <p><b>Normalisation [derived].</b> The first entry of every row of every hidden weight matrix
 * {@code W_k}, {@code k ≤ L−1}, is set to 1 instead of a variable. This loses nothing: on the dense
 * open set where these entries are nonzero, the torus of §4 (scale row j of {@code W_k} by t,
 * column j of {@code W_{k+1}} by t) moves every weight tuple into this slice, layer by layer,
 * and changes {@code (P_W, Q_W)} only by powers of t; since {@code P/Q} is unchanged both get the
 * same power (when {@code P ≠ 0}), so the projective point is unchanged. Hence a polynomial
 * vanishing on the image of the slice vanishes on the image of a dense open set of weights, and so
 * on all of {@code M_d} and on {@code V_d}. It saves {@code tor(d)} variables.
 */
public final class SymbolicParametrisation {

    private final Architecture architecture;
    private final int weightVariables;
    private final List<Polynomial<BigFraction>> coordinates;

    private SymbolicParametrisation(Architecture architecture, int weightVariables,
                                    List<Polynomial<BigFraction>> coordinates) {
        this.architecture = architecture;
        this.weightVariables = weightVariables;
        this.coordinates = coordinates;
    }

    /** The parametrisation of {@code d}: one polynomial in the normalised weights per ambient coordinate. */
    public static SymbolicParametrisation of(Architecture d) {
        int L = d.depth();
        int n0 = d.inputDimension();
        // variable index of each weight entry, −1 for an entry fixed to 1
        int[][][] index = new int[L + 1][][];
        int nw = 0;
        for (int k = 1; k <= L; k++) {
            index[k] = new int[d.width(k)][d.width(k - 1)];
            for (int i = 0; i < d.width(k); i++) {
                for (int j = 0; j < d.width(k - 1); j++) {
                    index[k][i][j] = k < L && j == 0 ? -1 : nw++;
                }
            }
        }
        int n = nw + n0;
        Polynomial<BigFraction> one = Polynomial.constant(Rationals.Q, n, BigFraction.ONE);
        List<Polynomial<BigFraction>> x = new ArrayList<>();
        for (int j = 0; j < n0; j++) {
            x.add(Polynomial.variable(Rationals.Q, n, nw + j));
        }
        List<Polynomial<BigFraction>> q = new ArrayList<>(List.of(one, one));
        List<Polynomial<BigFraction>> p = combine(index[1], x, n);
        for (int k = 1; k < L; k++) {
            int w = p.size();
            List<Polynomial<BigFraction>> allBut = new ArrayList<>(w);
            Polynomial<BigFraction> all = one;
            for (int j = 0; j < w; j++) {
                Polynomial<BigFraction> prod = one;
                for (int s = 0; s < w; s++) {
                    if (s != j) {
                        prod = prod.multiply(p.get(s));
                    }
                }
                allBut.add(prod);
                all = all.multiply(p.get(j));
            }
            q.add(all);
            p = combine(index[k + 1], allBut, n);
        }
        // P_i = p^(L)_i · Π_{t ∈ S_L} q^(t), Q = Π_{t ∈ T_L} q^(t); the factors q^(0) = q^(1) = 1 are left out
        Polynomial<BigFraction> numeratorFactor = one;
        for (int t = L - 1; t >= 2; t -= 2) {
            numeratorFactor = numeratorFactor.multiply(q.get(t));
        }
        Polynomial<BigFraction> den = one;
        for (int t = L; t >= 2; t -= 2) {
            den = den.multiply(q.get(t));
        }
        List<Monomial> num = d.ambientSpace().numeratorMonomials();
        List<Monomial> dens = d.ambientSpace().denominatorMonomials();
        List<Polynomial<BigFraction>> coords = new ArrayList<>();
        for (Polynomial<BigFraction> pi : p) {
            coords.addAll(coefficients(pi.multiply(numeratorFactor), num, nw, n0));
        }
        coords.addAll(coefficients(den, dens, nw, n0));
        return new SymbolicParametrisation(d, nw, List.copyOf(coords));
    }

    private static List<Polynomial<BigFraction>> combine(int[][] idx, List<Polynomial<BigFraction>> basis, int n) {
        List<Polynomial<BigFraction>> out = new ArrayList<>();
        for (int[] row : idx) {
            Polynomial<BigFraction> s = Polynomial.zero(Rationals.Q, n);
            for (int j = 0; j < row.length; j++) {
                Polynomial<BigFraction> w = row[j] < 0 ? Polynomial.constant(Rationals.Q, n, BigFraction.ONE)
                        : Polynomial.variable(Rationals.Q, n, row[j]);
                s = s.add(w.multiply(basis.get(j)));
            }
            out.add(s);
        }
        return out;
    }

    /** The coefficients (polynomials in the first nw variables) of the given x-monomials. */
    private static List<Polynomial<BigFraction>> coefficients(Polynomial<BigFraction> f, List<Monomial> xMonomials,
                                                              int nw, int n0) {
        Map<Monomial, Map<Monomial, BigFraction>> byX = new HashMap<>();
        for (Polynomial.Term<BigFraction> t : f.terms()) {
            int[] e = t.monomial().exponents();
            int[] we = java.util.Arrays.copyOfRange(e, 0, nw);
            int[] xe = java.util.Arrays.copyOfRange(e, nw, nw + n0);
            byX.computeIfAbsent(Monomial.of(xe), m -> new HashMap<>()).put(Monomial.of(we), t.coefficient());
        }
        List<Polynomial<BigFraction>> out = new ArrayList<>();
        for (Monomial m : xMonomials) {
            out.add(Polynomial.of(Rationals.Q, nw, byX.getOrDefault(m, Map.of())));
        }
        return out;
    }

    /** The architecture. */
    public Architecture architecture() {
        return architecture;
    }

    /** The number of weight variables after normalisation: {@code #params − tor}. */
    public int weightVariables() {
        return weightVariables;
    }

    /** The ambient coordinates as polynomials in the weights, in coordinate order. */
    public List<Polynomial<BigFraction>> coordinates() {
        return coordinates;
    }
}
