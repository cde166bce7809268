package org.rationalnets.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.junit.jupiter.api.Assumptions.abort;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.core.instances.RandomNetworks;
import org.rationalnets.core.instances.RandomNetworks.Network;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PrimeField;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;

class ClosedFormTest {

    /** Weights with entries n/d, |n| ≤ 4, 1 ≤ d ≤ 3, zero included. */
    private static Weights weights(Architecture d, Random r) {
        return RandomNetworks.weights(d, r, 4, 3);
    }

    /** Networks on L ≤ 5, widths ≤ 4, at most 1500 possible terms in P and Q, with 20 points to try. */
    static Stream<Instance<Network>> networks() {
        return Instances.of(80, r -> {
            Architecture d = RandomNetworks.architecture(r, 5, 4, 1500);
            return new Network(weights(d, r), RandomNetworks.points(r, d, 20));
        });
    }

    /** A hidden neuron k/j, a nonzero scalar t and a permutation of layer k. */
    record Symmetry(int layer, int neuron, BigFraction scalar, int[] permutation) {
        @Override
        public String toString() {
            return "scale neuron " + neuron + " of layer " + layer + " by " + scalar + ", permute it by " + java.util.Arrays.toString(permutation);
        }
    }

    record MovedNetwork(Network network, Symmetry symmetry) {
    }

    /** Networks with L ≥ 2 (at most 200 possible terms) and a symmetry of one hidden layer. */
    static Stream<Instance<MovedNetwork>> movedNetworks() {
        return Instances.of(60, r -> {
            Architecture d;
            do {
                d = RandomNetworks.architecture(r, 5, 4, 200);
            } while (d.depth() < 2);
            Weights w = weights(d, r);
            int k = 1 + r.nextInt(d.depth() - 1);
            BigFraction t = BigFraction.of(1 + r.nextInt(5), 1 + r.nextInt(5)).multiply(r.nextBoolean() ? 1 : -1);
            int neuron = 1 + r.nextInt(d.width(k));
            int[] perm = java.util.stream.IntStream.range(0, d.width(k)).boxed()
                    .sorted((x, y) -> r.nextInt(3) - 1).mapToInt(Integer::intValue).toArray();
            return new MovedNetwork(new Network(w, List.of()), new Symmetry(k, neuron, t, perm));
        });
    }

    /**
     * docs/theory.md §2 [paper/derived]: the closed form equals direct composition, exactly, and its
     * degrees are D_P and D_Q. At least 50 random architectures (L ≤ 5, widths ≤ 4).
     */
    @ParameterizedTest
    @MethodSource("networks")
    void closedFormEqualsDirectComposition(Instance<Network> instance) {
        Architecture d = instance.value().architecture();
        RationalNet<BigFraction> net = RationalNet.of(instance.value().weights());
        ClosedForm<BigFraction> cf;
        try {
            cf = net.closedForm();
        } catch (UndefinedNetworkException e) {
            abort("not a network: " + e.getMessage());
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
        for (List<BigFraction> x : instance.value().points()) {
            if (compared == 3) {
                break;
            }
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
        Weights w = weights(d, new Random(3));
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
    @ParameterizedTest
    @MethodSource("movedNetworks")
    void symmetriesLeaveTheFunctionUnchanged(Instance<MovedNetwork> instance) {
        Architecture d = instance.value().network().architecture();
        Symmetry s = instance.value().symmetry();
        RationalNet<BigFraction> net = RationalNet.of(instance.value().network().weights());
        ClosedForm<BigFraction> before;
        try {
            before = net.closedForm();
        } catch (UndefinedNetworkException e) {
            abort("not a network: " + e.getMessage());
            return;
        }
        RationalNet<BigFraction> moved = Symmetries.scaleNeuron(net, s.layer(), s.neuron(), s.scalar());
        moved = Symmetries.permuteLayer(moved, s.layer(), s.permutation());
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
