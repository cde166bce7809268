package org.rationalnets.algorithms.dimension;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.rationalnets.core.Activation;
import org.rationalnets.core.AmbientSpace;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.PoleException;
import org.rationalnets.core.RationalNet;
import org.rationalnets.exact.IncrementalRowEchelon;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.PrimeField;

/**
 * The certified dimension for {@code σ(t) = t^r}, {@code r ∉ {−1, 0, 1}} (docs/theory.md, "Upper
 * bounds for monomial activations"): lower bound the Jacobian rank as for {@code 1/t}; upper bounds
 * {@code #params − tor}, {@code amb}, Alexander–Hirschowitz (AH, {@code r ≥ 2}, shallow, one output),
 * the two defective shallow cases of docs/monomial.md §6 and the flattening bounds ({@link FlatteningBounds});
 * when these do not meet the rank, the split bounds W1, {@code T_k} and {@code G_k}; when those do not
 * either, the composition, container and algebra-cap bounds ({@link ContainerBounds}). Parts are certified
 * recursively (memoised). A bound below the rank is a bug and throws; it never certifies.
 *
 * @param <T> the field of the rank computation
 */
final class MonomialCertifier<T> implements ContainerBounds.Parts {

    private final Activation sigma;
    private final long seed;
    private final CertifiedDimension.Mode<T> mode;
    private final CertifiedDimension.Sampling sampling;
    private final long proofPrime;
    private final Map<Architecture, DimensionCertificate> memo = new HashMap<>();
    private final Map<Architecture, ContainerBounds.SpanRanks> spanMemo = new HashMap<>();

    /**
     * @param proofPrime the prime of the exact linear-independence proofs of {@code G_k} (any prime is sound)
     */
    MonomialCertifier(Activation sigma, long seed, CertifiedDimension.Mode<T> mode, CertifiedDimension.Sampling sampling,
                      long proofPrime) {
        this.sigma = sigma;
        this.seed = seed;
        this.mode = mode;
        this.sampling = sampling;
        this.proofPrime = proofPrime;
    }

    /** The certificate of {@code d}: the rank, and the smallest bound (all of them when the direct ones do not meet). */
    @Override
    public DimensionCertificate certify(Architecture d) {
        DimensionCertificate known = memo.get(d);
        if (known != null) {
            return known;
        }
        long params = d.parameterCount();
        if (params > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("#params(" + d + ") = " + params + " exceeds " + Integer.MAX_VALUE);
        }
        List<UpperBound> bounds = directBounds(d, sigma);
        long direct = minimum(bounds).value();
        RankResult rank = rank(d, direct);
        if (rank.attempt().rank() < direct) {
            bounds.addAll(splitBounds(d));
            if (rank.attempt().rank() < minimum(bounds).value()) {
                bounds.addAll(containerBounds(d));
            }
        }
        return memoise(d, certificate(d, rank, bounds));
    }

    /** Every bound of {@code d}, the split and container bounds included (for the tests that guard each bound against the rank). */
    List<UpperBound> allBounds(Architecture d) {
        List<UpperBound> bounds = directBounds(d, sigma);
        bounds.addAll(splitBounds(d));
        bounds.addAll(containerBounds(d));
        return bounds;
    }

    /** (C), (B1) and (B2) of docs/theory.md §13.6, their parts certified by this certifier. */
    private List<UpperBound> containerBounds(Architecture d) {
        return ContainerBounds.of(d, sigma, this);
    }

    private DimensionCertificate memoise(Architecture d, DimensionCertificate c) {
        memo.put(d, c);
        return c;
    }

    private record RankResult(CertifiedDimension.Attempt attempt, int rejected, int attempts) {
    }

    private RankResult rank(Architecture d, long ub) {
        SplittableRandom random = new SplittableRandom(seed);
        CertifiedDimension.Attempt best = new CertifiedDimension.Attempt(0, 0, 0);
        int rejected = 0;
        int attempts = 0;
        while (attempts < sampling.attempts() && best.rank() < ub) {
            attempts++;
            CertifiedDimension.Attempt a = CertifiedDimension.attempt(d, sigma, mode, random, ub, sampling);
            rejected += a.rejected();
            if (a.rank() > best.rank() || attempts == 1) {
                best = a;
            }
        }
        return new RankResult(best, rejected, attempts);
    }

    private DimensionCertificate certificate(Architecture d, RankResult r, List<UpperBound> bounds) {
        int rank = r.attempt().rank();
        requireAtLeast(d, sigma, rank, mode.prime() == null ? "Q" : "F_" + mode.prime(), seed, bounds);
        UpperBound best = minimum(bounds);
        AmbientSpace amb = AmbientSpace.of(d, sigma);
        return new DimensionCertificate(d, rank, best.value(), best.reason(), amb.dimension(), d.expectedDimension(sigma),
                mode.prime(), seed, r.attempt().points(), r.rejected(), r.attempts(), null, null, null, null, null,
                sigma, best.parts());
    }

    /**
     * Checks every bound against the rank: a proven upper bound below a lower bound means the bound or the
     * program is wrong.
     *
     * @throws IllegalStateException naming the bound, the rank and the instance
     */
    static void requireAtLeast(Architecture d, Activation sigma, int rank, String field, long seed, List<UpperBound> bounds) {
        for (UpperBound b : bounds) {
            if (b.value() < rank) {
                throw new IllegalStateException("upper bound " + b.reason() + " of " + d + " with σ = " + sigma
                        + " is below the Jacobian rank " + rank + " over " + field + " (seed " + seed
                        + "): the bound or this program is wrong; this is a bug, please report it");
            }
        }
    }

    /** The first bound of least value (the order of the list breaks ties). */
    static UpperBound minimum(List<UpperBound> bounds) {
        UpperBound best = bounds.get(0);
        for (UpperBound b : bounds) {
            if (b.value() < best.value()) {
                best = b;
            }
        }
        return best;
    }

    /** {@code #params − tor}, {@code amb}, AH and the §6 cases: bounds that need no smaller architecture. */
    static List<UpperBound> directBounds(Architecture d, Activation sigma) {
        List<UpperBound> out = new ArrayList<>();
        long free = d.parameterCount() - d.symmetryDimension();
        out.add(new UpperBound("#params − tor", free, "#params − tor = " + d.parameterCount() + " − " + d.symmetryDimension()
                + " = " + free, List.of()));
        BigInteger amb = AmbientSpace.of(d, sigma).dimension();
        if (amb.compareTo(BigInteger.valueOf(free)) < 0) {
            out.add(new UpperBound("amb", amb.longValueExact(), "ambient: amb = " + amb, List.of()));
        }
        alexanderHirschowitz(d, sigma).ifPresent(out::add);
        defectiveShallow(d, sigma).ifPresent(out::add);
        out.addAll(FlatteningBounds.of(d, sigma));
        return out;
    }

    /**
     * Alexander–Hirschowitz [literature] for {@code (d_0, d_1, 1)}, {@code r ≥ 2}: the affine cone over
     * {@code σ_{d_1}(ν_r(ℙ^{d_0−1}))} has dimension {@code min(d_0 d_1, C(d_0+r−1, r))}, except for
     * {@code r = 2, 2 ≤ d_1 ≤ d_0 − 1} ({@code d_0 d_1 − C(d_1, 2)}) and
     * {@code (r, d_0, d_1) ∈ {(3,5,7), (4,3,5), (4,4,9), (4,5,14)}} ({@code C(d_0+r−1, r) − 1}).
     */
    static Optional<UpperBound> alexanderHirschowitz(Architecture d, Activation sigma) {
        if (!sigma.isPolynomial() || d.depth() != 2 || d.outputDimension() != 1) {
            return Optional.empty();
        }
        int r = sigma.exponent();
        int n = d.width(0);
        int k = d.width(1);
        BigInteger forms = AmbientSpace.monomialCount(n, r);
        String shape = "(r, d_0, d_1) = (" + r + ", " + n + ", " + k + ")";
        if (r == 2 && k >= 2 && k <= n - 1) {
            long v = (long) n * k - (long) k * (k - 1) / 2;
            return Optional.of(new UpperBound("AH", v, "AH [literature: Alexander–Hirschowitz, r = 2, 2 ≤ d_1 < d_0]: "
                    + v + " = d_0·d_1 − C(d_1, 2) = " + n + "·" + k + " − " + (long) k * (k - 1) / 2, List.of()));
        }
        if (isException(r, n, k)) {
            long v = forms.longValueExact() - 1;
            return Optional.of(new UpperBound("AH", v, "AH [literature: Alexander–Hirschowitz exception " + shape + "]: "
                    + v + " = C(d_0+r−1, r) − 1 = " + forms + " − 1", List.of()));
        }
        long v = BigInteger.valueOf((long) n * k).min(forms).longValueExact();
        return Optional.of(new UpperBound("AH", v, "AH [literature: Alexander–Hirschowitz]: " + v
                + " = min(d_0·d_1, C(d_0+r−1, r)) = min(" + (long) n * k + ", " + forms + ")", List.of()));
    }

    private static boolean isException(int r, int n, int k) {
        return (r == 3 && n == 5 && k == 7) || (r == 4 && n == 3 && k == 5) || (r == 4 && n == 4 && k == 9)
                || (r == 4 && n == 5 && k == 14);
    }

    /**
     * The two defective shallow multi-output cases of docs/monomial.md §6 [derived]: {@code (4,5,3)},
     * {@code r = 2} (Koszul flattening, 29) and {@code (3,5,2)}, {@code r = 3} (conic flattening, 19),
     * both hypersurfaces in their ambient space.
     */
    static Optional<UpperBound> defectiveShallow(Architecture d, Activation sigma) {
        if (d.equals(Architecture.of(4, 5, 3)) && sigma.exponent() == 2) {
            return Optional.of(new UpperBound("§6", 29, "§6 [derived: Koszul flattening, 12×12 Pfaffian vanishes on V]: 29 = amb − 1",
                    List.of()));
        }
        if (d.equals(Architecture.of(3, 5, 2)) && sigma.exponent() == 3) {
            return Optional.of(new UpperBound("§6", 19, "§6 [derived: conic flattening, 6×6 determinant vanishes on V]: 19 = amb − 1",
                    List.of()));
        }
        return Optional.empty();
    }

    /** W1 / {@code T_k} for every hidden layer k, then {@code G_k} where its hypothesis is proven. */
    private List<UpperBound> splitBounds(Architecture d) {
        List<UpperBound> out = new ArrayList<>();
        int L = d.depth();
        for (int k = 1; k < L; k++) {
            DimensionCertificate head = certify(d.prefix(k));
            DimensionCertificate tail = certify(suffix(d, k));
            int dk = d.width(k);
            long v = head.upperBound() + tail.upperBound() - dk;
            String name = dk == 1 ? "W1" : "T_" + k;
            out.add(new UpperBound(name, v, name + ": " + v + " = " + term(head) + " + " + term(tail) + " − " + dk,
                    List.of(head, tail)));
        }
        for (int k = 1; k < L; k++) {
            int dk = d.width(k);
            if (dk == 1 || (k == 1 && d.width(0) <= dk)) {
                // d_k = 1 is W1 again; for k = 1, d_1 > d_0 linear forms are dependent and d_1 = d_0 gives d itself
                continue;
            }
            Optional<String> proof = independence(d.prefix(k));
            if (proof.isEmpty()) {
                continue;
            }
            DimensionCertificate head = certify(d.prefix(k));
            int[] w = d.widths();
            int[] g = new int[L - k + 2];
            g[0] = dk;
            System.arraycopy(w, k, g, 1, L - k + 1);
            DimensionCertificate tail = certify(Architecture.of(g));
            long v = head.upperBound() + tail.upperBound() - (long) dk * dk;
            out.add(new UpperBound("G_" + k, v, "G_" + k + " (" + proof.get() + "): " + v + " = " + term(head) + " + "
                    + term(tail) + " − " + dk + "²", List.of(head, tail)));
        }
        return out;
    }

    /** {@code (d_k, …, d_L)}. */
    static Architecture suffix(Architecture d, int k) {
        int[] w = d.widths();
        return Architecture.of(Arrays.copyOfRange(w, k, w.length));
    }

    /** {@code dim(…)} for a certified part, {@code ub(…)} for one known only from above. */
    static String term(DimensionCertificate c) {
        return (c.certified() ? "dim" : "ub") + c.architecture();
    }

    /**
     * A proof that the {@code d_k} components of the output {@code z^(k)} of {@code head} are linearly
     * independent functions for generic weights: their values at random points have rank {@code d_k}
     * mod p ({@link #spans}), hence over Q, so the functions are independent at these weights and
     * therefore on a dense open set. Empty when the rank mod p falls short (no conclusion).
     */
    Optional<String> independence(Architecture head) {
        ContainerBounds.SpanRanks s = spans(head);
        if (s.sigma() < head.outputDimension()) {
            return Optional.empty();
        }
        return Optional.of("z^(" + head.depth() + ") has independent components: rank " + s.sigma() + " mod " + s.prime()
                + " of their values at " + s.points() + " points");
    }

    /**
     * The ranks mod p of the values of {@code z^(k)} (the output of {@code head}) and of {@code σ(z^(k))}
     * at {@code d_k + 2} random integer points (points where a pre-activation is {@code 0 mod p} are
     * skipped), at random integer weights; the second rank only for {@code r ≥ 2} (else 0). A rank of a specialisation is at most the generic one, so
     * these bound {@code dim S_k} and {@code dim R_k} from below (docs/theory.md §13.5, §13.7).
     */
    @Override
    public ContainerBounds.SpanRanks spans(Architecture head) {
        ContainerBounds.SpanRanks known = spanMemo.get(head);
        if (known != null) {
            return known;
        }
        int dk = head.outputDimension();
        PrimeField f = PrimeField.of(proofPrime);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<Matrix<Long>> ws = new ArrayList<>();
        for (int k = 1; k <= head.depth(); k++) {
            List<List<Long>> rows = new ArrayList<>();
            for (int i = 0; i < head.width(k); i++) {
                List<Long> row = new ArrayList<>();
                for (int j = 0; j < head.width(k - 1); j++) {
                    row.add(1 + random.nextLong(proofPrime - 1));
                }
                rows.add(row);
            }
            ws.add(Matrix.of(f, rows));
        }
        RationalNet<Long> net = RationalNet.of(f, head, sigma, ws);
        List<long[]> values = new ArrayList<>();
        List<long[]> activated = new ArrayList<>();
        for (int tries = 0; values.size() < dk + 2 && tries < 4 * (dk + 2); tries++) {
            List<Long> x = new ArrayList<>();
            for (int i = 0; i < head.inputDimension(); i++) {
                x.add(1 + random.nextLong(proofPrime - 1));
            }
            try {
                List<Long> z = net.evaluate(x);
                values.add(z.stream().mapToLong(Long::longValue).toArray());
                if (sigma.isPolynomial()) {
                    activated.add(z.stream().mapToLong(v -> sigma.apply(f, v)).toArray());
                }
            } catch (PoleException e) {
                // another point
            }
        }
        ContainerBounds.SpanRanks s = new ContainerBounds.SpanRanks(rank(values), rank(activated), values.size(), proofPrime);
        spanMemo.put(head, s);
        return s;
    }

    private int rank(List<long[]> rows) {
        return rows.isEmpty() ? 0 : IncrementalRowEchelon.rank(rows.toArray(new long[0][]), proofPrime);
    }
}
