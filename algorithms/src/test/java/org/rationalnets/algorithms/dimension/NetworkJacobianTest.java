package org.rationalnets.algorithms.dimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.core.WeightsLiteral;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.PoleException;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.IncrementalRowEchelon;
import org.rationalnets.exact.Bareiss;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.PrimeField;
import org.rationalnets.exact.Rationals;
import org.rationalnets.core.instances.RandomNetworks;
import org.rationalnets.core.instances.RandomNetworks.Network;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;
import org.rationalnets.exact.instances.RandomPolynomials;

class NetworkJacobianTest {

    private static BigFraction q(long n, long d) {
        return BigFraction.of(n, d);
    }

    /** f = 5/(x1 + 2x2) + 6/(3x1 + 4x2) at x = (1, 1), derivatives by hand: ∂f/∂w_{1c} = −5x_c/9, ∂f/∂w_{2c} = −6x_c/49, ∂f/∂a_j = 1/ℓ_j. */
    @Test
    void shallowJacobianByHand() {
        Architecture d = Architecture.of(2, 2, 1);
        RationalNet<BigFraction> net = RationalNet.of(WeightsLiteral.parse(d, "[[[1,2],[3,4]],[[5,6]]]"));
        List<List<BigFraction>> j = NetworkJacobian.rows(net, List.of(BigFraction.ONE, BigFraction.ONE));
        assertThat(j).hasSize(1);
        assertThat(j.get(0)).containsExactly(q(-5, 9), q(-5, 9), q(-6, 49), q(-6, 49), q(1, 3), q(1, 7));
    }

    /**
     * (2,1,2,1) with W_1 = (2, −1), W_2 = (1, 3)ᵀ, W_3 = (4, 5), by hand: h = 2x1 − x2,
     * z2 = (1/h, 3/h), f = Σ_r (W_3)_r·h/(W_2)_r = 4h + 5h/3 = 17h/3.
     */
    @Test
    void widthOneJacobianByHand() {
        Architecture d = Architecture.of(2, 1, 2, 1);
        RationalNet<BigFraction> net = RationalNet.of(WeightsLiteral.parse(d, "[[[2,-1]],[[1],[3]],[[4,5]]]"));
        // f = (4/W2_1 + 5/W2_2)·h, h = 2x1 − x2; at x = (1, 2): h = 0 is a pole of σ
        assertThatThrownBy(() -> NetworkJacobian.rows(net, List.of(BigFraction.ONE, BigFraction.of(2))))
                .isInstanceOf(PoleException.class);
        // at x = (1, 1): h = 1; ∂f/∂W1 = (4/1 + 5/3)·(x1, x2) = (17/3, 17/3); ∂f/∂W2 = (−4/1, −5/9)·h; ∂f/∂W3 = h/W2 = (1, 1/3)
        List<BigFraction> row = NetworkJacobian.rows(net, List.of(BigFraction.ONE, BigFraction.ONE)).get(0);
        assertThat(row).containsExactly(q(17, 3), q(17, 3), q(-4, 1), q(-5, 9), q(1, 1), q(1, 3));
    }

    /**
     * f = 1/x1 + 1/x2 (docs/examples.md CF1: W_1 = I, W_2 = (1, 1)); parameters (w11, w12, w21, w22, a1, a2). At x = (1, 2):
     * ∂f/∂w_jc = −a_j x_c/ℓ_j², ∂f/∂a_j = 1/ℓ_j with ℓ = (1, 2): row (−1, −2, −1/4, −1/2, 1, 1/2); at x = (1, 1):
     * (−1, −1, −1, −1, 1, 1). With no points: a 0 × 6 matrix.
     */
    @Test
    void matrixStacksTheRowsOfEachPoint() {
        Architecture d = Architecture.of(2, 2, 1);
        RationalNet<BigFraction> net = RationalNet.of(WeightsLiteral.parse(d, "[[[1,0],[0,1]],[[1,1]]]"));
        Matrix<BigFraction> j = NetworkJacobian.matrix(net, List.of(List.of(q(1, 1), q(2, 1)), List.of(q(1, 1), q(1, 1))));
        assertThat(j.rows()).isEqualTo(2);
        assertThat(j.columns()).isEqualTo(6);
        List<BigFraction> first = new ArrayList<>();
        List<BigFraction> second = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            first.add(j.get(0, c));
            second.add(j.get(1, c));
        }
        assertThat(first).containsExactly(q(-1, 1), q(-2, 1), q(-1, 4), q(-1, 2), q(1, 1), q(1, 2));
        assertThat(second).containsExactly(q(-1, 1), q(-1, 1), q(-1, 1), q(-1, 1), q(1, 1), q(1, 1));
        Matrix<BigFraction> none = NetworkJacobian.matrix(net, List.of());
        assertThat(none.rows()).isZero();
        assertThat(none.columns()).isEqualTo(6);
    }

    /** Two outputs: f = (1/x1 + 2/x2, 3/x1 − 1/x2) at x = (1, 1); output i has ∂f_i/∂a_ij = 1/ℓ_j on its own row of W_2 only. */
    @Test
    void oneRowPerOutput() {
        Architecture d = Architecture.of(2, 2, 2);
        RationalNet<BigFraction> net = RationalNet.of(WeightsLiteral.parse(d, "[[[1,0],[0,1]],[[1,2],[3,-1]]]"));
        List<List<BigFraction>> rows = NetworkJacobian.rows(net, List.of(q(1, 1), q(1, 1)));
        // ∂f_i/∂w_jc = −a_ij x_c/ℓ_j² with ℓ = (1, 1)
        assertThat(rows).containsExactly(
                List.of(q(-1, 1), q(-1, 1), q(-2, 1), q(-2, 1), q(1, 1), q(1, 1), q(0, 1), q(0, 1)),
                List.of(q(-3, 1), q(-3, 1), q(1, 1), q(1, 1), q(0, 1), q(0, 1), q(1, 1), q(1, 1)));
    }

    /** L ≤ 4, widths 1..3, weights n/d with |n| ≤ 9, d ≤ 3, and one point with coordinates n/d, |n| ≤ 10, d ≤ 4. */
    static Stream<Instance<Network>> networksAtAPoint() {
        return Instances.of(60, r -> {
            Architecture d = RandomNetworks.architecture(r, 4, 3);
            return new Network(RandomNetworks.weights(d, r, 9, 3), List.of(RandomPolynomials.point(r, d.inputDimension(), 10, 4)));
        });
    }

    /** L ≤ 4, widths 1..3, integer weights in [−5, 5], and 24 integer points with coordinates in [−20, 20] (8 per prime). */
    static Stream<Instance<Network>> integerNetworks() {
        return Instances.of(40, r -> {
            Architecture d = RandomNetworks.architecture(r, 4, 3);
            Weights w = RandomNetworks.weights(d, r, 5, 1);
            List<List<BigFraction>> points = new ArrayList<>();
            for (int s = 0; s < 24; s++) {
                points.add(RandomPolynomials.point(r, d.inputDimension(), 20, 1));
            }
            return new Network(w, points);
        });
    }

    /**
     * Identities every correct Jacobian satisfies, independent of how it is computed: f is linear in
     * W_L (Euler: Σ w ∂f/∂w over W_L is f), homogeneous of degree (−1)^{L−1} in W_1, and invariant
     * under the torus (§4): scaling row j of W_k and column j of W_{k+1} by the same t leaves f
     * unchanged (σ(ty) = σ(y)/t), so Σ_row w ∂f/∂w + Σ_column w ∂f/∂w = 0.
     */
    @ParameterizedTest
    @MethodSource("networksAtAPoint")
    void eulerAndTorusIdentities(Instance<Network> instance) {
        Architecture d = instance.value().architecture();
        List<Matrix<BigFraction>> ws = instance.value().weights().matrices();
        RationalNet<BigFraction> net = RationalNet.of(Rationals.Q, d, ws);
        List<BigFraction> x = instance.value().points().get(0);
        List<List<BigFraction>> j;
        List<BigFraction> f;
        try {
            f = net.evaluate(x);
            j = NetworkJacobian.rows(net, x);
        } catch (PoleException e) {
            return; // not a point of definition: nothing to check
        }
        int[] offset = new int[d.depth() + 1];
        for (int k = 1; k <= d.depth(); k++) {
            offset[k] = offset[k - 1] + d.width(k) * d.width(k - 1);
        }
        for (int i = 0; i < d.outputDimension(); i++) {
            List<BigFraction> row = j.get(i);
            assertThat(row).hasSize((int) d.parameterCount());
            BigFraction last = BigFraction.ZERO;
            for (int t = offset[d.depth() - 1]; t < offset[d.depth()]; t++) {
                last = last.add(weight(ws, offset, d, t).multiply(row.get(t)));
            }
            assertThat(last).as("Euler in W_L").isEqualTo(f.get(i));
            BigFraction first = BigFraction.ZERO;
            for (int t = 0; t < offset[1]; t++) {
                first = first.add(weight(ws, offset, d, t).multiply(row.get(t)));
            }
            BigFraction expected = d.depth() % 2 == 1 ? f.get(i) : f.get(i).negate();
            assertThat(first).as("Euler in W_1").isEqualTo(expected);
            for (int k = 1; k < d.depth(); k++) {
                for (int neuron = 0; neuron < d.width(k); neuron++) {
                    BigFraction s = BigFraction.ZERO;
                    for (int c = 0; c < d.width(k - 1); c++) {
                        int t = offset[k - 1] + neuron * d.width(k - 1) + c;
                        s = s.add(weight(ws, offset, d, t).multiply(row.get(t)));
                    }
                    for (int rr = 0; rr < d.width(k + 1); rr++) {
                        int t = offset[k] + rr * d.width(k) + neuron;
                        s = s.add(weight(ws, offset, d, t).multiply(row.get(t)));
                    }
                    assertThat(s.signum()).as("torus at neuron (%d,%d)", k, neuron + 1).isZero();
                }
            }
        }
    }

    private static BigFraction weight(List<Matrix<BigFraction>> ws, int[] offset, Architecture d, int t) {
        int k = 1;
        while (t >= offset[k]) {
            k++;
        }
        int local = t - offset[k - 1];
        return ws.get(k - 1).get(local / d.width(k - 1), local % d.width(k - 1));
    }

    /** The Jacobian over F_p is the reduction of the one over Q: rank mod p ≤ rank over Q, for the same integer point. */
    @ParameterizedTest
    @MethodSource("integerNetworks")
    void modularRankNeverExceedsExactRank(Instance<Network> instance) {
        Architecture d = instance.value().architecture();
        Weights w = instance.value().weights();
        java.util.Iterator<List<BigFraction>> points = instance.value().points().iterator();
        RationalNet<BigFraction> overQ = RationalNet.of(w);
        for (long p : new long[] {3, 7, CertifiedDimension.DEFAULT_PRIME}) {
            PrimeField f = PrimeField.of(p);
            RationalNet<Long> overP = RationalNet.of(w, f);
            List<List<BigFraction>> pointsQ = new ArrayList<>();
            List<List<Long>> pointsP = new ArrayList<>();
            for (int s = 0; s < 8; s++) {
                List<BigFraction> xq = points.next();
                List<Long> xp = xq.stream().map(f::fromRational).toList();
                try {
                    overP.evaluate(xp); // defined mod p implies defined over Q
                    pointsQ.add(xq);
                    pointsP.add(xp);
                } catch (PoleException e) {
                    // a pole mod p: this point is not used for either rank
                }
            }
            if (pointsQ.isEmpty()) {
                continue;
            }
            int exact = Bareiss.rank(NetworkJacobian.matrix(overQ, pointsQ));
            Matrix<Long> jp = NetworkJacobian.matrix(overP, pointsP);
            int generic = jp.rank();
            long[][] dense = new long[jp.rows()][jp.columns()];
            for (int i = 0; i < jp.rows(); i++) {
                for (int c = 0; c < jp.columns(); c++) {
                    dense[i][c] = jp.get(i, c);
                }
            }
            assertThat(IncrementalRowEchelon.rank(dense, p)).as("p %d", p).isEqualTo(generic);
            assertThat(generic).as("p %d", p).isLessThanOrEqualTo(exact);
        }
    }
}
