package org.rationalnets.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rationalnets.algorithms.equations.EquationsOptions;
import org.rationalnets.algorithms.equations.IdealResult;
import org.rationalnets.algorithms.equations.NeurovarietyEquations;
import org.rationalnets.core.Architecture;

/**
 * {@code equations --arch A --degree k} and {@code --up-to k}: interpolation by multidegree block, rank bound and
 * symbolic proof; {@code graded = false} interpolates all monomials of a degree at once (the algorithm before the split).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class EquationsBenchmark {

    /** Architecture (widths joined by {@code -}) and degree, {@code widths:k}. */
    @Param({"3-3-1:3", "3-2-2:3", "3-2-1:4", "3-3-1:4"})
    public String job;

    /** Split by multidegree, or not. */
    @Param({"true"})
    public boolean graded;

    /** Blocks in parallel. */
    @Param({"2"})
    public int threads;

    private EquationsOptions options() {
        return EquationsOptions.defaults().withThreads(threads).withMultigraded(graded);
    }

    @Benchmark
    public Object equations() {
        String[] s = job.split(":");
        var r = NeurovarietyEquations.inDegree(Architecture.parse(s[0].replace('-', ',')), Integer.parseInt(s[1]), 1, options());
        if (!r.certified()) {
            throw new IllegalStateException("not certified: " + r.certificate());
        }
        return r;
    }

    /** {@code --up-to 5} on (3,3,1): the Hilbert function through degree 5 with minimal generators. */
    @Benchmark
    public IdealResult idealUpToFive() {
        IdealResult r = NeurovarietyEquations.upTo(Architecture.of(3, 3, 1), 5, 1, options());
        if (!r.certified()) {
            throw new IllegalStateException("not certified");
        }
        return r;
    }
}
