package org.rationalnets.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.commons.numbers.fraction.BigFraction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;

/**
 * Sparse multiplication over Q of a dense quaternary form of degree 9 (220 terms) by one of degree
 * 12 (455 terms), integer coefficients in [−1000, 1000] — the shape of the products in the
 * (4,4,4,4,1) closed form: the Q fast path ({@link Polynomial#multiply}) against the field-generic
 * algorithm ({@link Polynomial#multiplyGeneric}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PolynomialMultiplyBenchmark {

    private Polynomial<BigFraction> a;
    private Polynomial<BigFraction> b;

    @Setup
    public void setUp() {
        Random r = new Random(1);
        a = dense(r, 9);
        b = dense(r, 12);
    }

    private static Polynomial<BigFraction> dense(Random r, int degree) {
        Map<Monomial, BigFraction> m = new HashMap<>();
        for (Monomial mo : Monomial.ofDegree(4, degree)) {
            m.put(mo, BigFraction.of(r.nextInt(2001) - 1000));
        }
        return Polynomial.of(Rationals.Q, 4, m);
    }

    @Benchmark
    public Polynomial<BigFraction> rationalFastPath() {
        return a.multiply(b);
    }

    @Benchmark
    public Polynomial<BigFraction> fieldGeneric() {
        return a.multiplyGeneric(b);
    }
}
