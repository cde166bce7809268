package org.rationalnets.algorithms.equations;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.AmbientSpace;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.UndefinedNetworkException;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;

/**
 * Equations of the neurovariety {@code V_d} by interpolation (docs/theory.md §8), split by
 * multidegree (docs/theory.md §12) [derived; exact and certified].
 *
 * <p><b>Algorithm.</b> {@code I(V_d)} is homogeneous for the multigrading, so
 * {@code I(V_d)_k = ⊕_β I(V_d)_β} over the multidegrees β of total degree k, and each block of
 * monomials of one multidegree is interpolated on its own ({@link BlockInterpolation}): random
 * networks with integer weights give integer points {@code ξ_s} of {@code M_d}, shared by all
 * blocks; the rank of the block's evaluation matrix modulo a prime bounds {@code dim I_β} from above;
 * its canonical kernel, lifted to Q by the Chinese remainder theorem and rational reconstruction, gives
 * candidates; each candidate that is needed is proved by exact substitution of the symbolic
 * parametrisation ({@link SymbolicParametrisation}). When the bounds meet in every block the result
 * is certified. A block that fails (non-generic samples, an unlucky reconstruction) is retried with a
 * fresh sample set, at most {@link #ATTEMPTS} times; a result that stays uncertified says so and lists
 * only proved equations.
 *
 * <p>Blocks run in parallel; memory is that of the largest block, plus the list of monomials.
 */
public final class NeurovarietyEquations {

    /** Extra sample points beyond the size of the largest block. */
    public static final int SLACK = 12;
    /** Random weights are integers in {@code [−WEIGHT_BOUND, WEIGHT_BOUND]}. */
    public static final int WEIGHT_BOUND = 30;
    /** Sample sets tried before giving up on certification. */
    public static final int ATTEMPTS = 3;
    /** At most this many primes are combined for a rational lift. */
    public static final int MAX_PRIMES = ModularLift.MAX_PRIMES;
    /** The largest number of degree-k monomials accepted. */
    public static final int MAX_MONOMIALS = 20_000;

    private NeurovarietyEquations() {
    }

    /**
     * {@code C(N + k − 1, k)}: the number of degree-k monomials in the {@code N = amb(d) + 1} ambient
     * coordinates, the number of unknowns of the interpolation.
     */
    public static BigInteger monomialCount(Architecture d, int k) {
        BigInteger n = d.ambientSpace().dimension().add(BigInteger.ONE);
        return AmbientSpace.monomialCount(n.intValueExact(), k);
    }

    /** {@link #inDegree(Architecture, int, long, EquationsOptions)} with {@link EquationsOptions#defaults()}. */
    public static EquationsResult inDegree(Architecture d, int k, long seed) {
        return inDegree(d, k, seed, EquationsOptions.defaults());
    }

    /**
     * The reduced basis of {@code I(V_d)_k}, the degree-k equations of the neurovariety, grouped by
     * multidegree, with its certificate (see the class comment); every equation is proved.
     *
     * @param d any architecture (the symbolic proof is practical for small shallow and deep ones; its
     *          cost grows with the degree of the parametrisation)
     * @param k the degree, {@code k ≥ 1}
     * @param seed seed of the random sample networks; the equations do not depend on it when certified
     * @throws IllegalArgumentException if {@code k < 1} or there are more than {@link #MAX_MONOMIALS} monomials
     */
    public static EquationsResult inDegree(Architecture d, int k, long seed, EquationsOptions options) {
        check(d, k);
        List<Multidegree.Block> blocks = Multidegree.blocks(d, k, options.multigraded());
        Run run = run(d, seed, options, blocks, b -> List.of());
        List<Polynomial<BigFraction>> eqs = new ArrayList<>();
        List<Multidegree> degrees = new ArrayList<>();
        List<Multidegree> coordinateDegrees = Multidegree.ofCoordinates(d);
        for (BlockInterpolation.Outcome o : run.outcomes()) {
            eqs.addAll(o.generators());
        }
        for (Polynomial<BigFraction> f : eqs) {
            degrees.add(Multidegree.ofMonomial(coordinateDegrees, f.leadingMonomial()));
        }
        boolean certified = run.outcomes().stream().allMatch(BlockInterpolation.Outcome::certified);
        return new EquationsResult(d, k, d.ambientSpace().coordinateNames(), eqs, degrees, certified, certificate(d, options, run));
    }

    /**
     * The ideal {@code I(V_d)} in every degree {@code j ≤ k}: {@code dim I_j}, {@code dim (R_1·I_{j−1})}
     * and the new minimal generators, each certified block by block. Products of a coordinate with a
     * proved equation of degree {@code j − 1} need no proof; only the new generators are proved by
     * substitution ({@link BlockInterpolation}).
     *
     * @throws IllegalArgumentException if {@code k < 1} or degree k has more than {@link #MAX_MONOMIALS} monomials
     */
    public static IdealResult upTo(Architecture d, int k, long seed, EquationsOptions options) {
        check(d, k);
        List<Multidegree> coordinateDegrees = Multidegree.ofCoordinates(d);
        int n = coordinateDegrees.size();
        List<Polynomial<BigFraction>> basis = List.of();
        List<IdealResult.DegreePart> parts = new ArrayList<>();
        for (int j = 1; j <= k; j++) {
            Map<Multidegree, List<Polynomial<BigFraction>>> products = new HashMap<>();
            for (Polynomial<BigFraction> f : basis) {
                Multidegree df = Multidegree.ofMonomial(coordinateDegrees, f.leadingMonomial());
                for (int c = 0; c < n; c++) {
                    Multidegree key = options.multigraded() ? df.add(coordinateDegrees.get(c)) : df;
                    products.computeIfAbsent(key, x -> new ArrayList<>()).add(timesVariable(f, c, n));
                }
            }
            List<Multidegree.Block> blocks = Multidegree.blocks(d, j, options.multigraded());
            Run run = run(d, seed, options, blocks, b -> b.degree() == null
                    ? products.values().stream().flatMap(List::stream).toList()
                    : products.getOrDefault(b.degree(), List.of()));
            IdealResult.DegreePart part = summarise(j, run.outcomes(), run.samples(), coordinateDegrees);
            parts.add(part);
            List<Polynomial<BigFraction>> next = new ArrayList<>();
            run.outcomes().forEach(o -> next.addAll(o.basis()));
            basis = next;
        }
        return new IdealResult(d, d.ambientSpace().coordinateNames(), parts);
    }

    /** The ideal in degree j from the outcomes of its blocks: sums of the bounds, and every block must be proved. */
    static IdealResult.DegreePart summarise(int j, List<BlockInterpolation.Outcome> outcomes, int samples,
                                            List<Multidegree> coordinateDegrees) {
        List<Polynomial<BigFraction>> generators = new ArrayList<>();
        int dim = 0;
        int upper = 0;
        int fromLower = 0;
        int largest = 0;
        boolean exact = true;
        boolean certified = true;
        for (BlockInterpolation.Outcome o : outcomes) {
            generators.addAll(o.generators());
            upper += o.upperBound();
            fromLower += o.fromLower();
            dim += o.fromLower() + o.generators().size();
            exact = exact && o.fromLowerExact();
            certified = certified && o.certified();
            largest = Math.max(largest, o.block().monomials().size());
        }
        List<Multidegree> generatorDegrees = generators.stream()
                .map(f -> Multidegree.ofMonomial(coordinateDegrees, f.leadingMonomial())).toList();
        return new IdealResult.DegreePart(j, dim, upper, fromLower, exact, generators, generatorDegrees, certified, samples,
                outcomes.size(), largest);
    }

    private static void check(Architecture d, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("expected a degree k ≥ 1, got " + k);
        }
        BigInteger count = monomialCount(d, k);
        if (count.compareTo(BigInteger.valueOf(MAX_MONOMIALS)) > 0) {
            throw new IllegalArgumentException("degree " + k + " has " + count + " monomials in the ambient coordinates of "
                    + d + ", above the limit " + MAX_MONOMIALS);
        }
    }

    /** {@code x_c · f}, by shifting exponents. */
    private static Polynomial<BigFraction> timesVariable(Polynomial<BigFraction> f, int c, int n) {
        Monomial x = Monomial.variable(n, c);
        Map<Monomial, BigFraction> terms = new HashMap<>();
        for (Polynomial.Term<BigFraction> t : f.terms()) {
            terms.put(t.monomial().multiply(x), t.coefficient());
        }
        return Polynomial.of(Rationals.Q, n, terms);
    }

    /** The outcome of every block, the number of samples of the last sample set, the seeds used. */
    private record Run(List<BlockInterpolation.Outcome> outcomes, int samples, long seed, int attempts) {
    }

    /** Interpolates every block, retrying those not certified with fresh samples. */
    private static Run run(Architecture d, long seed, EquationsOptions options, List<Multidegree.Block> blocks,
                           java.util.function.Function<Multidegree.Block, List<Polynomial<BigFraction>>> products) {
        Supplier<List<Polynomial<BigFraction>>> coordinates = memoised(() -> SymbolicParametrisation.of(d).coordinates());
        BlockInterpolation.Outcome[] outcomes = new BlockInterpolation.Outcome[blocks.size()];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            pending.add(i);
        }
        int samplesUsed = 0;
        int attempt = 0;
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            while (!pending.isEmpty() && attempt < ATTEMPTS) {
                attempt++;
                long attemptSeed = attemptSeed(seed, attempt);
                int largest = pending.stream().mapToInt(i -> blocks.get(i).monomials().size()).max().orElse(0);
                samplesUsed = options.samples() > 0 ? options.samples() : largest + SLACK;
                List<BigInteger[]> samples = samples(d, samplesUsed, new Random(attemptSeed), d.ambientSpace());
                List<CompletableFuture<BlockInterpolation.Outcome>> futures = new ArrayList<>();
                for (int i : pending) {
                    Multidegree.Block b = blocks.get(i);
                    futures.add(CompletableFuture.supplyAsync(() -> {
                        BlockInterpolation.Outcome o = BlockInterpolation.solve(b, samples, products.apply(b), coordinates,
                                options.firstPrime());
                        options.progress().blockDone(done.incrementAndGet(), blocks.size());
                        return o;
                    }, pool));
                }
                List<Integer> failed = new ArrayList<>();
                for (int t = 0; t < futures.size(); t++) {
                    BlockInterpolation.Outcome o = futures.get(t).join();
                    int i = pending.get(t);
                    outcomes[i] = o;
                    if (!o.certified()) {
                        failed.add(i);
                    }
                }
                pending = failed;
                done.addAndGet(-failed.size());
            }
        } finally {
            pool.shutdownNow();
        }
        return new Run(List.of(outcomes), samplesUsed, seed, attempt);
    }

    /** The seed of sample set number {@code attempt ≥ 1}: the seed itself first, then steps of the golden ratio. */
    static long attemptSeed(long seed, int attempt) {
        return seed + (attempt - 1) * 0x9E3779B97F4A7C15L;
    }

    private static <T> Supplier<T> memoised(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }

    private static EquationsResult.Certificate certificate(Architecture d, EquationsOptions options, Run run) {
        List<EquationsResult.BlockCertificate> blocks = new ArrayList<>();
        int monomials = 0;
        int rank = 0;
        int upper = 0;
        int candidates = 0;
        int verified = 0;
        List<Long> primes = run.outcomes().stream().map(o -> o.lift().primes())
                .max(java.util.Comparator.comparingInt(List::size)).orElse(List.of());
        for (BlockInterpolation.Outcome o : run.outcomes()) {
            ModularLift.Lift l = o.lift();
            int size = o.block().monomials().size();
            monomials += size;
            rank += l.rank();
            upper += l.upperBound();
            candidates += l.candidates().size();
            verified += o.generators().size();
            blocks.add(new EquationsResult.BlockCertificate(o.block().degree(), size, l.rankPrime(), l.rank(), l.upperBound(),
                    l.primes().size(), o.generators().size(), o.fromLower(), o.certified()));
        }
        return new EquationsResult.Certificate(monomials, run.samples(), run.seed(), WEIGHT_BOUND, options.firstPrime(), rank, upper,
                primes, candidates, verified, Math.toIntExact(d.parameterCount() - d.symmetryDimension()), run.attempts(),
                options.multigraded(), blocks);
    }

    /** Integer coordinates of {@code count} random defined networks. */
    static List<BigInteger[]> samples(Architecture d, int count, Random random, AmbientSpace space) {
        List<Monomial> num = space.numeratorMonomials();
        List<Monomial> den = space.denominatorMonomials();
        List<BigInteger[]> out = new ArrayList<>(count);
        while (out.size() < count) {
            ClosedForm<BigFraction> cf;
            try {
                cf = RationalNet.of(Weights.randomIntegers(d, WEIGHT_BOUND, random)).closedForm();
            } catch (UndefinedNetworkException e) {
                continue;
            }
            BigInteger[] c = new BigInteger[d.outputDimension() * num.size() + den.size()];
            int t = 0;
            for (Polynomial<BigFraction> p : cf.numerators()) {
                for (Monomial m : num) {
                    c[t++] = Rationals.numerator(p.coefficient(m));
                }
            }
            for (Monomial m : den) {
                c[t++] = Rationals.numerator(cf.denominator().coefficient(m));
            }
            out.add(c);
        }
        return out;
    }
}
