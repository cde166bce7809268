package org.rationalnets.benchmarks;

import java.util.ArrayList;
import java.util.EnumSet;
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
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.algorithms.membership.Answer;
import org.rationalnets.algorithms.membership.Membership;
import org.rationalnets.algorithms.membership.MembershipInput;
import org.rationalnets.algorithms.membership.MembershipResult;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.algebraic.AlgebraicElement;
import org.rationalnets.exact.algebraic.AlgebraicExtension;

/**
 * Tuple membership for a (4,6,2) network (targets: under 1 s with rational factors, under 5 s
 * with algebraic factors of degree 2 and 3). {@code rational}: random integer weights in [−9, 9].
 * {@code algebraic}: rows {@code x1 + θx2 + x3 − x4} over the roots of {@code t² − 2},
 * {@code x1 + θx2 + θ²x3 + x4} over the roots of {@code t³ − 2}, and {@code x2 + x4}, with rational
 * output weights on each class (the numerators are traces, hence rational).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class MembershipBenchmark {

    /** Which kind of factors. */
    @Param({"rational", "algebraic"})
    public String factors;

    private MembershipInput input;

    @Setup
    public void setUp() {
        Architecture d = Architecture.of(4, 6, 2);
        if (factors.equals("rational")) {
            ClosedForm<BigFraction> cf = RationalNet.of(Weights.randomIntegers(d, 9, new Random(42))).closedForm();
            input = MembershipInput.of(d, MembershipResult.Mode.TUPLE, cf.numerators(), cf.denominator());
            return;
        }
        AlgebraicExtension a2 = AlgebraicExtension.parse("t^2 - 2");
        AlgebraicExtension a3 = AlgebraicExtension.parse("t^3 - 2");
        AlgebraicElement s = a2.generator();
        AlgebraicElement c = a3.generator();
        Polynomial<AlgebraicElement> l2 = Polynomial.linearForm(a2, List.of(a2.one(), s, a2.one(), a2.negate(a2.one())));
        Polynomial<AlgebraicElement> l3 = Polynomial.linearForm(a3, List.of(a3.one(), c, a3.multiply(c, c), a3.one()));
        Polynomial<BigFraction> l1 = PolynomialParser.parse("x2 + x4", 4);
        Polynomial<BigFraction> n2 = a2.norm(l2);
        Polynomial<BigFraction> n3 = a3.norm(l3);
        Polynomial<BigFraction> q = n2.multiply(n3).multiply(l1);
        List<Polynomial<BigFraction>> p = new ArrayList<>();
        int[][] alpha = {{1, 2, 3}, {-2, 1, 5}};
        for (int[] al : alpha) {
            Polynomial<BigFraction> pi = a2.trace(a2.lift(q).divideExact(l2)).scale(BigFraction.of(al[0]))
                    .add(a3.trace(a3.lift(q).divideExact(l3)).scale(BigFraction.of(al[1])))
                    .add(q.divideExact(l1).scale(BigFraction.of(al[2])));
            p.add(pi);
        }
        input = MembershipInput.of(d, MembershipResult.Mode.TUPLE, p, q);
    }

    @Benchmark
    public MembershipResult tupleMembership() {
        MembershipResult r = Membership.decide(input, EnumSet.allOf(GroundField.class), 1);
        if (r.answer(GroundField.C) != Answer.YES) {
            throw new IllegalStateException("expected a member: " + r);
        }
        return r;
    }
}
