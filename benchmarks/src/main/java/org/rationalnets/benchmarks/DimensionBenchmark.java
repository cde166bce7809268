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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rationalnets.algorithms.dimension.CertifiedDimension;
import org.rationalnets.algorithms.dimension.DimensionCertificate;
import org.rationalnets.core.Architecture;

/**
 * The certified dimension (docs/theory.md §5) in process: {@code (4,6,3)}, the architecture timed in
 * Macaulay2 (about 3.6 s of CPU for the symbolic coefficient map, Jacobian and rank mod p), and
 * the scaling family {@code (w, 2w, 2w, w)} with {@code 8w²} weights: 128, 512, 2048, 8192.
 * Each benchmark checks that the result is certified, so a timing of a wrong answer is impossible.
 *
 * <p>Run: {@code mvn -B -P bench -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar DimensionBenchmark}.
 */
public class DimensionBenchmark {

    /** (4,6,3): 42 weights, certified dimension 36 (S1). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public int shallow463() {
        return certified(CertifiedDimension.of(Architecture.of(4, 6, 3)));
    }

    /** The scaling family, one fresh computation per measurement. */
    @State(Scope.Benchmark)
    public static class Scaling {
        /** Number of weights {@code 8w²} of {@code (w, 2w, 2w, w)}. */
        @Param({"128", "512", "2048"})
        public int weights;

        Architecture architecture;

        /** Builds {@code (w, 2w, 2w, w)}. */
        @Setup
        public void setup() {
            int w = (int) Math.round(Math.sqrt(weights / 8.0));
            architecture = Architecture.of(w, 2 * w, 2 * w, w);
            if (architecture.parameterCount() != weights) {
                throw new IllegalArgumentException("no (w,2w,2w,w) has " + weights + " weights");
            }
        }
    }

    /** {@code (w, 2w, 2w, w)}: certified dimension {@code 8w² − 4w}. Single shot: a certification is seconds at 2048 weights. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    @Fork(value = 1, jvmArgsAppend = "-Xmx4g")
    public int scaling(Scaling s) {
        return certified(CertifiedDimension.of(s.architecture));
    }

    private static int certified(DimensionCertificate c) {
        if (!c.certified()) {
            throw new IllegalStateException("not certified: " + c);
        }
        return c.lowerBound();
    }
}
