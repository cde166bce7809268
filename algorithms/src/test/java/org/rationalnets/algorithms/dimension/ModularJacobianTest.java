package org.rationalnets.algorithms.dimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.rationalnets.core.WeightsLiteral;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.PoleException;
import org.rationalnets.core.RationalNet;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.PrimeField;
import org.rationalnets.exact.Rationals;

class ModularJacobianTest {

    @Provide
    Arbitrary<Architecture> architectures() {
        return Arbitraries.integers().between(1, 4).list().ofMinSize(2).ofMaxSize(5)
                .map(l -> Architecture.of(l.stream().mapToInt(i -> i).toArray()));
    }

    @Provide
    Arbitrary<Long> primes() {
        return Arbitraries.of(3L, 101L, CertifiedDimension.DEFAULT_PRIME, PrimeField.LARGEST_31_BIT_PRIME);
    }

    /** The primitive backward pass equals the generic one over PrimeField, entry by entry, or both hit the same pole. */
    @Property(tries = 150)
    void agreesWithTheGenericBackwardPass(@ForAll("architectures") Architecture d, @ForAll("primes") long p, @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        PrimeField f = PrimeField.of(p);
        List<Matrix<Long>> ws = new ArrayList<>();
        for (int k = 1; k <= d.depth(); k++) {
            List<List<Long>> rows = new ArrayList<>();
            for (int i = 0; i < d.width(k); i++) {
                List<Long> row = new ArrayList<>();
                for (int j = 0; j < d.width(k - 1); j++) {
                    row.add(r.nextLong(p));
                }
                rows.add(row);
            }
            ws.add(Matrix.of(f, rows));
        }
        RationalNet<Long> net = RationalNet.of(f, d, ws);
        ModularJacobian fast = new ModularJacobian(net);
        for (int s = 0; s < 3; s++) {
            List<Long> x = new ArrayList<>();
            for (int i = 0; i < d.inputDimension(); i++) {
                x.add(r.nextLong(p));
            }
            List<List<Long>> slow;
            try {
                slow = NetworkJacobian.rows(net, x);
            } catch (PoleException e) {
                assertThatThrownBy(() -> fast.rows(x)).as("seed %d", seed).isInstanceOf(PoleException.class);
                continue;
            }
            long[][] got = fast.rows(x);
            assertThat(got.length).isEqualTo(slow.size());
            for (int i = 0; i < got.length; i++) {
                List<Long> boxed = new ArrayList<>();
                for (long v : got[i]) {
                    boxed.add(v);
                }
                assertThat(boxed).as("seed %d, output %d", seed, i + 1).isEqualTo(slow.get(i));
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
