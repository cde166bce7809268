package org.rationalnets.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PrimeField;
import org.rationalnets.exact.Rationals;

class ClosedFormTest {

    /** A random architecture with L ≤ 5, widths ≤ 4, whose numerator and denominator have at most 1500 possible terms. */
    static Architecture randomArchitecture(Random r) {
        return randomArchitecture(r, 1500);
    }

    /** A random architecture with L ≤ 5, widths ≤ 4, at most {@code maxTerms} possible terms in P and Q. */
    static Architecture randomArchitecture(Random r, int maxTerms) {
        while (true) {
            int L = 1 + r.nextInt(5);
            int[] w = new int[L + 1];
            for (int k = 0; k <= L; k++) {
                w[k] = 1 + r.nextInt(4);
            }
            Architecture d = Architecture.of(w);
            Degrees g = d.degrees();
            if (AmbientSpace.monomialCount(w[0], g.denominatorDegree()).compareTo(BigInteger.valueOf(maxTerms)) <= 0
                    && AmbientSpace.monomialCount(w[0], g.numeratorDegree()).compareTo(BigInteger.valueOf(maxTerms)) <= 0) {
                return d;
            }
        }
    }

    static Weights randomWeights(Architecture d, Random r) {
        List<Matrix<BigFraction>> ms = new ArrayList<>();
        for (int k = 1; k <= d.depth(); k++) {
            List<List<BigFraction>> rows = new ArrayList<>();
            for (int i = 0; i < d.width(k); i++) {
                List<BigFraction> row = new ArrayList<>();
                for (int j = 0; j < d.width(k - 1); j++) {
                    row.add(BigFraction.of(r.nextInt(9) - 4, 1 + r.nextInt(3)));
                }
                rows.add(row);
            }
            ms.add(Matrix.of(Rationals.Q, rows));
        }
        return Weights.of(d, ms);
    }

    static List<BigFraction> randomPoint(int n, Random r) {
        List<BigFraction> x = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            x.add(BigFraction.of(r.nextInt(41) - 20, 1 + r.nextInt(7)));
        }
        return x;
    }

    /**
     * docs/theory.md §2 [paper/derived]: the closed form equals direct composition, exactly, and its
     * degrees are D_P and D_Q. At least 50 random architectures (L ≤ 5, widths ≤ 4).
     */
    @Property(tries = 80)
    void closedFormEqualsDirectComposition(@ForAll long seed) {
        Random r = new Random(seed);
        Architecture d = randomArchitecture(r);
        RationalNet<BigFraction> net = RationalNet.of(randomWeights(d, r));
        ClosedForm<BigFraction> cf;
        try {
            cf = net.closedForm();
        } catch (UndefinedNetworkException e) {
            Assume.that(false);
            return;
        }
        Degrees g = d.degrees();
        assertThat(cf.denominator().isZero()).isFalse();
        assertThat(cf.denominator().isHomogeneous()).isTrue();
        assertThat(cf.denominator().degree()).as("deg Q of %s", d).isEqualTo(g.denominatorDegree());
        for (Polynomial<BigFraction> p : cf.numerators()) {
            assertThat(p.isHomogeneous()).isTrue();
            if (!p.isZero()) {
                assertThat(p.degree()).as("deg P of %s", d).isEqualTo(g.numeratorDegree());
            }
        }
        int compared = 0;
        for (int attempt = 0; attempt < 20 && compared < 3; attempt++) {
            List<BigFraction> x = randomPoint(d.inputDimension(), r);
            List<BigFraction> direct;
            try {
                direct = net.evaluate(x);
            } catch (PoleException e) {
                continue;
            }
            if (cf.denominator().evaluate(x).signum() == 0) {
                continue;
            }
            assertThat(cf.evaluate(x)).as("f_W at %s for %s", x, d).isEqualTo(direct);
            compared++;
        }
        assertThat(compared).as("found points off the poles for %s", d).isPositive();
    }

    @Test
    void theSameAlgorithmRunsModP() {
        Architecture d = Architecture.of(2, 3, 2, 1);
        Weights w = randomWeights(d, new Random(3));
        PrimeField f = PrimeField.of(1_000_003);
        ClosedForm<BigFraction> overQ = RationalNet.of(w).closedForm();
        ClosedForm<Long> overFp = RationalNet.of(w, f).closedForm();
        assertThat(overFp.denominator()).isEqualTo(overQ.denominator().map(f, f::fromRational));
        assertThat(overFp.numerators().get(0)).isEqualTo(overQ.numerators().get(0).map(f, f::fromRational));
    }

    @Test
    void aZeroRowOfW1IsNotANetwork() {
        Weights w = WeightsLiteral.parse(Architecture.of(2, 2, 1), "[[[1,0],[0,0]],[[1,1]]]");
        assertThatThrownBy(() -> RationalNet.of(w).closedForm())
                .isInstanceOf(UndefinedNetworkException.class)
                .hasMessageContaining("neuron 2 in hidden layer 1")
                .hasMessageContaining("row 2 of W_1 is zero");
    }

    @Test
    void aVanishingDeeperPreActivationIsNotANetwork() {
        // p^(1) = (x1, x1), so p^(2)_1 = p^(1)_2 − p^(1)_1 = 0
        Weights w = WeightsLiteral.parse(Architecture.of(2, 2, 2, 1), "[[[1,0],[1,0]],[[1,-1],[1,1]],[[1,1]]]");
        assertThatThrownBy(() -> RationalNet.of(w).closedForm())
                .isInstanceOfSatisfying(UndefinedNetworkException.class, e -> {
                    assertThat(e.layer()).isEqualTo(2);
                    assertThat(e.neuron()).isEqualTo(1);
                });
    }

    @Test
    void theZeroFunctionIsANetwork() {
        Weights w = WeightsLiteral.parse(Architecture.of(2, 2, 1), "[[[1,0],[0,1]],[[0,0]]]");
        ClosedForm<BigFraction> cf = RationalNet.of(w).closedForm();
        assertThat(cf.numerators().get(0).isZero()).isTrue();
        assertThat(cf.denominator()).hasToString("x1*x2");
    }

    @Test
    void evaluationNamesThePole() {
        RationalNet<BigFraction> net = RationalNet.of(WeightsLiteral.parse(Architecture.of(2, 2, 1), "[[[1,0],[0,1]],[[1,1]]]"));
        assertThatThrownBy(() -> net.evaluate(List.of(BigFraction.ONE, BigFraction.ZERO)))
                .isInstanceOfSatisfying(PoleException.class, e -> {
                    assertThat(e.layer()).isEqualTo(1);
                    assertThat(e.neuron()).isEqualTo(2);
                });
        assertThat(net.evaluate(List.of(BigFraction.of(2), BigFraction.of(3)))).containsExactly(BigFraction.of(5, 6));
    }

    /** docs/theory.md §4 [derived]: torus scalings and permutations of hidden neurons leave f_W unchanged. */
    @Property(tries = 60)
    void symmetriesLeaveTheFunctionUnchanged(@ForAll long seed) {
        Random r = new Random(seed);
        Architecture d;
        do {
            d = randomArchitecture(r, 200);
        } while (d.depth() < 2);
        RationalNet<BigFraction> net = RationalNet.of(randomWeights(d, r));
        ClosedForm<BigFraction> before;
        try {
            before = net.closedForm();
        } catch (UndefinedNetworkException e) {
            Assume.that(false);
            return;
        }
        int k = 1 + r.nextInt(d.depth() - 1);
        BigFraction t = BigFraction.of(1 + r.nextInt(5), 1 + r.nextInt(5)).multiply(r.nextBoolean() ? 1 : -1);
        RationalNet<BigFraction> moved = Symmetries.scaleNeuron(net, k, 1 + r.nextInt(d.width(k)), t);
        int[] perm = java.util.stream.IntStream.range(0, d.width(k)).boxed()
                .sorted((a, b) -> r.nextInt(3) - 1).mapToInt(Integer::intValue).toArray();
        moved = Symmetries.permuteLayer(moved, k, perm);
        ClosedForm<BigFraction> after = moved.closedForm();
        for (int i = 0; i < d.outputDimension(); i++) {
            // same rational function: P_i Q' = P'_i Q
            assertThat(before.numerators().get(i).multiply(after.denominator()))
                    .isEqualTo(after.numerators().get(i).multiply(before.denominator()));
        }
    }

    @Test
    void symmetriesRefuseBadArguments() {
        RationalNet<BigFraction> net = RationalNet.of(WeightsLiteral.parse(Architecture.of(2, 2, 1), "[[[1,0],[0,1]],[[1,1]]]"));
        assertThatThrownBy(() -> Symmetries.scaleNeuron(net, 2, 1, BigFraction.ONE)).hasMessageContaining("hidden layer");
        assertThatThrownBy(() -> Symmetries.scaleNeuron(net, 1, 1, BigFraction.ZERO)).hasMessageContaining("nonzero");
        assertThatThrownBy(() -> Symmetries.permuteLayer(net, 1, new int[] {0, 0})).hasMessageContaining("not a permutation");
        assertThat(Symmetries.permuteLayer(net, 1, new int[] {1, 0}).weight(1).row(0))
                .containsExactly(BigFraction.ZERO, BigFraction.ONE);
    }
}
