package org.rationalnets.algorithms.dimension;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rationalnets.core.Activation;
import org.rationalnets.core.AmbientSpace;
import org.rationalnets.core.Architecture;

/**
 * The composition bound (C) and the container bounds (B1), (B2) of docs/theory.md §13.6 for
 * {@code σ(t) = t^r}, {@code r ≥ 2}, with the span and family bounds of §13.7 (the GL-fibre rule (T)
 * among them). Write {@code S_k = span p^(k)} (the pre-activations of layer k) and
 * {@code R_k = span σ(p^(k))}; for every hidden layer k this class bounds their generic dimensions
 * {@code σ_k}, {@code ρ_k} from above by formulas and from below by ranks mod p (exact lower bounds), and
 * the dimensions {@code Σ_k}, {@code Φ_k} of their families, then bounds {@code dim(d)} by
 * <ul>
 *   <li>(C) {@code dim(d_0..d_k) − d_k + dim(ρ_k, d_{k+1}, …, d_L)}, when {@code ρ_k < d_k} (else it is T_k);</li>
 *   <li>(B1) {@code Φ_k + dim(ρ_k, d_{k+1}, …, d_L)};</li>
 *   <li>(B2) {@code Σ_k + dim(σ_k, d_k, …, d_L)}, {@code k ≥ 2} ({@code G_k} is its case {@code σ_k = d_k} with (T)).</li>
 * </ul>
 * Every smaller architecture is certified by the caller; its upper bound (its dimension when certified)
 * enters the bounds.
 */
final class ContainerBounds {

    /** What the bounds need from the certifier: certified parts and the ranks that bound spans from below. */
    interface Parts {

        /** The certificate of a smaller architecture. */
        DimensionCertificate certify(Architecture a);

        /** Lower bounds for the generic {@code dim S_k}, {@code dim R_k} of the last layer of {@code head}. */
        SpanRanks spans(Architecture head);
    }

    /**
     * Ranks mod p of the values of {@code p^(k)} and of {@code σ(p^(k))} at random points, for random
     * integer weights: the rank of a specialisation, hence a lower bound for the generic dimension of the span.
     *
     * @param sigma the rank for {@code S_k}
     * @param rho the rank for {@code R_k}
     * @param points the number of points
     * @param prime the prime
     */
    record SpanRanks(int sigma, int rho, int points, long prime) {
    }

    /** An upper bound for the dimension of a family of subspaces, with the formula that gave it. */
    private record Family(long value, String why) {

        static Family min(Family a, Family b) {
            return b.value < a.value ? b : a;
        }
    }

    /** Forms of degree above this many are counted as "infinitely many": only minima use the count. */
    private static final long CAP = 1L << 40;

    private final Architecture d;
    private final int r;
    private final Parts parts;

    private ContainerBounds(Architecture d, int r, Parts parts) {
        this.d = d;
        this.r = r;
        this.parts = parts;
    }

    /** The bounds (C), (B1), (B2) of {@code d}; empty unless {@code σ} is a polynomial activation. */
    static List<UpperBound> of(Architecture d, Activation sigma, Parts parts) {
        if (!sigma.isPolynomial()) {
            return List.of();
        }
        return new ContainerBounds(d, sigma.exponent(), parts).bounds();
    }

    private List<UpperBound> bounds() {
        List<UpperBound> out = new ArrayList<>();
        long rhoUp = d.width(0);
        List<Long> rhos = new ArrayList<>(List.of(rhoUp));
        Family phi = new Family(0, "R_0 is the space of linear forms");
        for (int k = 1; k < d.depth(); k++) {
            int dk = d.width(k);
            Architecture head = d.prefix(k);
            DimensionCertificate headCert = parts.certify(head);
            long headValue = headCert.upperBound();
            SpanRanks lo = parts.spans(head);
            long sigmaUp = Math.min(dk, rhoUp);
            long tau = Math.min(binomial(sigmaUp + r - 1, r), forms(k));
            String tauWhy = "";
            if (k >= 2) {
                // C[S_k]_r ⊆ C[R_{k−1}]_r, whose dimension (H2) may bound
                Optional<Family> cap = hilbertCap(k - 1, rhoUp, rhos, r);
                if (cap.isPresent() && cap.get().value() < tau) {
                    tau = cap.get().value();
                    tauWhy = " by " + cap.get().why();
                }
            }
            long rhoK = Math.min(dk, tau);
            if (lo.sigma() > sigmaUp || lo.rho() > rhoK) {
                throw new IllegalStateException("span ranks " + lo + " of " + head + " exceed the proven dimensions "
                        + "dim S_" + k + " ≤ " + sigmaUp + ", dim R_" + k + " ≤ " + rhoK
                        + ": this is a bug, please report it");
            }
            Family sigmaFamily = sigmaFamily(k, dk, rhoUp, sigmaUp, lo, phi, headCert);
            Family phiFormula = phiFormula(k, dk, rhoUp, sigmaUp, tau, tauWhy, rhoK, lo, sigmaFamily);
            Family phiTorus = new Family(headValue - dk, MonomialCertifier.term(headCert) + " − " + dk + " (torus)");
            Architecture reduced = tail(rhoK, k + 1);
            if (rhoK < dk) {
                DimensionCertificate t = parts.certify(reduced);
                long v = headValue - dk + t.upperBound();
                out.add(new UpperBound("C_" + k, v, "C_" + k + ": " + v + " = " + MonomialCertifier.term(headCert) + " − " + dk + " + "
                        + MonomialCertifier.term(t) + " [dim R_" + k + " ≤ " + rhoK + "]", List.of(headCert, t)));
            }
            if (phiFormula.value() < phiTorus.value()) {
                DimensionCertificate t = parts.certify(reduced);
                long v = phiFormula.value() + t.upperBound();
                out.add(new UpperBound("B1_" + k, v, "B1_" + k + ": " + v + " = Φ_" + k + " + " + MonomialCertifier.term(t) + ", Φ_" + k
                        + " ≤ " + phiFormula.value() + " [" + phiFormula.why() + "]", List.of(t)));
            }
            if (k >= 2 && (sigmaUp < dk || sigmaFamily.value() < headValue - (long) dk * dk)) {
                DimensionCertificate t = parts.certify(tail(sigmaUp, k));
                long v = sigmaFamily.value() + t.upperBound();
                out.add(new UpperBound("B2_" + k, v, "B2_" + k + ": " + v + " = Σ_" + k + " + " + MonomialCertifier.term(t) + ", Σ_" + k
                        + " ≤ " + sigmaFamily.value() + " [" + sigmaFamily.why() + "]", List.of(t)));
            }
            Family phiK = Family.min(phiFormula, phiTorus);
            algebraCap(k, rhoK, rhos, phiK, reduced).ifPresent(out::add);
            phi = phiK;
            rhoUp = rhoK;
            rhos.add(rhoK);
        }
        return out;
    }

    /**
     * (H): {@code f ∈ C[R_k]_m^{d_L}}, {@code m = r^{L−1−k}}, and for {@code j < k} with {@code dim R_k ≤ ρ_j + 1},
     * {@code R_k ⊆ C[R_j]_t}, {@code t = r^{k−j}}: the {@code ρ_j + 1} spanning forms satisfy a relation of
     * degree {@code ≤ t^{ρ_j − 1}}, so {@code h_{R_k}(m) ≤ C(m+κ, κ) − C(m+κ−t^{κ−1}, κ)}, {@code κ = ρ_j}.
     */
    private Optional<UpperBound> algebraCap(int k, long rhoK, List<Long> rhos, Family phiK, Architecture reduced) {
        Optional<Family> cap = hilbertCap(k, rhoK, rhos, power(r, d.depth() - 1 - k));
        if (cap.isEmpty()) {
            return Optional.empty();
        }
        DimensionCertificate t = parts.certify(reduced);
        long fed = (long) d.outputDimension() * cap.get().value();
        if (fed >= t.upperBound()) {
            return Optional.empty();
        }
        long v = phiK.value() + fed;
        return Optional.of(new UpperBound("H_" + k, v, "H_" + k + ": " + v + " = Φ_" + k + " + d_L·h = "
                + phiK.value() + " + " + d.outputDimension() + "·" + cap.get().value() + ", " + cap.get().why() + ", Φ_" + k
                + " ≤ " + phiK.value() + " [" + phiK.why() + "]", List.of()));
    }

    /**
     * (H2) for {@code h_{R_k}(m)}: the best {@code C(m+κ, κ) − C(m+κ−t^{κ−1}, κ)} over {@code j < k} with
     * {@code dim R_k ≤ ρ_j + 1}, {@code κ = ρ_j}, {@code t = r^{k−j}}; empty when no {@code j} gives a relation of
     * degree {@code ≤ m}. {@code rhos} holds {@code ρ_0, …, ρ_{k−1}} (at least).
     */
    private Optional<Family> hilbertCap(int k, long rhoK, List<Long> rhos, long m) {
        Family best = null;
        for (int j = 0; j < k; j++) {
            long kappa = rhos.get(j);
            if (rhoK > kappa + 1) {
                continue;
            }
            long relation = relationDegree(r, k, j, kappa);
            if (relation > m) {
                continue;
            }
            long h = binomial(m + kappa, kappa) - binomial(m + kappa - relation, kappa);
            if (best == null || h < best.value()) {
                best = new Family(h, "h_{R_" + k + "}(" + m + ") ≤ C(" + (m + kappa) + ", " + kappa + ") − C("
                        + (m + kappa - relation) + ", " + kappa + ") = " + h + " (R_" + k + " ⊆ C[R_" + j + "]_"
                        + power(r, k - j) + ", dim R_" + j + " ≤ " + kappa + ", dim R_" + k + " ≤ " + rhoK + ")");
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * {@code t^{κ−1}} with {@code t = r^{k−j}}: a bound for the degree of a relation among {@code κ + 1} forms of
     * {@code C[R_j]_t} when {@code dim R_j ≤ κ} (H2), capped at {@link #CAP}.
     */
    static long relationDegree(int r, int k, int j, long kappa) {
        return power(power(r, k - j), kappa - 1);
    }

    /** {@code a^b}, capped at {@link #CAP}. */
    static long power(long a, long b) {
        BigInteger p = BigInteger.valueOf(a).pow(Math.toIntExact(b));
        return p.min(BigInteger.valueOf(CAP)).longValueExact();
    }

    /** {@code Σ_k}: {@code S_k} is a subspace of {@code R_{k−1}}; and the GL-fibre rule (T). */
    private Family sigmaFamily(int k, int dk, long rhoPrev, long sigmaUp, SpanRanks lo, Family phiPrev,
                               DimensionCertificate head) {
        long subspaces = grassmannian(lo.sigma(), sigmaUp, rhoPrev);
        Family inside = dk >= rhoPrev
                ? new Family(phiPrev.value(), "S_" + k + " = R_" + (k - 1) + ", Φ_" + (k - 1) + " ≤ " + phiPrev.value())
                : new Family(phiPrev.value() + subspaces, "Φ_" + (k - 1) + " + max t(" + rhoPrev + " − t), " + lo.sigma()
                        + " ≤ t ≤ " + sigmaUp + " = " + phiPrev.value() + " + " + subspaces);
        Family fibre = new Family(head.upperBound() - (long) dk * lo.sigma(), "(T): " + MonomialCertifier.term(head) + " − " + dk + "·" + lo.sigma()
                + ", dim S_" + k + " ≥ " + lo.sigma() + " (rank mod " + lo.prime() + " at " + lo.points() + " points)");
        return Family.min(inside, fibre);
    }

    /** {@code Φ_k} without the torus: {@code R_k} from {@code S_k}, by points of {@code ℙ(S_k)} or inside {@code C[S_k]_r}. */
    private Family phiFormula(int k, int dk, long rhoPrev, long sigmaUp, long tau, String tauWhy, long rhoK, SpanRanks lo,
                              Family sigmaFamily) {
        if (dk >= tau && dk >= rhoPrev) {
            return new Family(sigmaFamily.value(), "R_" + k + " = C[S_" + k + "]_r, Σ_" + k + " ≤ " + sigmaFamily.value() + " by "
                    + sigmaFamily.why());
        }
        long points = dk * (sigmaUp - 1);
        long inside = grassmannian(lo.rho(), rhoK, tau);
        Family viaSigma = points <= inside
                ? new Family(sigmaFamily.value() + points, "Σ_" + k + " + d_" + k + "·(σ_" + k + " − 1) = " + sigmaFamily.value()
                        + " + " + dk + "·" + (sigmaUp - 1) + ", Σ_" + k + " by " + sigmaFamily.why())
                : new Family(sigmaFamily.value() + inside, "Σ_" + k + " + max t(τ_" + k + " − t), " + lo.rho() + " ≤ t ≤ " + rhoK
                        + ", τ_" + k + " = " + tau + tauWhy + ": " + sigmaFamily.value() + " + " + inside + ", Σ_" + k + " by "
                        + sigmaFamily.why());
        long n = forms(k);
        Family grass = new Family(grassmannian(lo.rho(), rhoK, n), "Grassmannian of t-planes, " + lo.rho() + " ≤ t ≤ " + rhoK
                + ", in the forms of degree r^" + k);
        return Family.min(viaSigma, grass);
    }

    /** {@code max t(n − t)} over {@code lo ≤ t ≤ hi}: the largest Grassmannian {@code G(t, n)} possible. */
    static long grassmannian(long lo, long hi, long n) {
        long best = Long.MIN_VALUE;
        for (long t = Math.max(0, lo); t <= hi; t++) {
            best = Math.max(best, t * (n - t));
        }
        return best == Long.MIN_VALUE ? 0 : best;
    }

    /** {@code C(a, b)}, capped at {@link #CAP}. */
    static long binomial(long a, long b) {
        BigInteger c = BigInteger.ONE;
        for (long i = 1; i <= b; i++) {
            c = c.multiply(BigInteger.valueOf(a - b + i)).divide(BigInteger.valueOf(i));
        }
        return c.min(BigInteger.valueOf(CAP)).longValueExact();
    }

    /**
     * The dimension of the forms of degree {@code r^k} in {@code d_0} variables, capped at {@link #CAP} (a degree
     * capped at {@code CAP} still gives at least {@code CAP} forms when {@code d_0 ≥ 2}, and 1 when {@code d_0 = 1}).
     */
    private long forms(int k) {
        return AmbientSpace.monomialCount(d.width(0), power(r, k)).min(BigInteger.valueOf(CAP)).longValueExact();
    }

    /** {@code (first, d_from, …, d_L)}. */
    private Architecture tail(long first, int from) {
        int[] w = d.widths();
        int[] t = new int[w.length - from + 1];
        t[0] = Math.toIntExact(first);
        System.arraycopy(w, from, t, 1, w.length - from);
        return Architecture.of(t);
    }
}
