package org.rationalnets.algorithms.equations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.Rationals;

/**
 * The certificate and the shape of the basis returned by {@link NeurovarietyEquations#inDegree}, the
 * modular lift on hand-made evaluation matrices, the exact verifier, and the symbolic
 * parametrisation, each against values worked by hand.
 */
class EquationsCertificateTest {

    private static final long P1 = 2_147_483_647L;
    /** The primes below P1, by trial division outside this project: 2147483629, 2147483587. */
    private static final long P2 = 2_147_483_629L;
    private static final long P3 = 2_147_483_587L;

    /** Computed in each test, not cached in a static field: PIT mutates classes after static initialisation. */
    private static EquationsResult threeTwoOne() {
        return NeurovarietyEquations.inDegree(Architecture.of(3, 2, 1), 3, 7);
    }

    /**
     * (3,2,1): amb = 3 + 6 − 1 = 8, so 9 coordinates and C(11, 3) = 165 cubic monomials; the 4 cubics of
     * docs/examples.md leave rank 161; #params − tor = 8 − 2 = 6 weight variables. The largest multidegree blocks
     * have 6 monomials, e.g. x-degree (2,2,1) with one P-factor: P1[1,0,0]·{Q110·Q011, Q020·Q101},
     * P1[0,1,0]·{Q200·Q011, Q110·Q101}, P1[0,0,1]·{Q200·Q020, Q110²}; so 6 + 12 samples.
     */
    @Test
    void certificateOfThreeTwoOneInDegreeThree() {
        EquationsResult r = threeTwoOne();
        EquationsResult.Certificate c = r.certificate();
        assertThat(r.certified()).isTrue();
        assertThat(c.monomials()).isEqualTo(165);
        assertThat(c.samples()).isEqualTo(6 + NeurovarietyEquations.SLACK);
        assertThat(c.largestBlock()).isEqualTo(6);
        assertThat(c.seed()).as("the first sample set uses the seed itself").isEqualTo(7);
        assertThat(c.attempts()).isEqualTo(1);
        assertThat(c.weightVariables()).isEqualTo(6);
        assertThat(c.rankPrime()).isEqualTo(P1);
        assertThat(c.rankModP()).isEqualTo(161);
        assertThat(c.upperBound()).isEqualTo(4);
        assertThat(c.candidates()).isEqualTo(4);
        assertThat(c.verified()).isEqualTo(4);
        assertThat(c.reconstructionPrimes()).startsWith(P1, P2);
        assertThat(c.weightBound()).isEqualTo(NeurovarietyEquations.WEIGHT_BOUND);
    }

    /**
     * The basis is the reduced one (EquationsResult): distinct leading monomials, none occurring in another
     * equation, positive leading coefficients, listed by descending leading monomial.
     */
    @Test
    void theBasisIsReducedAndSortedByLeadingMonomial() {
        for (EquationsResult r : List.of(threeTwoOne(), NeurovarietyEquations.inDegree(Architecture.of(3, 2, 2), 3, 5))) {
            List<Polynomial<BigFraction>> eqs = r.equations();
            assertThat(eqs).isNotEmpty();
            for (int i = 0; i < eqs.size(); i++) {
                Monomial lead = eqs.get(i).leadingMonomial();
                assertThat(eqs.get(i).leadingCoefficient().signum()).isPositive();
                if (i > 0) {
                    assertThat(lead).as("%s", r.equationStrings()).isLessThan(eqs.get(i - 1).leadingMonomial());
                }
                for (int j = 0; j < eqs.size(); j++) {
                    if (j != i) {
                        assertThat(eqs.get(j).coefficient(lead).signum()).as("%s in %s", lead, r.format(eqs.get(j))).isZero();
                    }
                }
            }
        }
    }

    /**
     * Degree 1: (3,2,1) has no quadric (docs/examples.md), so no linear equation either (ℓ·c would be a quadric).
     * The 9 coordinates have 9 distinct multidegrees: 9 blocks of one monomial, 1 + 12 samples.
     */
    @Test
    void degreeOneIsAllowed() {
        EquationsResult r = NeurovarietyEquations.inDegree(Architecture.of(3, 2, 1), 1, 3);
        assertThat(r.certified()).isTrue();
        assertThat(r.count()).isZero();
        assertThat(r.certificate().monomials()).isEqualTo(9);
        assertThat(r.certificate().samples()).isEqualTo(1 + NeurovarietyEquations.SLACK);
        assertThat(r.certificate().blocks()).hasSize(9);
        assertThat(r.certificate().rankModP()).isEqualTo(9);
        assertThat(r.certificate().reconstructionPrimes()).containsExactly(P1);
    }

    @Test
    void primesDescend() {
        assertThat(ModularLift.nextPrimeBelow(13)).isEqualTo(11);
        assertThat(ModularLift.nextPrimeBelow(11)).isEqualTo(7);
        assertThat(ModularLift.nextPrimeBelow(8)).isEqualTo(7);
        assertThat(ModularLift.nextPrimeBelow(P1)).isEqualTo(P2);
        assertThat(ModularLift.nextPrimeBelow(P2)).isEqualTo(P3);
    }

    private static final int[][] LINEAR = {{0}, {1}};

    private static ModularLift.Lift lift(List<BigInteger[]> samples, int[][] factors) {
        return ModularLift.lift(p -> ModularLift.evaluationMatrix(samples, factors, p), factors.length, P1);
    }

    /** Samples (c_0, c_1) = t·(den, num): the kernel of the rows is spanned by (−num/den, 1). */
    private static List<BigInteger[]> onTheLine(BigInteger num, BigInteger den) {
        List<BigInteger[]> out = new ArrayList<>();
        for (int t = 1; t <= 3; t++) {
            out.add(new BigInteger[] {den.multiply(BigInteger.valueOf(t)), num.multiply(BigInteger.valueOf(t))});
        }
        return out;
    }

    /**
     * Kernel entry −1000003/7: modulo P1 alone, reconstruction gives the wrong −6513/4295 (|a|, |b| ≤ √(P1/2)),
     * which P2 rejects; P1·P2 gives the true value, which P3 confirms.
     */
    @Test
    void liftCombinesPrimesUntilTheNextOneAgrees() {
        ModularLift.Lift lift = lift(onTheLine(BigInteger.valueOf(1000003), BigInteger.valueOf(7)), LINEAR);
        assertThat(lift.complete()).isTrue();
        assertThat(lift.rank()).isEqualTo(1);
        assertThat(lift.upperBound()).isEqualTo(1);
        assertThat(lift.rankPrime()).isEqualTo(P1);
        assertThat(lift.primes()).containsExactly(P1, P2, P3);
        assertThat(lift.candidates()).hasSize(1);
        assertThat(lift.candidates().get(0)).containsExactly(BigFraction.of(-1000003, 7), BigFraction.ONE);
    }

    /** A small kernel entry (−5/7) is read off P1 and confirmed by P2. */
    @Test
    void liftOfASmallKernel() {
        ModularLift.Lift lift = lift(onTheLine(BigInteger.valueOf(5), BigInteger.valueOf(7)), LINEAR);
        assertThat(lift.primes()).containsExactly(P1, P2);
        assertThat(lift.candidates().get(0)).containsExactly(BigFraction.of(-5, 7), BigFraction.ONE);
    }

    /** Kernel entry −3^1300/7 (about 2060 bits) is out of reach of MAX_PRIMES = 60 primes of 31 bits: no lift, not complete. */
    @Test
    void liftGivesUpAfterMaxPrimes() {
        ModularLift.Lift lift = lift(onTheLine(BigInteger.valueOf(3).pow(1300), BigInteger.valueOf(7)), LINEAR);
        assertThat(lift.complete()).isFalse();
        assertThat(lift.candidates()).isEmpty();
        assertThat(lift.upperBound()).isEqualTo(1);
        assertThat(lift.primes()).hasSize(NeurovarietyEquations.MAX_PRIMES);
    }

    /** Rows (1, 0), (0, P1): rank 1 modulo P1 (unlucky) but 2 over Q; P2 sees rank 2, so there is no kernel. */
    @Test
    void anUnluckyFirstPrimeIsReplaced() {
        List<BigInteger[]> samples = List.of(new BigInteger[] {BigInteger.ONE, BigInteger.ZERO},
                new BigInteger[] {BigInteger.ZERO, BigInteger.valueOf(P1)});
        ModularLift.Lift lift = lift(samples, LINEAR);
        assertThat(lift.complete()).isTrue();
        assertThat(lift.rankPrime()).isEqualTo(P2);
        assertThat(lift.rank()).isEqualTo(2);
        assertThat(lift.upperBound()).isZero();
        assertThat(lift.primes()).containsExactly(P2);
        assertThat(lift.candidates()).isEmpty();
    }

    /**
     * (2,2,1) with W_1 = [[1, u], [1, w]], W_2 = [a, b] (variables x1..x4 = u, w, a, b): ℓ_1 = x1 + u x2,
     * ℓ_2 = x1 + w x2, P = a ℓ_2 + b ℓ_1, Q = ℓ_1 ℓ_2; coordinates P1[1,0], P1[0,1], Q[2,0], Q[1,1], Q[0,2].
     */
    @Test
    void shallowParametrisationByHand() {
        Architecture d = Architecture.of(2, 2, 1);
        SymbolicParametrisation s = SymbolicParametrisation.of(d);
        assertThat(s.architecture()).isEqualTo(d);
        assertThat(s.weightVariables()).isEqualTo(4);
        assertThat(s.coordinates()).containsExactly(parse("x3 + x4"), parse("x2*x3 + x1*x4"), parse("1"), parse("x1 + x2"),
                parse("x1*x2"));
    }

    private static Polynomial<BigFraction> parse(String text) {
        return PolynomialParser.parse(text, 4);
    }

    /**
     * (2,2,2,1) with W_1 = [[1, 0], [1, −1]], W_2 = [[1, 1], [1, −1]], W_3 = [1, 1] (in the normalised slice):
     * ℓ = (x1, x1 − x2), p^(2) = (ℓ_2 + ℓ_1, ℓ_2 − ℓ_1) = (2x1 − x2, −x2), p^(3) = 2x1 − 2x2,
     * P = p^(3)·q^(2) = (2x1 − 2x2)·x1(x1 − x2) = 2x1³ − 4x1²x2 + 2x1x2², Q = q^(3) = −2x1x2 + x2²
     * (and f = W_3 σ(W_2 σ(W_1 x)) = −2x1(x1 − x2)²/(x2(2x1 − x2)), composed by hand, agrees).
     */
    @Test
    void deepParametrisationByHand() {
        Architecture d = Architecture.of(2, 2, 2, 1);
        SymbolicParametrisation s = SymbolicParametrisation.of(d);
        assertThat(s.weightVariables()).isEqualTo(6);
        // variables in order: (W_1)_12, (W_1)_22, (W_2)_12, (W_2)_22, (W_3)_11, (W_3)_12
        List<BigFraction> w = List.of(q(0), q(-1), q(1), q(-1), q(1), q(1));
        List<String> names = d.ambientSpace().coordinateNames();
        Map<String, BigFraction> expected = new HashMap<>(Map.of("P1[3,0]", q(2), "P1[2,1]", q(-4), "P1[1,2]", q(2),
                "P1[0,3]", q(0), "Q[2,0]", q(0), "Q[1,1]", q(-2), "Q[0,2]", q(1)));
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (int i = 0; i < names.size(); i++) {
            assertThat(s.coordinates().get(i).evaluate(w)).as(names.get(i)).isEqualTo(expected.get(names.get(i)));
        }
    }

    private static BigFraction q(long v) {
        return BigFraction.of(v);
    }

    /** The verifier on (2,2,1), coordinates (a + b, aw + bu, 1, u + w, uw): only the zero vector vanishes (V fills). */
    @Test
    void verifierRejectsWhatDoesNotVanish() {
        SymbolicParametrisation s = SymbolicParametrisation.of(Architecture.of(2, 2, 1));
        SubstitutionVerifier v = new SubstitutionVerifier(s.coordinates(), new int[][] {{0}, {1}, {2}, {3}, {4}});
        assertThat(v.vanishes(vector(0, 0, 0, 0, 0))).isTrue();
        assertThat(v.vanishes(vector(1, 0, 0, 0, 0))).isFalse();
        // Q[1,1] − 2·Q[2,0] = u + w − 2: zero at u = w = 1, not identically
        assertThat(v.vanishes(vector(0, 0, -2, 1, 0))).isFalse();
        assertThat(v.vanishes(new BigFraction[] {BigFraction.ZERO, BigFraction.ZERO, BigFraction.of(-1), BigFraction.of(1, 2),
            BigFraction.ZERO})).isFalse();
    }

    /** 4·det S (S3, from docs/examples.md) vanishes on the parametrisation of (3,2,1); 3·Q200·Q020·Q002 − … does not. */
    @Test
    void verifierAcceptsTheDeterminantOfS() {
        Architecture d = Architecture.of(3, 2, 1);
        List<String> names = d.ambientSpace().coordinateNames();
        int q200 = names.indexOf("Q[2,0,0]");
        int q020 = names.indexOf("Q[0,2,0]");
        int q002 = names.indexOf("Q[0,0,2]");
        int q110 = names.indexOf("Q[1,1,0]");
        int q101 = names.indexOf("Q[1,0,1]");
        int q011 = names.indexOf("Q[0,1,1]");
        int[][] factors = {sorted(q200, q020, q002), sorted(q200, q011, q011), sorted(q110, q110, q002), sorted(q110, q101, q011),
            sorted(q101, q101, q020)};
        SubstitutionVerifier v = new SubstitutionVerifier(SymbolicParametrisation.of(d).coordinates(), factors);
        assertThat(v.vanishes(vector(4, -1, -1, 1, -1))).isTrue();
        assertThat(v.vanishes(vector(3, -1, -1, 1, -1))).isFalse();
    }

    private static int[] sorted(int... idx) {
        return java.util.Arrays.stream(idx).sorted().toArray();
    }

    private static BigFraction[] vector(long... v) {
        return java.util.Arrays.stream(v).mapToObj(BigFraction::of).toArray(BigFraction[]::new);
    }

    @Test
    void theZeroPolynomialIsFormattedAsZero() {
        assertThat(EquationsResult.formatIn(List.of("A", "B"), Polynomial.zero(Rationals.Q, 2))).isEqualTo("0");
        assertThat(threeTwoOne().format(Polynomial.zero(Rationals.Q, 9))).isEqualTo("0");
    }
}
