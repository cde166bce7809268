package org.rationalnets.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.commons.numbers.fraction.BigFraction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rationalnets.algorithms.factor.LinearFactorization;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;

/**
 * Exact linear factorisation (docs/theory.md §8) of the denominator {@code Q = Π ℓ_j} of a random (4,6,2) network:
 * degree 6 in 4 variables. {@code rational}: integer weights in [−9, 9]; {@code algebraic}: the six rows of
 * {@code W_1} are one rational form, the conjugate pair {@code u ± √3 v} and the three conjugates
 * {@code u + θ v + θ² w}, {@code θ³ = 2} (one real, two complex), multiplied out to a rational {@code Q};
 * {@code not-split}: the algebraic {@code Q} plus {@code x1^6} (a "no" after 2 + 3 lines).
 * Targets: rational under 1 s, algebraic under 5 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LinearFactorizationBenchmark {

    @Param({"rational", "algebraic", "not-split"})
    public String kind;

    @Param({"1", "2", "3"})
    public long seed;

    private Polynomial<BigFraction> form;

    private static Polynomial<BigFraction> randomLinear(Random r) {
        List<BigFraction> c = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            c.add(BigFraction.of(r.nextInt(19) - 9));
        }
        return Polynomial.linearForm(Rationals.Q, c);
    }

    @Setup
    public void setUp() {
        Random r = new Random(seed);
        if (kind.equals("rational")) {
            Weights w = Weights.randomIntegers(Architecture.of(4, 6, 2), 9, r);
            form = ClosedForm.of(RationalNet.of(w)).denominator();
            return;
        }
        Polynomial<BigFraction> rational = randomLinear(r);
        Polynomial<BigFraction> u = randomLinear(r);
        Polynomial<BigFraction> v = randomLinear(r);
        Polynomial<BigFraction> a = randomLinear(r);
        Polynomial<BigFraction> b = randomLinear(r);
        Polynomial<BigFraction> c = randomLinear(r);
        Polynomial<BigFraction> quadratic = u.multiply(u).subtract(v.multiply(v).scale(BigFraction.of(3)));
        Polynomial<BigFraction> cubic = a.pow(3).add(b.pow(3).scale(BigFraction.of(2))).add(c.pow(3).scale(BigFraction.of(4)))
                .subtract(a.multiply(b).multiply(c).scale(BigFraction.of(6)));
        form = rational.multiply(quadratic).multiply(cubic);
        if (kind.equals("not-split")) {
            form = form.add(Polynomial.monomial(Rationals.Q, BigFraction.ONE, Monomial.of(6, 0, 0, 0)));
        }
    }

    @Benchmark
    public LinearFactorization factor() {
        return LinearFactorization.of(form, seed);
    }

    @Benchmark
    public int factorAndEnumerateFactors() {
        LinearFactorization f = LinearFactorization.of(form, seed);
        return f.isProductOfLinearForms() ? f.factors().size() : 0;
    }
}
