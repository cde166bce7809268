package org.rationalnets.algorithms.dimension;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.Activation;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.PoleException;
import org.rationalnets.core.RationalNet;
import org.rationalnets.exact.IncrementalRowEchelon;
import org.rationalnets.exact.Bareiss;
import org.rationalnets.exact.Field;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.PrimeField;
import org.rationalnets.exact.Rationals;

/**
 * The certified dimension of a neurovariety (docs/theory.md §5): {@code rank J_Φ(W_0) ≤ dim V_d ≤ ub(d)}.
 *
 * <p><b>Lower bound.</b> Random integer weights {@code W_0} and integer sample points {@code ξ_s}
 * (all drawn from {@code seed}, all nonzero); the Jacobian of {@code Φ(W) = (f_W(ξ_1), …, f_W(ξ_m))} by
 * reverse-mode differentiation ({@link NetworkJacobian}) and its rank — over {@code F_p} (weights
 * and points are residues in {@code [0, p)}, i.e. integers, and the computation is the reduction
 * mod p of the one over Q, so the rank can only be lower than over Q), or over Q by
 * {@link Bareiss} ({@link #exact}). A point at which a hidden pre-activation vanishes (mod p) is
 * rejected and counted, and another point is drawn; after {@link Sampling#maxRejections} rejections
 * in a row the weights are redrawn. Points are added until the rank meets the upper bound, or
 * {@link Sampling#stallPoints} points in a row add nothing (for generic points the span of all
 * gradients is then reached), or {@code m = ub + slack} (not {@code ub/d_L}: after a width-1 layer
 * all outputs are proportional and a point adds one row). Too few points or an unlucky prime only
 * weaken the lower bound; the certificate then says "not certified".
 *
 * <p><b>Batches.</b> Points are added in batches, and the rank and the stop conditions are checked
 * after each batch: a batch has {@code ⌈(ub − rank)/d_L⌉} points (the fewest that can reach
 * {@code ub}, at least 1), at most {@code max(1, ⌊48/d_L⌋)} and at most the {@code ub + slack − m}
 * points still allowed; a batch that does not raise the rank adds all its points to the idle count.
 * So a draw whose rank grows by {@code d_L} per point certifies at exactly {@code ⌈dim/d_L⌉} points
 * when {@code dim ≤ 48}.
 * Every further weight draw ({@link Sampling#attempts}) is made only while the best rank is below
 * {@code ub}; the first draw that reached the best rank is the one reported.
 *
 * <p><b>Upper bound.</b> The smallest of {@code #params − tor} and {@code amb} (§4), and, at the
 * first width-1 hidden layer k, W1: (certified dimension, else upper bound, of the prefix
 * {@code (d_0, …, d_k)}) {@code + d_L − 1}. On a tie the reason is the first in that order.
 */
public final class CertifiedDimension {

    /**
     * The largest prime below 2^21: products of two residues stay below 2^42, so the rank runs on
     * exact doubles ({@link IncrementalRowEchelon}); an unlucky reduction mod p is still rare (and only
     * ever lowers the lower bound).
     */
    public static final long DEFAULT_PRIME = 2_097_143L;
    /** The default seed. */
    public static final long DEFAULT_SEED = 1L;
    /** Integer weights and points of the exact mode are drawn from {@code [−R, R]}. */
    public static final int EXACT_RANGE = 20;
    private static final int TARGET_BATCH_ROWS = 48;

    private CertifiedDimension() {
    }

    /**
     * How many sample points and weight draws to use.
     *
     * @param slackPoints extra points beyond the upper bound ({@code m ≤ ub + slack})
     * @param stallPoints stop after this many consecutive points that do not raise the rank
     * @param attempts weight draws when the first does not reach the upper bound (the best rank counts)
     * @param maxRejections consecutive rejected points (a pole) after which the weights are redrawn
     */
    public record Sampling(int slackPoints, int stallPoints, int attempts, int maxRejections) {

        /** 3 slack points, stop after 2 idle points, 2 weight draws, 20 rejections in a row. */
        public static final Sampling DEFAULT = new Sampling(3, 2, 2, 20);

        /**
         * Validates.
         *
         * @throws IllegalArgumentException if a count is negative, or attempts, stall or rejections below 1
         */
        public Sampling {
            if (slackPoints < 0 || stallPoints < 1 || attempts < 1 || maxRejections < 1) {
                throw new IllegalArgumentException("expected slack ≥ 0 and stall, attempts, rejections ≥ 1, got "
                        + slackPoints + ", " + stallPoints + ", " + attempts + ", " + maxRejections);
            }
        }
    }

    /** {@link #of(Architecture, long, long)} with the default seed and prime. */
    public static DimensionCertificate of(Architecture d) {
        return of(d, DEFAULT_SEED, DEFAULT_PRIME);
    }

    /**
     * The certified dimension of {@code V_d}: Jacobian rank over {@code F_p} as lower bound.
     *
     * @param seed the seed of every random weight and point
     * @param prime a prime {@code 2 ≤ p < 2^31} (small primes are allowed; they only make the lower
     *     bound weaker, and the result is then reported uncertified)
     * @throws IllegalArgumentException if {@code prime} is not a prime below 2^31, or
     *     {@code #params(d)} exceeds {@code Integer.MAX_VALUE}
     * @throws IllegalStateException if the rank exceeds a proven upper bound (a bug)
     */
    public static DimensionCertificate of(Architecture d, long seed, long prime) {
        return of(d, seed, prime, Sampling.DEFAULT);
    }

    /**
     * As {@link #of(Architecture, long, long)} with explicit sampling.
     *
     * @throws IllegalArgumentException as there
     * @throws IllegalStateException as there
     */
    public static DimensionCertificate of(Architecture d, long seed, long prime, Sampling sampling) {
        PrimeField f = PrimeField.of(prime);
        return certify(d, seed, new Mode<>(f, prime, r -> f.fromLong(1 + r.nextLong(prime - 1)), net -> new ModularRank(net, prime)), sampling);
    }

    /** {@link #of(Architecture, Activation, long, long, Sampling)} with the default sampling. */
    public static DimensionCertificate of(Architecture d, Activation sigma, long seed, long prime) {
        return of(d, sigma, seed, prime, Sampling.DEFAULT);
    }

    /**
     * The certified dimension for the activation {@code σ(t) = t^r} (docs/monomial.md): the generic
     * Jacobian rank, i.e. the dimension of the set of functions {@code {f_W}} (for {@code r ≥ 2} the
     * literature's affine dimension, for {@code r ≤ −1} the projective dimension of {@code V_d}). For
     * {@code 1/t} exactly {@link #of(Architecture, long, long, Sampling)}; otherwise the upper bounds of
     * {@link MonomialCertifier}.
     *
     * @throws IllegalArgumentException as {@link #of(Architecture, long, long)}
     * @throws IllegalStateException if the rank exceeds a proven upper bound (a bug)
     */
    public static DimensionCertificate of(Architecture d, Activation sigma, long seed, long prime, Sampling sampling) {
        if (sigma.isReciprocal()) {
            return of(d, seed, prime, sampling);
        }
        return new MonomialCertifier<>(sigma, seed, modular(prime), sampling, prime).certify(d);
    }

    /**
     * As {@link #exact(Architecture, long)} for the activation {@code σ}: the rank over Q.
     *
     * @throws IllegalArgumentException as there
     * @throws IllegalStateException as there
     */
    public static DimensionCertificate exact(Architecture d, Activation sigma, long seed) {
        if (sigma.isReciprocal()) {
            return exact(d, seed);
        }
        return new MonomialCertifier<>(sigma, seed, new Mode<>(Rationals.Q, null,
                r -> BigFraction.of(nonzero(r)), ExactRank::new), Sampling.DEFAULT, DEFAULT_PRIME).certify(d);
    }

    /**
     * The certified dimension with the Jacobian rank computed exactly over Q (Bareiss) at integer
     * weights and points in {@code [−20, 20] \ {0}}: slow, for cross-checking small architectures.
     *
     * @throws IllegalArgumentException if {@code #params(d)} exceeds {@code Integer.MAX_VALUE}
     * @throws IllegalStateException if the rank exceeds a proven upper bound (a bug)
     */
    public static DimensionCertificate exact(Architecture d, long seed) {
        return exact(d, seed, Sampling.DEFAULT);
    }

    /**
     * As {@link #exact(Architecture, long)} with explicit sampling.
     *
     * @throws IllegalArgumentException as there
     * @throws IllegalStateException as there
     */
    public static DimensionCertificate exact(Architecture d, long seed, Sampling sampling) {
        return certify(d, seed, new Mode<>(Rationals.Q, null,
                r -> BigFraction.of(nonzero(r)), ExactRank::new), sampling);
    }

    /** A uniform integer in {@code [−R, R] \ {0}}: a zero weight would only make the draw less generic. */
    private static int nonzero(SplittableRandom r) {
        int v = r.nextInt(2 * EXACT_RANGE) - EXACT_RANGE;
        return v >= 0 ? v + 1 : v;
    }

    /**
     * The rank over {@code F_p}: residues drawn from {@code [1, p)}.
     *
     * @throws IllegalArgumentException if {@code prime} is not a prime below 2^31
     */
    static Mode<Long> modular(long prime) {
        PrimeField f = PrimeField.of(prime);
        return new Mode<>(f, prime, r -> f.fromLong(1 + r.nextLong(prime - 1)), net -> new ModularRank(net, prime));
    }

    /** Where the rank is computed: the field, how to draw an integer in it, and a rank accumulator. */
    record Mode<T>(Field<T> field, Long prime, java.util.function.Function<SplittableRandom, T> draw,
                           java.util.function.Function<RationalNet<T>, RankAccumulator<T>> accumulator) {
    }

    /** The Jacobian rank at one network: points go in (their rows are buffered), the rank of all rows so far comes out. */
    private interface RankAccumulator<T> {
        /** Buffers the Jacobian rows at {@code xi}; throws {@link PoleException} (and buffers nothing) at a pole. */
        void addPoint(List<T> xi);

        /** Adds the buffered rows; returns the rank of all rows so far. */
        int flush();
    }

    /** Over F_p: the primitive backward pass and the incremental dense rank. */
    private static final class ModularRank implements RankAccumulator<Long> {
        private final ModularJacobian jacobian;
        private final IncrementalRowEchelon echelon;
        private final List<long[]> buffer = new ArrayList<>();

        ModularRank(RationalNet<Long> net, long p) {
            this.jacobian = new ModularJacobian(net);
            this.echelon = new IncrementalRowEchelon(p, (int) net.architecture().parameterCount());
        }

        @Override
        public void addPoint(List<Long> xi) {
            buffer.addAll(List.of(jacobian.rows(xi)));
        }

        @Override
        public int flush() {
            echelon.addRows(buffer.toArray(new long[0][]));
            buffer.clear();
            return echelon.rank();
        }
    }

    /** Over Q: the generic backward pass and Bareiss on all rows so far. */
    private static final class ExactRank implements RankAccumulator<BigFraction> {
        private final RationalNet<BigFraction> net;
        private final List<List<BigFraction>> all = new ArrayList<>();

        ExactRank(RationalNet<BigFraction> net) {
            this.net = net;
        }

        @Override
        public void addPoint(List<BigFraction> xi) {
            all.addAll(NetworkJacobian.rows(net, xi));
        }

        @Override
        public int flush() {
            return all.isEmpty() ? 0 : Bareiss.rank(Matrix.of(Rationals.Q, all));
        }
    }

    record Attempt(int rank, int points, int rejected) {
    }

    private static <T> DimensionCertificate certify(Architecture d, long seed, Mode<T> mode, Sampling sampling) {
        long params = d.parameterCount();
        if (params > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("#params(" + d + ") = " + params + " exceeds " + Integer.MAX_VALUE);
        }
        BigInteger amb = d.ambientSpace().dimension();
        long ub = params - d.symmetryDimension();
        String reason = "parameters minus torus";
        if (amb.compareTo(BigInteger.valueOf(ub)) < 0) {
            ub = amb.longValueExact();
            reason = "ambient";
        }
        int k = d.firstWidthOneHiddenLayer(); // −1, or a hidden layer index ≥ 1
        Long widthOne = null;
        DimensionCertificate prefix = null;
        if (k >= 1) {
            Architecture pre = d.prefix(k);
            prefix = certify(pre, seed, mode, sampling);
            long prefixValue = prefix.certified() ? prefix.lowerBound() : prefix.upperBound();
            widthOne = Theorems.widthOne(d, prefixValue).orElseThrow().value();
            if (widthOne < ub) {
                ub = widthOne;
                reason = "W1: prefix " + pre + " " + (prefix.certified() ? "dim " : "upper bound ") + prefixValue + " + d_L − 1";
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        Attempt best = new Attempt(0, 0, 0);
        int rejected = 0;
        int attempts = 0;
        while (attempts < sampling.attempts() && best.rank() < ub) {
            attempts++;
            Attempt a = attempt(d, Activation.RECIPROCAL, mode, random, ub, sampling);
            rejected += a.rejected();
            if (a.rank() > best.rank() || attempts == 1) {
                best = a;
            }
        }
        Theorem theorem = null;
        Long theoremValue = null;
        Optional<Theorems.Prediction<Long>> p = Theorems.dimension(d);
        if (p.isPresent()) {
            theorem = p.get().theorem();
            theoremValue = p.get().value();
        } else if (prefix != null && prefix.certified()) {
            theorem = Theorem.W1;
            theoremValue = widthOne;
        }
        Optional<Theorems.Prediction<Boolean>> fill = Theorems.fills(d);
        return new DimensionCertificate(d, best.rank(), ub, reason, amb, d.expectedDimension(), mode.prime(), seed,
                best.points(), rejected, attempts, theorem, theoremValue,
                fill.map(Theorems.Prediction::theorem).orElse(null), fill.map(Theorems.Prediction::value).orElse(null),
                widthOne);
    }

    /** One weight draw and its Jacobian rank, points added until the rank meets {@code ub} or stalls. */
    static <T> Attempt attempt(Architecture d, Activation sigma, Mode<T> mode, SplittableRandom random, long ub, Sampling sampling) {
        Field<T> f = mode.field();
        Supplier<T> draw = () -> mode.draw().apply(random);
        List<Matrix<T>> ws = new ArrayList<>();
        for (int k = 1; k <= d.depth(); k++) {
            List<List<T>> rows = new ArrayList<>();
            for (int i = 0; i < d.width(k); i++) {
                List<T> row = new ArrayList<>();
                for (int j = 0; j < d.width(k - 1); j++) {
                    row.add(draw.get());
                }
                rows.add(row);
            }
            ws.add(Matrix.of(f, rows));
        }
        RationalNet<T> net = RationalNet.of(f, d, sigma, ws);
        RankAccumulator<T> acc = mode.accumulator().apply(net);
        int out = d.outputDimension();
        long maxPoints = ub + sampling.slackPoints();
        int rank = 0;
        int points = 0;
        int rejected = 0;
        int idle = 0;
        while (rank < ub && points < maxPoints && idle < sampling.stallPoints()) {
            long wanted = Math.min(Math.max(1, (ub - rank + out - 1) / out), Math.max(1, TARGET_BATCH_ROWS / out));
            wanted = Math.min(wanted, maxPoints - points);
            int got = 0;
            int inARow = 0;
            while (got < wanted && inARow < sampling.maxRejections()) {
                List<T> xi = new ArrayList<>();
                for (int i = 0; i < d.inputDimension(); i++) {
                    xi.add(draw.get());
                }
                try {
                    acc.addPoint(xi);
                    got++;
                    inARow = 0;
                } catch (PoleException e) {
                    rejected++;
                    inARow++;
                }
            }
            // got = 0 only when the rejections stop this draw (wanted ≥ 1 while points < maxPoints): the
            // flush then adds nothing and the loop ends below
            int before = rank;
            rank = acc.flush();
            points += got;
            idle = rank > before ? 0 : idle + got;
            if (inARow >= sampling.maxRejections()) {
                break;
            }
        }
        return new Attempt(rank, points, rejected);
    }
}
