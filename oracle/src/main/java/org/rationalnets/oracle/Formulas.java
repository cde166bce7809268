package org.rationalnets.oracle;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.RationalPolynomials;

/**
 * The counting formulas of the theory as plain arithmetic, written from the statements and
 * independent of the core module: degrees (D_P, D_Q), the ambient dimension, the parameter and
 * torus counts and the expected dimension. Another implementation compares its own values with these.
 */
public final class Formulas {

    private Formulas() {
    }


    /** D_P, D_Q recomputed from docs/theory.md §2 without the core module's {@code Degrees}. */
    public static long[] degrees(int[] d) {
        int L = d.length - 1;
        long[] e = new long[L + 1];
        long[] c = new long[L + 1];
        e[1] = 1;
        for (int k = 2; k <= L; k++) {
            e[k] = e[k - 1] * (d[k - 1] - 1);
            c[k] = d[k - 1] * e[k - 1];
        }
        long dp = e[L];
        for (int t = L - 1; t >= 0; t -= 2) {
            dp += c[t];
        }
        long dq = 0;
        for (int t = L; t >= 0; t -= 2) {
            dq += c[t];
        }
        return new long[] {dp, dq};
    }

    private static BigInteger binomial(long n, long k) {
        BigInteger r = BigInteger.ONE;
        for (long i = 1; i <= k; i++) {
            r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return r;
    }

    /** amb(d) recomputed: d_L·C(d_0+D_P−1, D_P) + C(d_0+D_Q−1, D_Q) − 1. */
    public static BigInteger ambient(int[] d) {
        long[] dpq = degrees(d);
        int n = d[0];
        return BigInteger.valueOf(d[d.length - 1]).multiply(binomial(n + dpq[0] - 1, dpq[0]))
                .add(binomial(n + dpq[1] - 1, dpq[1])).subtract(BigInteger.ONE);
    }

    public static long parameters(int[] d) {
        long s = 0;
        for (int k = 1; k < d.length; k++) {
            s += (long) d[k] * d[k - 1];
        }
        return s;
    }

    public static long torus(int[] d) {
        long s = 0;
        for (int k = 1; k < d.length - 1; k++) {
            s += d[k];
        }
        return s;
    }

    public static BigInteger expected(int[] d) {
        return BigInteger.valueOf(parameters(d) - torus(d)).min(ambient(d));
    }

    /** In characteristic 0, a form has a repeated factor iff it shares a factor with all its partial derivatives. */
    public static boolean hasRepeatedFactor(Polynomial<BigFraction> q) {
        if (q.isConstant()) {
            return false;
        }
        List<Polynomial<BigFraction>> all = new ArrayList<>();
        all.add(q);
        all.addAll(q.gradient());
        return !RationalPolynomials.gcd(all).isConstant();
    }
}
