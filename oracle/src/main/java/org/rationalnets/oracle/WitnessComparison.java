package org.rationalnets.oracle;

import java.util.ArrayList;
import java.util.List;
import org.rationalnets.algorithms.membership.WitnessEntry;
import org.rationalnets.algorithms.membership.WitnessWeights;

/**
 * Compares a shallow witness with the rows written in docs/examples.md, up to the symmetries of §4: each pair
 * {@code (row ℓ_j of W_1, column a_j of W_2)} only matters through {@code a_j/ℓ_j}, so both are divided by the
 * first nonzero coefficient of the row, and the pairs are compared as multisets (rows with {@code W_2} entry 0
 * are ignored). Literal coefficients may use {@code i} and {@code sqrt2}, e.g. {@code x1 - sqrt2*x2}; the
 * comparison is on decimal approximations (10 significant digits) of the exact entries.
 */
public final class WitnessComparison {

    private WitnessComparison() {
    }

    /** A complex number. */
    record Z(double re, double im) {
        Z divide(Z o) {
            double den = o.re * o.re + o.im * o.im;
            return new Z((re * o.re + im * o.im) / den, (im * o.re - re * o.im) / den);
        }

        boolean near(Z o) {
            return Math.abs(re - o.re) < 1e-7 && Math.abs(im - o.im) < 1e-7;
        }

        boolean isZero() {
            return Math.abs(re) < 1e-12 && Math.abs(im) < 1e-12;
        }
    }

    /** Null when they agree, else what differs. */
    public static String mismatch(List<String> rows, List<String> outputs, WitnessWeights w, int n) {
        if (w == null) {
            return "no witness";
        }
        List<List<Z>> expected = new ArrayList<>();
        for (int j = 0; j < rows.size(); j++) {
            List<Z> row = parseRow(rows.get(j), n);
            row.add(parseNumber(outputs.get(j).strip()));
            expected.add(normalise(row));
        }
        List<List<Z>> actual = new ArrayList<>();
        List<List<WitnessEntry>> w1 = w.matrices().get(0);
        List<List<WitnessEntry>> w2 = w.matrices().get(1);
        for (int j = 0; j < w1.size(); j++) {
            List<Z> row = new ArrayList<>();
            for (WitnessEntry x : w1.get(j)) {
                row.add(value(x));
            }
            Z a = value(w2.get(0).get(j));
            if (a.isZero()) {
                continue;
            }
            row.add(a);
            actual.add(normalise(row));
        }
        if (actual.size() != expected.size()) {
            return "expected " + expected.size() + " rows with nonzero output weight, got " + actual.size();
        }
        List<List<Z>> left = new ArrayList<>(actual);
        for (List<Z> e : expected) {
            boolean found = false;
            for (int k = 0; k < left.size(); k++) {
                if (same(e, left.get(k))) {
                    left.remove(k);
                    found = true;
                    break;
                }
            }
            if (!found) {
                return "no row proportional to " + e;
            }
        }
        return null;
    }

    private static boolean same(List<Z> a, List<Z> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).near(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<Z> normalise(List<Z> row) {
        Z first = null;
        for (int i = 0; i < row.size() - 1; i++) {
            if (!row.get(i).isZero()) {
                first = row.get(i);
                break;
            }
        }
        List<Z> out = new ArrayList<>();
        for (Z z : row) {
            out.add(z.divide(first));
        }
        return out;
    }

    private static Z value(WitnessEntry x) {
        return parseNumber(x instanceof WitnessEntry.Algebraic a ? a.value().approx() : x.toText());
    }

    /** {@code 1/2}, {@code -1.41}, {@code 0.5 - 1.3i}, {@code 1i}, {@code -sqrt2}, {@code i}. */
    static Z parseNumber(String s) {
        String t = s.replace(" ", "");
        if (t.contains("sqrt2")) {
            String c = t.replace("sqrt2", "").replace("*", "");
            double k = c.isEmpty() || c.equals("+") ? 1 : c.equals("-") ? -1 : Double.parseDouble(c);
            return new Z(k * Math.sqrt(2), 0);
        }
        if (t.endsWith("i")) {
            String body = t.substring(0, t.length() - 1);
            int split = Math.max(body.lastIndexOf('+'), body.lastIndexOf('-'));
            double re = 0;
            String imText = body;
            if (split > 0) {
                re = real(body.substring(0, split));
                imText = body.substring(split);
            }
            imText = imText.replace("*", "");
            double im = imText.isEmpty() || imText.equals("+") ? 1 : imText.equals("-") ? -1 : Double.parseDouble(imText);
            return new Z(re, im);
        }
        return new Z(real(t), 0);
    }

    private static double real(String t) {
        int slash = t.indexOf('/');
        return slash < 0 ? Double.parseDouble(t) : Double.parseDouble(t.substring(0, slash)) / Double.parseDouble(t.substring(slash + 1));
    }

    /** Coefficients of a literal linear form like {@code x1 - sqrt2*x2} or {@code x1 + i*x2}. */
    private static List<Z> parseRow(String text, int n) {
        List<Z> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(new Z(0, 0));
        }
        String t = text.replace(" ", "");
        int i = 0;
        while (i < t.length()) {
            int j = i + 1;
            while (j < t.length() && t.charAt(j) != '+' && t.charAt(j) != '-') {
                j++;
            }
            String term = t.substring(i, j);
            int x = term.indexOf('x');
            String coefficient = term.substring(0, x).replace("*", "");
            int var = Integer.parseInt(term.substring(x + 1)) - 1;
            Z c = coefficient.isEmpty() || coefficient.equals("+") ? new Z(1, 0)
                    : coefficient.equals("-") ? new Z(-1, 0) : parseNumber(coefficient);
            out.set(var, c);
            i = j;
        }
        return out;
    }
}
