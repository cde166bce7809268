package org.rationalnets.algorithms.dimension;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.core.Activation;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.PoleException;
import org.rationalnets.core.RationalNet;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.PrimeField;
import org.rationalnets.exact.Rationals;

/** The backward passes for σ(t) = t^r: generic against primitive, and the torus fields in the kernel. */
class MonomialJacobianTest {

    private static final int[] EXPONENTS = {-3, -2, -1, 2, 3, 4};

    static Stream<Arguments> instances() {
        Random r = new Random(424_242L);
        return IntStream.range(0, 60).mapToObj(i -> Arguments.of(r.nextLong(), EXPONENTS[i % EXPONENTS.length]));
    }

    static Architecture architecture(SplittableRandom r) {
        int L = 1 + r.nextInt(4);
        int[] w = new int[L + 1];
        for (int k = 0; k <= L; k++) {
            w[k] = 1 + r.nextInt(3);
        }
        return Architecture.of(w);
    }

    @ParameterizedTest(name = "seed {0}, r = {1}")
    @MethodSource("instances")
    void primitiveAgreesWithGeneric(long seed, int exponent) {
        SplittableRandom r = new SplittableRandom(seed);
        Architecture d = architecture(r);
        long p = CertifiedDimension.DEFAULT_PRIME;
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
        RationalNet<Long> net = RationalNet.of(f, d, Activation.of(exponent), ws);
        ModularJacobian fast = new ModularJacobian(net);
        List<Long> x = new ArrayList<>();
        for (int i = 0; i < d.inputDimension(); i++) {
            x.add(1 + r.nextLong(p - 1));
        }
        String instance = "seed " + seed + ", r = " + exponent + ", d = " + d + ", x = " + x;
        try {
            List<List<Long>> slow = NetworkJacobian.rows(net, x);
            long[][] rows = fast.rows(x);
            for (int i = 0; i < rows.length; i++) {
                for (int c = 0; c < rows[i].length; c++) {
                    assertThat(rows[i][c]).as(instance).isEqualTo(slow.get(i).get(c));
                }
            }
        } catch (PoleException e) {
            assertThat(exponent).as(instance).isNegative();
        }
    }

    /**
     * docs/monomial.md §3: row j of W_k times λ and column j of W_{k+1} times λ^{−r} fixes f, so the field
     * δW_k[j,·] = W_k[j,·], δW_{k+1}[·,j] = −r W_{k+1}[·,j] lies in the kernel of the Jacobian (exactly, over Q).
     */
    @ParameterizedTest(name = "seed {0}, r = {1}")
    @MethodSource("instances")
    void torusFieldsLieInTheKernel(long seed, int exponent) {
        SplittableRandom r = new SplittableRandom(seed);
        Architecture d = architecture(r);
        List<Matrix<BigFraction>> ws = new ArrayList<>();
        for (int k = 1; k <= d.depth(); k++) {
            List<List<BigFraction>> rows = new ArrayList<>();
            for (int i = 0; i < d.width(k); i++) {
                List<BigFraction> row = new ArrayList<>();
                for (int j = 0; j < d.width(k - 1); j++) {
                    row.add(BigFraction.of(1 + r.nextInt(9), 1 + r.nextInt(3)));
                }
                rows.add(row);
            }
            ws.add(Matrix.of(Rationals.Q, rows));
        }
        RationalNet<BigFraction> net = RationalNet.of(Rationals.Q, d, Activation.of(exponent), ws);
        List<BigFraction> x = new ArrayList<>();
        for (int i = 0; i < d.inputDimension(); i++) {
            x.add(BigFraction.of(1 + r.nextInt(7)));
        }
        List<List<BigFraction>> jac = NetworkJacobian.rows(net, x); // positive weights and points: no pole
        int[] offset = new int[d.depth() + 1];
        for (int k = 1; k <= d.depth(); k++) {
            offset[k] = offset[k - 1] + d.width(k) * d.width(k - 1);
        }
        for (int k = 1; k < d.depth(); k++) {
            for (int j = 0; j < d.width(k); j++) {
                BigFraction[] v = new BigFraction[offset[d.depth()]];
                java.util.Arrays.fill(v, BigFraction.ZERO);
                for (int c = 0; c < d.width(k - 1); c++) {
                    v[offset[k - 1] + j * d.width(k - 1) + c] = ws.get(k - 1).get(j, c);
                }
                for (int i = 0; i < d.width(k + 1); i++) {
                    v[offset[k] + i * d.width(k) + j] = ws.get(k).get(i, j).multiply(-exponent);
                }
                for (List<BigFraction> row : jac) {
                    BigFraction s = BigFraction.ZERO;
                    for (int c = 0; c < v.length; c++) {
                        s = s.add(row.get(c).multiply(v[c]));
                    }
                    assertThat(s).as("seed " + seed + ", r = " + exponent + ", d = " + d + ", neuron (" + k + "," + (j + 1) + ")")
                            .isEqualTo(BigFraction.ZERO);
                }
            }
        }
        // and the Jacobian is not trivially zero: the last layer's entries are the activations
        assertThat(jac.get(0).subList(offset[d.depth() - 1], offset[d.depth() - 1] + d.width(d.depth() - 1)))
                .as("seed " + seed).doesNotContain(BigFraction.ZERO);
    }
}
