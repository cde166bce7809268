package org.rationalnets.algorithms.dimension;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.rationalnets.core.Activation;
import org.rationalnets.core.AmbientSpace;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.IncrementalRowEchelon;
import org.rationalnets.exact.Monomial;

/**
 * The hypersurface bounds of docs/theory.md §13.8 for shallow networks {@code (n, s, e)}, {@code e ≥ 2},
 * {@code σ(t) = t^r}, {@code r ≥ 2} [derived]: a matrix linear in the output tuple {@code f} whose rank is
 * at most {@code c·s} on every network output, but above that at one explicit integer tuple, so a minor
 * is a nonzero polynomial vanishing on {@code V} and {@code dim ≤ amb − 1}.
 * <ul>
 *   <li>S ({@code r = 2}, {@code e = 3}): the Koszul matrix {@code M(f) = Σ_c E_c ⊗ T_c} of the Gram
 *       matrices {@code T_c} of the outputs, {@code (E_c)_{ab} = ε_{abc}}; rank {@code ≤ 2s}.</li>
 *   <li>{@code F_t} ({@code 0 < t < r}): the catalecticant {@code K_t(f)}, rows (output {@code i},
 *       monomial {@code α} of degree {@code t}), columns monomials {@code β} of degree {@code r − t},
 *       entry the coefficient of {@code x^{α+β}} in {@code f_i} times {@code (α+β)!/r!}; rank {@code ≤ s}.</li>
 *   <li>TC: the literal {@code 47} for {@code (4,6,5)}, {@code r = 2} (twisted cubics).</li>
 * </ul>
 * S and {@code F_t} are offered only where {@code amb ≤ #params − tor}: elsewhere {@code amb − 1} is not
 * below {@code #params − tor} and could never be the least bound. The explicit tuples are seeded, the
 * rank is computed mod {@link CertifiedDimension#DEFAULT_PRIME}: a nonzero minor mod p of an integer
 * matrix is a nonzero integer, so any prime is sound; if the rank falls short, the bound is not offered.
 */
final class FlatteningBounds {

    /** The prime of the rank checks. */
    static final long PRIME = CertifiedDimension.DEFAULT_PRIME;
    /** The seed of the explicit tuples. */
    static final long TUPLE_SEED = 0x5EC0_11DL;

    private FlatteningBounds() {
    }

    /** S, the first {@code F_t} that applies, and TC, in that order; empty if none applies to {@code d}. */
    static List<UpperBound> of(Architecture d, Activation sigma) {
        List<UpperBound> out = new ArrayList<>();
        if (sigma.isPolynomial() && d.isShallow() && d.outputDimension() >= 2) {
            int r = sigma.exponent();
            BigInteger amb = AmbientSpace.of(d, sigma).dimension();
            if (amb.compareTo(BigInteger.valueOf(d.parameterCount() - d.symmetryDimension())) <= 0) {
                long hypersurface = amb.longValueExact() - 1;
                netsOfQuadrics(d, r, hypersurface).ifPresent(out::add);
                catalecticant(d, r, hypersurface).ifPresent(out::add);
            }
            if (d.equals(Architecture.of(4, 6, 5)) && r == 2) {
                out.add(new UpperBound("TC", 47, "TC [derived: the spans of the outputs lie in spaces ⟨ℓ_1², …, ℓ_6²⟩, each"
                        + " reached from a pencil of 6-point sets on the twisted cubic through the points; a family of"
                        + " dimension ≤ 22, fibres ≤ 25]: 47 = 22 + 25", List.of()));
            }
        }
        return out;
    }

    private static Optional<UpperBound> netsOfQuadrics(Architecture d, int r, long hypersurface) {
        int n = d.width(0);
        int s = d.width(1);
        if (r != 2 || d.outputDimension() != 3) {
            return Optional.empty();
        }
        int rank = IncrementalRowEchelon.rank(koszul(explicitNet(n)), PRIME);
        if (rank <= 2 * s) {
            return Optional.empty();
        }
        return Optional.of(new UpperBound("S", hypersurface, "S [derived: " + 3 * n + "×" + 3 * n + " Koszul matrix M has rank "
                + rank + " mod " + PRIME + " at an explicit net of quadrics, rank ≤ 2s = " + 2 * s + " on V]: " + hypersurface
                + " = 3·C(" + (n + 1) + ", 2) − 1", List.of()));
    }

    private static Optional<UpperBound> catalecticant(Architecture d, int r, long hypersurface) {
        int n = d.width(0);
        int s = d.width(1);
        int e = d.outputDimension();
        long[][] h = explicitTuple(e, AmbientSpace.monomialCount(n, r).intValueExact());
        return IntStream.range(1, r).mapToObj(t -> {
            long[][] k = catalecticant(n, r, t, h);
            int rank = IncrementalRowEchelon.rank(k, PRIME);
            return rank <= s ? Optional.<UpperBound>empty() : Optional.of(new UpperBound("F_" + t, hypersurface, "F_" + t + " [derived: " + k.length + "×"
                    + k[0].length + " catalecticant K_" + t + " has rank " + rank + " mod " + PRIME + " at an explicit tuple"
                    + " of forms, rank ≤ s = " + s + " on V]: " + hypersurface + " = " + e + "·C(" + (n + r - 1) + ", " + r
                    + ") − 1", List.of()));
        }).flatMap(Optional::stream).findFirst();
    }

    /**
     * The Koszul matrix {@code M = Σ_c E_c ⊗ T_c} of three {@code n×n} matrices, {@code (E_c)_{ab} = ε_{abc}}:
     * {@code [[0, T_3, −T_2], [−T_3, 0, T_1], [T_2, −T_1, 0]]}.
     */
    static long[][] koszul(long[][][] t) {
        int n = t[0].length;
        long[][] m = new long[3 * n][3 * n];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                if (a == b) {
                    continue;
                }
                int c = 3 - a - b;
                // ε_{abc} = +1 iff (a, b, c) is a cyclic shift of (0, 1, 2), i.e. b = a + 1 mod 3
                long sign = (b - a + 3) % 3 == 1 ? 1 : -1;
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        m[a * n + i][b * n + j] = sign * t[c][i][j];
                    }
                }
            }
        }
        return m;
    }

    /**
     * The catalecticant {@code K_t}: row {@code (i, α)}, {@code α} the monomials of degree {@code t} in
     * {@link Monomial#ofDegree} order, column {@code β} of degree {@code r − t}, entry {@code h[i][α+β]}, where
     * {@code h[i][γ]} is the coefficient of {@code x^γ} in {@code f_i} times {@code γ!/r!} ({@code γ} indexed
     * as in {@code Monomial.ofDegree(n, r)}).
     */
    static long[][] catalecticant(int n, int r, int t, long[][] h) {
        List<Monomial> gammas = Monomial.ofDegree(n, r);
        Map<Monomial, Integer> index = new HashMap<>();
        for (int k = 0; k < gammas.size(); k++) {
            index.put(gammas.get(k), k);
        }
        List<Monomial> alphas = Monomial.ofDegree(n, t);
        List<Monomial> betas = Monomial.ofDegree(n, r - t);
        long[][] k = new long[h.length * alphas.size()][betas.size()];
        for (int i = 0; i < h.length; i++) {
            for (int a = 0; a < alphas.size(); a++) {
                for (int b = 0; b < betas.size(); b++) {
                    k[i * alphas.size() + a][b] = h[i][index.get(alphas.get(a).multiply(betas.get(b)))];
                }
            }
        }
        return k;
    }

    /**
     * Gram matrices {@code T_1 = I}, {@code T_2 = diag(1, …, n)}, {@code T_3 = B + Bᵀ} with {@code B}'s entries
     * seeded in {@code [0, p)}.
     */
    static long[][][] explicitNet(int n) {
        SplittableRandom random = new SplittableRandom(TUPLE_SEED);
        long[][] b = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i][j] = random.nextLong(PRIME);
            }
        }
        long[][][] t = new long[3][n][n];
        for (int i = 0; i < n; i++) {
            t[0][i][i] = 1;
            t[1][i][i] = i + 1;
            for (int j = 0; j < n; j++) {
                t[2][i][j] = b[i][j] + b[j][i];
            }
        }
        return t;
    }

    /**
     * Normalised coefficients {@code h[i][γ]} in {@code [0, p)}, seeded: the tuple {@code f_i = Σ_γ (r!/γ!) h[i][γ] x^γ}
     * has integer coefficients.
     */
    static long[][] explicitTuple(int e, int monomials) {
        SplittableRandom random = new SplittableRandom(TUPLE_SEED);
        long[][] h = new long[e][monomials];
        for (int i = 0; i < e; i++) {
            for (int k = 0; k < monomials; k++) {
                h[i][k] = random.nextLong(PRIME);
            }
        }
        return h;
    }
}
