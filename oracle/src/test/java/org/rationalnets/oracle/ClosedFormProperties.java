package org.rationalnets.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.Degrees;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.Symmetries;
import org.rationalnets.core.UndefinedNetworkException;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Polynomial;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.core.instances.RandomNetworks;
import org.rationalnets.core.instances.RandomNetworks.Network;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;
import org.rationalnets.exact.instances.RandomPolynomials;

/** docs/theory.md §2 (closed form, degrees) and §4 (symmetries) as properties over random architectures and weights. */
class ClosedFormProperties {

    /** L ≤ 5, widths ≤ 4, expansions of at most 300 monomials per polynomial, three points. */
    static Stream<Instance<Network>> networks() {
        return Instances.of(120, r -> RandomNetworks.network(r, RandomNetworks.architecture(r, 5, 4, 300), 3));
    }

    /** Direct composition W_L σ(… σ(W_1 x)), written here from the definition (§1), not with the library's evaluator. */
    private static List<BigFraction> compose(Weights w, List<BigFraction> x) {
        List<BigFraction> y = x;
        for (int k = 1; k <= w.architecture().depth(); k++) {
            if (k > 1) {
                List<BigFraction> s = new ArrayList<>();
                for (BigFraction v : y) {
                    if (v.signum() == 0) {
                        return null;
                    }
                    s.add(v.reciprocal());
                }
                y = s;
            }
            Matrix<BigFraction> m = w.matrix(k);
            List<BigFraction> next = new ArrayList<>();
            for (int i = 0; i < m.rows(); i++) {
                BigFraction sum = BigFraction.ZERO;
                for (int j = 0; j < m.columns(); j++) {
                    sum = sum.add(m.get(i, j).multiply(y.get(j)));
                }
                next.add(sum);
            }
            y = next;
        }
        return y;
    }

    @ParameterizedTest
    @MethodSource("networks")
    @DisplayName("§2 closed form [paper for widths ≥ 2; derived for all widths]: f_W(x) = (P_1(x), …, P_dL(x)) / Q(x), "
            + "exactly, against layer-by-layer composition at random rational points (L ≤ 5, widths ≤ 4)")
    void closedFormEqualsComposition(Instance<Network> instance) {
        Network c = instance.value();
        ClosedForm<BigFraction> cf;
        try {
            cf = RationalNet.of(c.weights()).closedForm();
        } catch (UndefinedNetworkException e) {
            // §1: then a hidden pre-activation is the zero function, so composition has a pole everywhere
            for (List<BigFraction> x : c.points()) {
                assertThat(compose(c.weights(), x)).as("undefined network %s evaluates at %s", c, x).isNull();
            }
            return;
        }
        for (List<BigFraction> x : c.points()) {
            List<BigFraction> direct = compose(c.weights(), x);
            BigFraction q = cf.denominator().evaluate(x);
            if (direct == null || q.signum() == 0) {
                continue;
            }
            for (int i = 0; i < direct.size(); i++) {
                assertThat(cf.numerators().get(i).evaluate(x).divide(q)).as("output %d of %s", i + 1, c).isEqualTo(direct.get(i));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("networks")
    @DisplayName("§2 degrees [derived]: p^(k) has degree e_k = Π_{t<k}(d_t − 1); P is a form of degree D_P, Q of degree D_Q, "
            + "D_P − D_Q = (−1)^(L−1), and amb(d) + 1 coordinates")
    void degreeFormulas(Instance<Network> instance) {
        Network c = instance.value();
        Architecture d = c.architecture();
        int[] w = d.widths();
        int L = d.depth();
        long[] e = new long[L + 1];
        long[] cc = new long[L + 1];
        e[1] = 1;
        for (int k = 2; k <= L; k++) {
            e[k] = e[k - 1] * (w[k - 1] - 1);
            cc[k] = w[k - 1] * e[k - 1];
        }
        long dp = e[L];
        long dq = 0;
        for (int t = L - 1; t >= 0; t -= 2) {
            dp += cc[t];
        }
        for (int t = L; t >= 0; t -= 2) {
            dq += cc[t];
        }
        Degrees g = d.degrees();
        assertThat(g.numeratorDegree()).isEqualTo(dp);
        assertThat(g.denominatorDegree()).isEqualTo(dq);
        assertThat(dp - dq).isEqualTo(L % 2 == 1 ? 1 : -1);
        assertThat(d.ambientSpace().coordinateNames()).hasSize(d.ambientSpace().dimension().intValueExact() + 1);
        ClosedForm<BigFraction> cf;
        try {
            cf = RationalNet.of(c.weights()).closedForm();
        } catch (UndefinedNetworkException ex) {
            return;
        }
        assertThat(cf.denominator().isHomogeneous()).isTrue();
        assertThat((long) cf.denominator().degree()).isEqualTo(dq);
        for (Polynomial<BigFraction> p : cf.numerators()) {
            if (!p.isZero()) {
                assertThat(p.isHomogeneous()).isTrue();
                assertThat((long) p.degree()).as("%s", c).isEqualTo(dp);
            }
        }
    }

    /** A network (L ≥ 2, at most 200 monomials), a choice of hidden neuron, a nonzero scalar and the seed of a permutation. */
    record Move(Network network, int neuronChoice, BigFraction scalar, long permutationSeed) {
    }

    static Stream<Instance<Move>> moves() {
        return Instances.of(80, r -> {
            Architecture d;
            do {
                d = RandomNetworks.architecture(r, 5, 4, 200);
            } while (d.depth() < 2);
            return new Move(RandomNetworks.network(r, d, 3), r.nextInt(1001), RandomPolynomials.nonzeroRational(r, 6, 4), r.nextLong());
        });
    }

    @ParameterizedTest
    @MethodSource("moves")
    @DisplayName("§4 symmetries [derived]: scaling row j of W_k and column j of W_(k+1) by t ≠ 0, and permuting the neurons of "
            + "a hidden layer, leave f_W unchanged")
    void symmetriesLeaveTheFunctionUnchanged(Instance<Move> instance) {
        Move m = instance.value();
        Network c = m.network();
        Architecture d = c.architecture();
        RationalNet<BigFraction> net = RationalNet.of(c.weights());
        ClosedForm<BigFraction> before;
        try {
            before = net.closedForm();
        } catch (UndefinedNetworkException e) {
            return;
        }
        int k = 1 + m.neuronChoice() % (d.depth() - 1);
        int j = 1 + (m.neuronChoice() / 7) % d.width(k);
        RationalNet<BigFraction> moved = Symmetries.scaleNeuron(net, k, j, m.scalar());
        int[] perm = permutation(d.width(k), m.permutationSeed());
        moved = Symmetries.permuteLayer(moved, k, perm);
        ClosedForm<BigFraction> after = moved.closedForm();
        for (int i = 0; i < d.outputDimension(); i++) {
            // P_i/Q = P'_i/Q' as rational functions
            assertThat(before.numerators().get(i).multiply(after.denominator()))
                    .as("output %d of %s after scaling neuron (%d,%d) by %s and permuting %s", i + 1, c, k, j, m.scalar(),
                            java.util.Arrays.toString(perm))
                    .isEqualTo(after.numerators().get(i).multiply(before.denominator()));
        }
    }

    private static int[] permutation(int n, long seed) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        java.util.Random r = new java.util.Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int s = r.nextInt(i + 1);
            int t = p[i];
            p[i] = p[s];
            p[s] = t;
        }
        return p;
    }
}
