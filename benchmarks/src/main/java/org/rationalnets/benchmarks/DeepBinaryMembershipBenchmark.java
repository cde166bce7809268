package org.rationalnets.benchmarks;

import java.util.EnumSet;
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
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.algorithms.membership.Answer;
import org.rationalnets.algorithms.membership.Membership;
import org.rationalnets.algorithms.membership.MembershipInput;
import org.rationalnets.algorithms.membership.MembershipResult;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.Weights;

/**
 * Weight recovery for deep binary networks (docs/theory.md §7): tuple membership over Q, R and C of
 * the closed form of a seeded random network, including the exact expansion that verifies the witness.
 * The headline case is (2,2,2,2,2,2,2,3), L = 7 (target: under 2 s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class DeepBinaryMembershipBenchmark {

    /** Widths separated by "-" (JMH splits parameter lists on commas). */
    @Param({"2-2-2-2-2-2-2-3", "3-2-2-2-2-2-2-3", "2-2-2-2-1"})
    public String architecture;

    private MembershipInput input;

    @Setup
    public void setUp() {
        Architecture d = Architecture.parse(architecture.replace('-', ','));
        Random random = new Random(20261127L);
        ClosedForm<BigFraction> cf = null;
        while (cf == null) {
            try {
                cf = RationalNet.of(Weights.randomIntegers(d, 5, random)).closedForm();
            } catch (org.rationalnets.core.UndefinedNetworkException e) {
                // a hidden pre-activation vanished: draw again
            }
        }
        input = MembershipInput.of(d, MembershipResult.Mode.TUPLE, cf.numerators(), cf.denominator());
    }

    @Benchmark
    public MembershipResult recover() {
        MembershipResult r = Membership.decide(input, EnumSet.allOf(GroundField.class), 1);
        if (r.answer(GroundField.Q) != Answer.YES) {
            throw new IllegalStateException("not recognised: " + r.reason());
        }
        return r;
    }
}
