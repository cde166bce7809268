package org.rationalnets.algorithms.dimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rationalnets.core.WeightsLiteral;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.PoleException;
import org.rationalnets.core.RationalNet;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.PrimeField;
import org.rationalnets.exact.Rationals;
import org.rationalnets.core.instances.RandomNetworks;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;

class ModularJacobianTest {

    private static final long[] PRIMES = {3L, 101L, CertifiedDimension.DEFAULT_PRIME, PrimeField.LARGEST_31_BIT_PRIME};

    /** A network over F_p (weights as rows of residues, matrix by matrix) and three points of F_p^{d_0}. */
    record ModularNetwork(Architecture architecture, long p, List<List<List<Long>>> weights, List<List<Long>> points) {
    }

    /** L ≤ 4, widths 1..4, uniform residues. */
    static Stream<Instance<ModularNetwork>> modularNetworks() {
        return Instances.of(150, r -> {
            Architecture d = RandomNetworks.architecture(r, 4, 4);
            long p = PRIMES[r.nextInt(PRIMES.length)];
            List<List<List<Long>>> ws = new ArrayList<>();
            for (int k = 1; k <= d.depth(); k++) {
                ws.add(residues(r, d.width(k), d.width(k - 1), p));
            }
            return new ModularNetwork(d, p, ws, residues(r, 3, d.inputDimension(), p));
        });
    }

    private static List<List<Long>> residues(Random r, int rows, int columns, long p) {
        List<List<Long>> m = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            m.add(r.longs(columns, 0, p).boxed().toList());
        }
        return m;
    }

    /** The primitive backward pass equals the generic one over PrimeField, entry by entry, or both hit the same pole. */
    @ParameterizedTest
    @MethodSource("modularNetworks")
    void agreesWithTheGenericBackwardPass(Instance<ModularNetwork> instance) {
        Architecture d = instance.value().architecture();
        PrimeField f = PrimeField.of(instance.value().p());
        List<Matrix<Long>> ws = instance.value().weights().stream().map(rows -> Matrix.of(f, rows)).toList();
        RationalNet<Long> net = RationalNet.of(f, d, ws);
        ModularJacobian fast = new ModularJacobian(net);
        for (List<Long> x : instance.value().points()) {
            List<List<Long>> slow;
            try {
                slow = NetworkJacobian.rows(net, x);
            } catch (PoleException e) {
                assertThatThrownBy(() -> fast.rows(x)).isInstanceOf(PoleException.class);
                continue;
            }
            long[][] got = fast.rows(x);
            assertThat(got.length).isEqualTo(slow.size());
            for (int i = 0; i < got.length; i++) {
                List<Long> boxed = new ArrayList<>();
                for (long v : got[i]) {
                    boxed.add(v);
                }
                assertThat(boxed).as("output %d", i + 1).isEqualTo(slow.get(i));
            }
        }
    }

    @Test
    void onlyOverPrimeFields() {
        Architecture d = Architecture.of(2, 2, 1);
        RationalNet<?> overQ = RationalNet.of(WeightsLiteral.parse(d, "[[[1,0],[0,1]],[[1,1]]]"));
        @SuppressWarnings("unchecked")
        RationalNet<Long> wrong = (RationalNet<Long>) (RationalNet<?>) overQ;
        assertThatThrownBy(() -> new ModularJacobian(wrong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("F_p");
        assertThat(Rationals.Q.characteristic().signum()).isZero();
    }
}
