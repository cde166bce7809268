package org.rationalnets.paper;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.membership.MembershipResult;
import org.rationalnets.algorithms.membership.WitnessVerification;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.UnivariatePolynomial;
import org.rationalnets.exact.algebraic.AlgebraicElement;
import org.rationalnets.exact.algebraic.AlgebraicExtension;

/**
 * A shallow witness as docs/examples.md lists it — rows of {@code W_1} written as linear forms whose
 * coefficients may use {@code sqrt2} or {@code i} (e.g. {@code x1 - sqrt2*x2}), and the row of
 * {@code W_2} — checked exactly: the entries are read in {@code Q[t]/(t² − 2)} or {@code Q[t]/(t² + 1)}
 * ({@code t = √2} or {@code i}), and {@link WitnessVerification} expands the network there and compares
 * it with the input. Missing rows (fewer than {@code d_1}) are {@code x1} with output weight 0.
 */
final class ListedWitness {

    private ListedWitness() {
    }

    /** Null when the listed witness reproduces {@code (p; q)} in the sense of {@code mode}; else why not. */
    static String mismatch(Architecture d, MembershipResult.Mode mode, List<String> rows, List<String> outputs,
                           List<Polynomial<BigFraction>> p, Polynomial<BigFraction> q) {
        String all = String.join(" ", rows) + " " + String.join(" ", outputs);
        boolean sqrt2 = all.contains("sqrt2");
        boolean imaginary = all.replace("sqrt2", "").matches(".*\\bi\\b.*");
        if (sqrt2 && imaginary) {
            return "expected entries in Q(√2) or Q(i), got both √2 and i";
        }
        AlgebraicExtension alg = AlgebraicExtension.parse(sqrt2 ? "t^2 - 2" : imaginary ? "t^2 + 1" : "t");
        int n = d.inputDimension();
        List<List<AlgebraicElement>> w1 = new ArrayList<>();
        List<AlgebraicElement> w2 = new ArrayList<>();
        for (int j = 0; j < d.width(1); j++) {
            if (j < rows.size()) {
                Polynomial<BigFraction> row = read(rows.get(j), n);
                List<AlgebraicElement> entries = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    entries.add(coefficient(alg, row, n, Monomial.variable(n + 1, k)));
                }
                w1.add(entries);
                w2.add(coefficient(alg, read(outputs.get(j), n), n, Monomial.of(new int[n + 1])));
            } else {
                List<AlgebraicElement> x1 = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    x1.add(k == 0 ? alg.one() : alg.zero());
                }
                w1.add(x1);
                w2.add(alg.zero());
            }
        }
        List<Matrix<AlgebraicElement>> w = List.of(Matrix.of(alg, w1), Matrix.of(alg, List.of(w2)));
        return WitnessVerification.reproduces(alg, d, w, mode, p, q) ? null
                : "the listed witness W_1 rows " + rows + ", W_2 = " + outputs + " does not reproduce the input over " + alg;
    }

    /** The text with {@code sqrt2} or {@code i} as the extra variable {@code x_{n+1}}. */
    private static Polynomial<BigFraction> read(String text, int n) {
        String t = text.replace("sqrt2", "x" + (n + 1)).replaceAll("\\bi\\b", "x" + (n + 1));
        return PolynomialParser.parse(t, n + 1);
    }

    /** The coefficient of {@code m} (free of {@code x_{n+1}}) as a polynomial in {@code t = x_{n+1}}. */
    private static AlgebraicElement coefficient(AlgebraicExtension alg, Polynomial<BigFraction> f, int n, Monomial m) {
        List<BigFraction> byPower = new ArrayList<>();
        for (int e = 0; e <= 2; e++) {
            int[] exponents = new int[n + 1];
            for (int k = 0; k < n; k++) {
                exponents[k] = m.exponent(k);
            }
            exponents[n] = e;
            byPower.add(f.coefficient(Monomial.of(exponents)));
        }
        return alg.element(UnivariatePolynomial.of(Rationals.Q, byPower));
    }
}
