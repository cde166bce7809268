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
import org.rationalnets.algorithms.equations.EquationsResult;
import org.rationalnets.algorithms.equations.NeurovarietyEquations;
import org.rationalnets.core.Architecture;

/** {@code equations --arch A --degree k}: interpolation, rank bound and symbolic proof (target: (3,3,1) degree 3 under 30 s). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class EquationsBenchmark {

    /** Architecture and degree, {@code widths:k}. */
    @Param({"3,3,1:3", "3,2,2:3", "3,2,1:4"})
    public String job;

    @Benchmark
    public EquationsResult equations() {
        String[] s = job.split(":");
        EquationsResult r = NeurovarietyEquations.inDegree(Architecture.parse(s[0]), Integer.parseInt(s[1]), 1);
        if (!r.certified()) {
            throw new IllegalStateException("not certified: " + r.certificate());
        }
        return r;
    }
}
