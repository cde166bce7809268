package org.rationalnets.algorithms.equations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;

/** Pieces of the block interpolation against values worked by hand, and one Hilbert function checked in Macaulay2. */
class EquationsInternalsTest {

    private static EquationsOptions options() {
        return EquationsOptions.defaults().withThreads(2);
    }

    @Test
    void attemptSeeds() {
        assertThat(NeurovarietyEquations.attemptSeed(7, 1)).isEqualTo(7);
        assertThat(NeurovarietyEquations.attemptSeed(7, 2)).isEqualTo(7 + 0x9E3779B97F4A7C15L);
        assertThat(NeurovarietyEquations.attemptSeed(7, 3)).isEqualTo(7 + 2 * 0x9E3779B97F4A7C15L);
    }

    @Test
    void smallPrimes() {
        assertThat(ModularLift.nextPrimeBelow(3)).isEqualTo(2);
        assertThat(ModularLift.nextPrimeBelow(2)).isZero();
    }

    private static BigInteger[] row(long... v) {
        return java.util.Arrays.stream(v).mapToObj(BigInteger::valueOf).toArray(BigInteger[]::new);
    }

    /** φ = (1/2, −1/3): φ(2, 3) = 0, φ(4, 6) = 0, φ(1, 2) = −1/6. */
    @Test
    void functionalsAreCheckedExactly() {
        List<BigFraction[]> phi = List.<BigFraction[]>of(new BigFraction[] {BigFraction.of(1, 2), BigFraction.of(-1, 3)});
        assertThat(BlockInterpolation.annihilates(phi, List.of(row(2, 3), row(4, 6)))).isTrue();
        assertThat(BlockInterpolation.annihilates(phi, List.of(row(2, 3), row(1, 2)))).isFalse();
        assertThat(BlockInterpolation.annihilates(phi, List.of(row(1, 2), row(2, 3)))).isFalse();
        assertThat(BlockInterpolation.annihilates(List.of(), List.<BigInteger[]>of(row(1, 2)))).isTrue();
        List<BigFraction[]> two = List.of(new BigFraction[] {BigFraction.ONE, BigFraction.ZERO},
                new BigFraction[] {BigFraction.ZERO, BigFraction.ONE});
        assertThat(BlockInterpolation.annihilates(two, List.<BigInteger[]>of(row(0, 0)))).isTrue();
        assertThat(BlockInterpolation.annihilates(two, List.<BigInteger[]>of(row(0, 5)))).isFalse();
    }

    /**
     * (3,2,1) up to degree 5: Macaulay2 1.21 on the ideal of the 4 cubics (the exported script) gives
     * dim I_4 = C(12,4) − hilbertFunction(4) = 33 and dim I_5 = C(13,5) − hilbertFunction(5) = 153; by S3 nothing new
     * is generated above degree 3. Degree 5 is built from products of the degree-4 basis, itself made of products.
     */
    @Test
    void hilbertFunctionOfThreeTwoOneThroughDegreeFive() {
        IdealResult r = NeurovarietyEquations.upTo(Architecture.of(3, 2, 1), 5, 3, options());
        assertThat(r.certified()).isTrue();
        assertThat(r.degrees()).extracting(IdealResult.DegreePart::dimension).containsExactly(0, 0, 4, 33, 153);
        assertThat(r.degrees()).extracting(IdealResult.DegreePart::fromLowerDegrees).containsExactly(0, 0, 0, 33, 153);
        assertThat(r.degrees()).extracting(IdealResult.DegreePart::upperBound).containsExactly(0, 0, 4, 33, 153);
    }

    /** The unblocked basis is listed by descending leading monomial; the blocked one by block, then descending. */
    @Test
    void orderOfTheEquations() {
        EquationsResult unblocked = NeurovarietyEquations.inDegree(Architecture.of(3, 2, 2), 3, 1, options().withMultigraded(false));
        for (int i = 1; i < unblocked.count(); i++) {
            assertThat(unblocked.equations().get(i).leadingMonomial()).isLessThan(unblocked.equations().get(i - 1).leadingMonomial());
        }
        EquationsResult blocked = NeurovarietyEquations.inDegree(Architecture.of(3, 3, 1), 4, 1, options());
        boolean sawTwo = false;
        for (List<Polynomial<BigFraction>> group : blocked.byMultidegree().values()) {
            for (int i = 1; i < group.size(); i++) {
                sawTwo = true;
                assertThat(group.get(i).leadingMonomial()).isLessThan(group.get(i - 1).leadingMonomial());
            }
        }
        assertThat(sawTwo).as("some multidegree has two equations").isTrue();
        for (int i = 1; i < blocked.count(); i++) {
            assertThat(blocked.multidegrees().get(i)).isLessThanOrEqualTo(blocked.multidegrees().get(i - 1));
        }
    }

    /** Summing block outcomes written by hand: one block unproved, one with an inexact product count. */
    @Test
    void summaryOfBlocks() {
        List<Multidegree> coords = Multidegree.ofCoordinates(Architecture.of(1, 1, 1));
        Multidegree.Block a = new Multidegree.Block(coords.get(0), List.of(Monomial.of(1, 0)));
        Multidegree.Block b = new Multidegree.Block(coords.get(1), List.of(Monomial.of(0, 1), Monomial.of(0, 1)));
        ModularLift.Lift la = new ModularLift.Lift(101, 0, 1, new int[] {0}, List.of(101L), List.of(), true);
        ModularLift.Lift lb = new ModularLift.Lift(101, 0, 2, new int[] {0, 1}, List.of(101L), List.of(), true);
        Polynomial<BigFraction> x = Polynomial.variable(Rationals.Q, 2, 0);
        Polynomial<BigFraction> y = Polynomial.variable(Rationals.Q, 2, 1);
        BlockInterpolation.Outcome oa = new BlockInterpolation.Outcome(a, la, 0, true, List.of(x), List.of(x), true);
        BlockInterpolation.Outcome ob = new BlockInterpolation.Outcome(b, lb, 1, false, List.of(y), List.of(y), false);
        IdealResult.DegreePart p = NeurovarietyEquations.summarise(1, List.of(oa, ob), 14, coords);
        assertThat(p.dimension()).isEqualTo(3);
        assertThat(p.upperBound()).isEqualTo(3);
        assertThat(p.fromLowerDegrees()).isEqualTo(1);
        assertThat(p.fromLowerExact()).isFalse();
        assertThat(p.certified()).isFalse();
        assertThat(p.generators()).containsExactly(x, y);
        assertThat(p.generatorMultidegrees()).containsExactly(coords.get(0), coords.get(1));
        assertThat(p.blocks()).isEqualTo(2);
        assertThat(p.largestBlock()).isEqualTo(2);
        assertThat(p.samples()).isEqualTo(14);
        IdealResult.DegreePart q = NeurovarietyEquations.summarise(1, List.of(ob, oa), 14, coords);
        assertThat(q.fromLowerExact()).isFalse();
        assertThat(q.certified()).isFalse();
        assertThat(q.largestBlock()).isEqualTo(2);
        IdealResult.DegreePart r = NeurovarietyEquations.summarise(1, List.of(oa), 14, coords);
        assertThat(r.fromLowerExact()).isTrue();
        assertThat(r.certified()).isTrue();
        assertThat(r.largestBlock()).isEqualTo(1);
    }
}
