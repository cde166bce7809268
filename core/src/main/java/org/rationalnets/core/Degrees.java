package org.rationalnets.core;

/**
 * The degrees of docs/theory.md §2 [derived]: {@code p^(k)_i} is a form of degree
 * {@code e_k = Π_{t=1}^{k−1}(d_t − 1)}, {@code q^(k+1)} of degree {@code c_{k+1} = d_k e_k}
 * ({@code c_0 = c_1 = 0}), and
 * {@code D_P = e_L + Σ_{t∈S_L} c_t}, {@code D_Q = Σ_{t∈T_L} c_t} with
 * {@code S_L = {L−1, L−3, …}}, {@code T_L = {L, L−2, …}}; {@code D_P − D_Q = (−1)^{L−1}}.
 *
 * <p>For {@code σ(t) = t^r} (docs/monomial.md §1) [derived]: when {@code r ≤ −1}, {@code s = −r},
 * {@code e_{k+1} = s(d_k − 1)e_k}, {@code c_{k+1} = s·d_k·e_k}, {@code D_P = e_L + Σ_{t∈S_L} s^{L−t} c_t},
 * {@code D_Q = Σ_{t∈T_L} s^{L−t} c_t}; when {@code r ≥ 2}, {@code e_k = r^{k−1}}, every {@code c_k = 0},
 * {@code (D_P, D_Q) = (r^{L−1}, 0)} (the uniform rule of §2: the denominator is the constant 1).
 *
 * @param e {@code e[k]} for {@code 1 ≤ k ≤ L} ({@code e[0]} unused, 0)
 * @param c {@code c[k]} for {@code 0 ≤ k ≤ L}
 * @param numeratorDegree {@code D_P}
 * @param denominatorDegree {@code D_Q}
 */
public record Degrees(long[] e, long[] c, long numeratorDegree, long denominatorDegree) {

    /**
     * The degrees of an architecture.
     *
     * @throws ArithmeticException if a degree exceeds {@code Long.MAX_VALUE}
     */
    public static Degrees of(Architecture d) {
        return of(d, Activation.RECIPROCAL);
    }

    /**
     * The degrees of an architecture with activation {@code σ}.
     *
     * @throws ArithmeticException if a degree exceeds {@code Long.MAX_VALUE}
     */
    public static Degrees of(Architecture d, Activation sigma) {
        int L = d.depth();
        long[] e = new long[L + 1];
        long[] c = new long[L + 1];
        e[1] = 1;
        if (sigma.isPolynomial()) {
            for (int k = 2; k <= L; k++) {
                e[k] = Math.multiplyExact(e[k - 1], sigma.exponent());
            }
            return new Degrees(e, c, e[L], 0);
        }
        long s = sigma.magnitude();
        for (int k = 2; k <= L; k++) {
            e[k] = Math.multiplyExact(s, Math.multiplyExact(e[k - 1], d.width(k - 1) - 1));
        }
        for (int k = 2; k <= L; k++) {
            c[k] = Math.multiplyExact(s, Math.multiplyExact(d.width(k - 1), e[k - 1]));
        }
        // c_0 = c_1 = 0 contribute nothing to the sums over S_L and T_L; s^{L−t} grows by s² per step
        long dp = e[L];
        long weight = s;
        for (int t = L - 1; t >= 2; t -= 2) {
            dp = Math.addExact(dp, Math.multiplyExact(weight, c[t]));
            weight = Math.multiplyExact(weight, s * s);
        }
        long dq = 0;
        weight = 1;
        for (int t = L; t >= 2; t -= 2) {
            dq = Math.addExact(dq, Math.multiplyExact(weight, c[t]));
            weight = Math.multiplyExact(weight, s * s);
        }
        return new Degrees(e, c, dp, dq);
    }

    /** {@code e_k}. */
    public long e(int k) {
        return e[k];
    }

    /** {@code c_k}. */
    public long c(int k) {
        return c[k];
    }

    @Override
    public long[] e() {
        return e.clone();
    }

    @Override
    public long[] c() {
        return c.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Degrees g && java.util.Arrays.equals(g.e, e) && java.util.Arrays.equals(g.c, c);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(java.util.Arrays.hashCode(e), java.util.Arrays.hashCode(c));
    }

    @Override
    public String toString() {
        return "Degrees[D_P=" + numeratorDegree + ", D_Q=" + denominatorDegree + "]";
    }
}
