package org.rationalnets.algorithms.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;

/**
 * Tuple membership over Q against brute force. Inputs are built from a pool of four pairwise
 * non-proportional rational linear forms, with random multiplicities (so repeated factors, squares and
 * impossible groupings are common). For {@code P ≠ 0} every row of {@code A_1 … A_{L−1}} of a network
 * with that closed form is a factor of {@code Q} or of the common factor of the {@code P_i}, hence in the
 * pool; so enumerating every sequence of pool quadrics {@code m_1 … m_{L−1}} (squares only as a rank-one
 * tail of one form) decides membership independently of the multiplicity criteria of the code under test.
 */
class DeepBinaryMembershipProperties {

    private static final List<Polynomial<BigFraction>> POOL = List.of(
            PolynomialParser.parse("x1", 2), PolynomialParser.parse("x2", 2),
            PolynomialParser.parse("x1 + x2", 2), PolynomialParser.parse("x1 - x2", 2));

    /**
     * Numerators P, denominator Q on an architecture, the mode, the seed of the algorithm's random choices
     * and, for tuples, how many times Q has each pool form as a factor.
     */
    record Candidate(Architecture architecture, MembershipResult.Mode mode, List<Polynomial<BigFraction>> p, Polynomial<BigFraction> q,
                     long seed, int[] qCount) {
        @Override
        public String toString() {
            return architecture + " " + mode + " P = " + p + ", Q = " + q + " (algorithm seed " + seed + ")";
        }
    }

    /** L ∈ 3..5, d_L ∈ {1, 2}: Q a product of 2b pool forms, P_i = c·u_i·ℓ_i with c a product of 2a pool forms. */
    static Stream<Instance<Candidate>> tuples() {
        return Instances.of(80, random -> {
            int depth = 3 + random.nextInt(3);
            int dL = 1 + random.nextInt(2);
            int a = (depth - 1) / 2;
            int b = depth / 2;
            int[] widths = new int[depth + 1];
            java.util.Arrays.fill(widths, 2);
            widths[depth] = dL;
            Architecture d = Architecture.of(widths);
            // Q: 2b pool forms; C: 2a pool forms; outputs u_i ℓ_i with ℓ_i in the pool
            int[] qCount = new int[POOL.size()];
            Polynomial<BigFraction> q = Polynomial.constant(Rationals.Q, 2, BigFraction.ONE);
            for (int i = 0; i < 2 * b; i++) {
                int f = skewed(random);
                qCount[f]++;
                q = q.multiply(POOL.get(f));
            }
            Polynomial<BigFraction> c = Polynomial.constant(Rationals.Q, 2, BigFraction.of(1 + random.nextInt(3)));
            for (int i = 0; i < 2 * a; i++) {
                c = c.multiply(POOL.get(skewed(random)));
            }
            int shared = random.nextInt(POOL.size());
            List<Polynomial<BigFraction>> p = new ArrayList<>();
            for (int i = 0; i < dL; i++) {
                int f = random.nextInt(3) == 0 ? random.nextInt(POOL.size()) : shared;
                p.add(c.multiply(POOL.get(f)).scale(BigFraction.of(1 + random.nextInt(4), 1 + random.nextInt(2))));
            }
            return new Candidate(d, MembershipResult.Mode.TUPLE, p, q, random.nextLong(), qCount);
        });
    }

    @ParameterizedTest
    @MethodSource("tuples")
    void tupleMembershipAgreesWithBruteForce(Instance<Candidate> instance) {
        Architecture d = instance.value().architecture();
        List<Polynomial<BigFraction>> p = instance.value().p();
        Polynomial<BigFraction> q = instance.value().q();
        long seed = instance.value().seed();
        boolean expected = bruteForce(d.depth(), instance.value().qCount(), p);
        MembershipResult r = DeepBinaryMembership.decide(MembershipInput.of(d, MembershipResult.Mode.TUPLE, p, q),
                EnumSet.allOf(GroundField.class), seed);
        assertThat(r.answer(GroundField.Q)).as("seed %d: %s P = %s, Q = %s: %s", seed, d, p, q, r.reason()).isEqualTo(Answer.of(expected));
        assertThat(r.answer(GroundField.C)).as("seed %d: rational factors, so C agrees with Q", seed).isEqualTo(Answer.of(expected));
    }

    /** Pool index, biased towards x1 so that high multiplicities occur. */
    private static int skewed(Random random) {
        return random.nextInt(2) == 0 ? 0 : random.nextInt(POOL.size());
    }

    static boolean bruteForce(int depth, int[] qCount, List<Polynomial<BigFraction>> p) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < POOL.size(); i++) {
            for (int j = i; j < POOL.size(); j++) {
                pairs.add(new int[] {i, j});
            }
        }
        int n = depth - 1;
        int[] idx = new int[n];
        long total = (long) Math.pow(pairs.size(), n);
        for (long code = 0; code < total; code++) {
            long c = code;
            for (int k = 0; k < n; k++) {
                idx[k] = (int) (c % pairs.size());
                c /= pairs.size();
            }
            if (accepts(depth, pairs, idx, qCount, p)) {
                return true;
            }
        }
        return false;
    }

    /** m_k = pairs[idx[k−1]]; K_Q = {L−1, L−3, …}. */
    private static boolean accepts(int depth, List<int[]> pairs, int[] idx, int[] qCount, List<Polynomial<BigFraction>> p) {
        int n = depth - 1;
        int tailForm = -1;
        for (int k = 1; k <= n; k++) {
            int[] m = pairs.get(idx[k - 1]);
            boolean square = m[0] == m[1];
            if (tailForm >= 0 && !(square && m[0] == tailForm)) {
                return false; // after a rank-one A_k every later A_k is rank one along the same form
            }
            if (square) {
                tailForm = m[0];
            }
        }
        int[] dCount = new int[POOL.size()];
        Polynomial<BigFraction> nProduct = Polynomial.constant(Rationals.Q, 2, BigFraction.ONE);
        for (int k = 1; k <= n; k++) {
            int[] m = pairs.get(idx[k - 1]);
            if ((depth - 1 - k) % 2 == 0) {
                dCount[m[0]]++;
                dCount[m[1]]++;
            } else {
                nProduct = nProduct.multiply(POOL.get(m[0])).multiply(POOL.get(m[1]));
            }
        }
        if (!java.util.Arrays.equals(dCount, qCount)) {
            return false;
        }
        for (Polynomial<BigFraction> pi : p) {
            if (pi.isZero()) {
                continue;
            }
            if (!pi.isDivisibleBy(nProduct)) {
                return false;
            }
            Polynomial<BigFraction> lin = pi.divideExact(nProduct);
            if (lin.degree() != 1) {
                return false;
            }
            if (tailForm >= 0) {
                Polynomial<BigFraction> ell = POOL.get(tailForm);
                BigFraction c1 = lin.coefficient(Monomial.of(1, 0));
                BigFraction c2 = lin.coefficient(Monomial.of(0, 1));
                BigFraction e1 = ell.coefficient(Monomial.of(1, 0));
                BigFraction e2 = ell.coefficient(Monomial.of(0, 1));
                if (c1.multiply(e2).subtract(c2.multiply(e1)).signum() != 0) {
                    return false; // A_L = u ℓᵀ after a rank-one A_{L−1}
                }
            }
        }
        return true;
    }

    /**
     * The pool plus three forms that divide nothing in the inputs: enough for the cancelled factors of
     * function mode when L ≤ 4 (at most two) and a direction ℓ of A_L outside the inputs.
     */
    private static final List<Polynomial<BigFraction>> POOL_AND_FRESH = List.of(POOL.get(0), POOL.get(1), POOL.get(2), POOL.get(3),
            PolynomialParser.parse("x1 + 2*x2", 2), PolynomialParser.parse("x1 - 2*x2", 2), PolynomialParser.parse("x1 + 3*x2", 2));

    /**
     * Function membership over Q against brute force, for L ∈ {3, 4} (at most one numerator quadric, so
     * at most two cancelled factors): every sequence of quadrics over the pool and three fresh forms, with
     * {@code A_L x = P·ΠD / (Q·ΠN)} required to be linear (and along ℓ after a rank-one tail).
     */
    static Stream<Instance<Candidate>> functions() {
        return Instances.of(25, random -> {
            int depth = 3 + random.nextInt(2);
            int dL = 1 + random.nextInt(2);
            int[] widths = new int[depth + 1];
            java.util.Arrays.fill(widths, 2);
            widths[depth] = dL;
            Architecture d = Architecture.of(widths);
            int sign = depth % 2 == 0 ? -1 : 1; // deg f = (−1)^{L−1}
            int denDegree = 1 + random.nextInt(2 * (depth / 2) + 1);
            Polynomial<BigFraction> q = Polynomial.constant(Rationals.Q, 2, BigFraction.ONE);
            for (int i = 0; i < denDegree; i++) {
                q = q.multiply(POOL.get(skewed(random)));
            }
            int commonDegree = denDegree + sign - 1;
            Polynomial<BigFraction> c = Polynomial.constant(Rationals.Q, 2, BigFraction.of(1 + random.nextInt(3)));
            for (int i = 0; i < commonDegree; i++) {
                c = c.multiply(POOL.get(skewed(random)));
            }
            int shared = random.nextInt(POOL.size());
            List<Polynomial<BigFraction>> p = new ArrayList<>();
            for (int i = 0; i < dL; i++) {
                int f = random.nextInt(3) == 0 ? random.nextInt(POOL.size()) : shared;
                p.add(c.multiply(POOL.get(f)).scale(BigFraction.of(1 + random.nextInt(4))));
            }
            return new Candidate(d, MembershipResult.Mode.FUNCTION, p, q, random.nextLong(), new int[0]);
        });
    }

    @ParameterizedTest
    @MethodSource("functions")
    @Tag("slow")
    void functionMembershipAgreesWithBruteForce(Instance<Candidate> instance) {
        Architecture d = instance.value().architecture();
        List<Polynomial<BigFraction>> p = instance.value().p();
        Polynomial<BigFraction> q = instance.value().q();
        long seed = instance.value().seed();
        boolean expected = bruteForceFunction(d.depth(), p, q);
        MembershipResult r = DeepBinaryMembership.decide(MembershipInput.of(d, MembershipResult.Mode.FUNCTION, p, q),
                EnumSet.of(GroundField.Q), seed);
        assertThat(r.answer(GroundField.Q)).as("seed %d: %s f = %s / %s: %s", seed, d, p, q, r.reason()).isEqualTo(Answer.of(expected));
    }

    static boolean bruteForceFunction(int depth, List<Polynomial<BigFraction>> p, Polynomial<BigFraction> q) {
        List<Polynomial<BigFraction>> pool = POOL_AND_FRESH;
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            for (int j = i; j < pool.size(); j++) {
                pairs.add(new int[] {i, j});
            }
        }
        int n = depth - 1;
        long total = (long) Math.pow(pairs.size(), n);
        for (long code = 0; code < total; code++) {
            long rest = code;
            int[][] m = new int[n][];
            for (int k = 0; k < n; k++) {
                m[k] = pairs.get((int) (rest % pairs.size()));
                rest /= pairs.size();
            }
            int tailForm = -1;
            boolean chain = true;
            for (int k = 0; k < n && chain; k++) {
                boolean square = m[k][0] == m[k][1];
                chain = tailForm < 0 || (square && m[k][0] == tailForm);
                if (square) {
                    tailForm = m[k][0];
                }
            }
            if (!chain) {
                continue;
            }
            Polynomial<BigFraction> dProduct = Polynomial.constant(Rationals.Q, 2, BigFraction.ONE);
            Polynomial<BigFraction> nProduct = dProduct;
            for (int k = 1; k <= n; k++) {
                Polynomial<BigFraction> mk = pool.get(m[k - 1][0]).multiply(pool.get(m[k - 1][1]));
                if ((depth - 1 - k) % 2 == 0) {
                    dProduct = dProduct.multiply(mk);
                } else {
                    nProduct = nProduct.multiply(mk);
                }
            }
            boolean ok = true;
            for (Polynomial<BigFraction> pi : p) {
                Polynomial<BigFraction> top = pi.multiply(dProduct);
                Polynomial<BigFraction> bottom = q.multiply(nProduct);
                if (!top.isDivisibleBy(bottom)) {
                    ok = false;
                    break;
                }
                Polynomial<BigFraction> lin = top.divideExact(bottom);
                if (!lin.isZero() && lin.degree() != 1) {
                    ok = false;
                    break;
                }
                if (tailForm >= 0 && !lin.isZero()) {
                    Polynomial<BigFraction> ell = pool.get(tailForm);
                    BigFraction cross = lin.coefficient(Monomial.of(1, 0)).multiply(ell.coefficient(Monomial.of(0, 1)))
                            .subtract(lin.coefficient(Monomial.of(0, 1)).multiply(ell.coefficient(Monomial.of(1, 0))));
                    ok = cross.signum() == 0;
                    if (!ok) {
                        break;
                    }
                }
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> SHALLOW_DENOMINATORS = List.of("x1*x2", "x1^2", "x1^2 + x2^2", "x1^2 - 2*x2^2",
            "(x1 + x2)*(x1 - 3*x2)", "x2^2", "(x1 + x3)*x2", "x3^2", "x1*x3 - x2^2");

    /** L = 2, n ∈ {2, 3}: Q from a list of denominators, P linear forms with small integer coefficients, either mode. */
    static Stream<Instance<Candidate>> oneHiddenLayer() {
        return Instances.of(60, random -> {
            int n = 2 + random.nextInt(2);
            int dL = 1 + random.nextInt(2);
            Architecture d = Architecture.of(n, 2, dL);
            String qText = SHALLOW_DENOMINATORS.get(random.nextInt(n == 2 ? 6 : SHALLOW_DENOMINATORS.size()));
            Polynomial<BigFraction> q = PolynomialParser.parse(qText, n);
            boolean function = random.nextBoolean();
            List<Polynomial<BigFraction>> p = new ArrayList<>();
            for (int i = 0; i < dL; i++) {
                List<BigFraction> c = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    c.add(BigFraction.of(random.nextInt(2) == 0 ? 0 : random.nextInt(7) - 3));
                }
                p.add(Polynomial.linearForm(Rationals.Q, c));
            }
            if (p.stream().allMatch(Polynomial::isZero)) {
                p.set(0, PolynomialParser.parse("x1", n));
            }
            MembershipResult.Mode mode = function ? MembershipResult.Mode.FUNCTION : MembershipResult.Mode.TUPLE;
            return new Candidate(d, mode, p, q, random.nextLong(), new int[0]);
        });
    }

    /**
     * For L = 2 the deep binary algorithm (groupings into one quadric) and ShallowMembership (partial
     * fractions, docs/theory.md §6) are independent: wherever both answer, they agree, in both modes and in the closure.
     */
    @ParameterizedTest
    @MethodSource("oneHiddenLayer")
    void agreesWithShallowMembershipForOneHiddenLayer(Instance<Candidate> instance) {
        Architecture d = instance.value().architecture();
        List<Polynomial<BigFraction>> p = instance.value().p();
        Polynomial<BigFraction> q = instance.value().q();
        long seed = instance.value().seed();
        MembershipResult.Mode mode = instance.value().mode();
        boolean function = mode == MembershipResult.Mode.FUNCTION;
        MembershipInput in = MembershipInput.of(d, mode, p, q);
        MembershipResult deep = DeepBinaryMembership.decide(in, EnumSet.allOf(GroundField.class), seed);
        MembershipResult shallow = ShallowMembership.decide(in, EnumSet.allOf(GroundField.class), seed);
        for (GroundField f : GroundField.values()) {
            if (deep.answer(f) != Answer.UNKNOWN && shallow.answer(f) != Answer.UNKNOWN) {
                assertThat(deep.answer(f)).as("seed %d, %s %s over %s: P = %s, Q = %s; deep: %s; shallow: %s", seed, d, mode, f, p, q,
                        deep.reason(), shallow.reason()).isEqualTo(shallow.answer(f));
            }
        }
        if (!function && deep.closure() != Answer.UNKNOWN && shallow.closure() != Answer.UNKNOWN) {
            assertThat(deep.closure()).as("seed %d, closure of %s: P = %s, Q = %s", seed, d, p, q)
                    .isEqualTo(shallow.closure());
        }
    }
}
