package org.rationalnets.benchmarks;

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
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.Weights;

/**
 * The closed form (docs/theory.md §2) of networks with seeded random integer weights in [−3, 3]; the
 * headline case is (4,4,4,4,1): D_P = 39, D_Q = 40 in four variables.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class ExpandBenchmark {

    /** Widths separated by "-" (JMH splits parameter lists on commas). */
    @Param({"4-4-4-4-1", "3-3-3-3-1", "2-2-2-2-2-2-2-1", "4-6-3"})
    public String architecture;

    private Weights weights;

    @Setup
    public void setUp() {
        weights = Weights.randomIntegers(Architecture.parse(architecture.replace('-', ',')), 3, new Random(20250911L));
    }

    @Benchmark
    public ClosedForm<BigFraction> expand() {
        return RationalNet.of(weights).closedForm();
    }
}
