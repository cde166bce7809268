package org.rationalnets.algorithms.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.UndefinedNetworkException;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Bareiss;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.Rationals;

class ShallowMembershipTest {

    private static final EnumSet<GroundField> ALL = EnumSet.allOf(GroundField.class);

    private static Polynomial<BigFraction> p(String s, int n) {
        return PolynomialParser.parse(s, n);
    }

    private static MembershipResult tuple(Architecture d, List<Polynomial<BigFraction>> num, Polynomial<BigFraction> den) {
        return ShallowMembership.decide(MembershipInput.of(d, MembershipResult.Mode.TUPLE, num, den), ALL, 1);
    }

    /**
     * Recognition at scale: 200 random shallow networks (d_0 ≤ 4, d_1 ≤ 5, d_2 ≤ 3) are recognised over Q with
     * weights that reproduce them; with one numerator coefficient changed by 1 the answer is what an
     * independent rank test on the known rows of W_1 says.
     */
    @Test
    @Tag("slow")
    void randomNetworksAndTheirPerturbations() {
        // both answers occur (d_0 ≤ 2 or d_1 = 1 always gives yes)
        assertThat(checkRandomNetworks(0, 200)).isBetween(1, 199);
    }

    /** A few of the same, light enough to repeat for every mutant of the mutation-testing run. */
    @Test
    void someRandomNetworksAndTheirPerturbations() {
        assertThat(checkRandomNetworks(1000, 12)).isBetween(0, 12);
    }

    /** Runs the check for {@code count} seeds from {@code first}; returns how many perturbed inputs were members. */
    private static int checkRandomNetworks(long first, int count) {
        int perturbedMembers = 0;
        for (long seed = first; seed < first + count; seed++) {
            Random rnd = new Random(seed);
            Architecture d = Architecture.of(1 + rnd.nextInt(4), 1 + rnd.nextInt(5), 1 + rnd.nextInt(3));
            Weights w;
            ClosedForm<BigFraction> cf;
            while (true) {
                try {
                    w = Weights.randomIntegers(d, 3, rnd);
                    cf = RationalNet.of(w).closedForm();
                    break;
                } catch (UndefinedNetworkException e) {
                    // a zero row of W_1: draw again
                }
            }
            MembershipResult r = tuple(d, cf.numerators(), cf.denominator());
            assertThat(r.answer(GroundField.Q)).as("seed %d, %s, W = %s: %s", seed, d, w, r.evidence()).isEqualTo(Answer.YES);
            assertThat(r.answer(GroundField.R)).as("seed %d", seed).isEqualTo(Answer.YES);
            assertThat(r.answer(GroundField.C)).as("seed %d", seed).isEqualTo(Answer.YES);
            assertThat(r.closure()).as("seed %d", seed).isEqualTo(Answer.YES);
            Weights found = r.weights(GroundField.Q).toRational(d).orElseThrow();
            assertReproduces(RationalNet.of(found).closedForm(), cf.numerators(), cf.denominator(), "seed " + seed);

            int n = d.inputDimension();
            int i = rnd.nextInt(d.outputDimension());
            List<Monomial> monomials = Monomial.ofDegree(n, d.width(1) - 1);
            Monomial m = monomials.get(rnd.nextInt(monomials.size()));
            List<Polynomial<BigFraction>> changed = new ArrayList<>(cf.numerators());
            changed.set(i, changed.get(i).add(Polynomial.monomial(Rationals.Q, BigFraction.ONE, m)));
            boolean expected = inSpanOfKnownRows(w, changed.get(i), cf.denominator());
            MembershipResult s = tuple(d, changed, cf.denominator());
            assertThat(s.answer(GroundField.Q)).as("seed %d, %s, W = %s, P_%d + %s: %s", seed, d, w, i + 1, m, s.reason())
                    .isEqualTo(Answer.of(expected));
            assertThat(s.answer(GroundField.C)).as("seed %d", seed).isEqualTo(Answer.of(expected));
            if (expected) {
                perturbedMembers++;
                assertReproduces(RationalNet.of(s.weights(GroundField.Q).toRational(d).orElseThrow()).closedForm(), changed,
                        cf.denominator(), "seed " + seed);
            }
        }
        return perturbedMembers;
    }

    /** The closed form of the witness equals (P, Q) up to one common nonzero scalar. */
    private static void assertReproduces(ClosedForm<BigFraction> cf, List<Polynomial<BigFraction>> p, Polynomial<BigFraction> q,
                                         String what) {
        BigFraction s = q.leadingCoefficient().divide(cf.denominator().leadingCoefficient());
        assertThat(cf.denominator().scale(s)).as(what).isEqualTo(q);
        for (int i = 0; i < p.size(); i++) {
            assertThat(cf.numerators().get(i).scale(s)).as(what + ", P_" + (i + 1)).isEqualTo(p.get(i));
        }
    }

    /**
     * The independent check: {@code Q = Π rows of W_1}, whose distinct (non-proportional) rows ℓ_j are the
     * linear factors of Q; P is in span{Q/ℓ_j} iff adding its coefficient vector does not raise the rank.
     */
    private static boolean inSpanOfKnownRows(Weights w, Polynomial<BigFraction> pi, Polynomial<BigFraction> q) {
        Matrix<BigFraction> w1 = w.matrix(1);
        int n = w1.columns();
        List<List<BigFraction>> distinct = new ArrayList<>();
        for (List<BigFraction> row : w1.rowList()) {
            boolean seen = false;
            for (List<BigFraction> other : distinct) {
                if (Bareiss.rank(Matrix.of(Rationals.Q, List.of(row, other))) == 1) {
                    seen = true;
                }
            }
            if (!seen) {
                distinct.add(row);
            }
        }
        List<Monomial> monomials = Monomial.ofDegree(n, q.degree() - 1);
        List<List<BigFraction>> vectors = new ArrayList<>();
        for (List<BigFraction> row : distinct) {
            Polynomial<BigFraction> cofactor = q.divideExact(Polynomial.linearForm(Rationals.Q, row));
            vectors.add(monomials.stream().map(cofactor::coefficient).toList());
        }
        int without = Bareiss.rank(Matrix.of(Rationals.Q, vectors));
        vectors.add(monomials.stream().map(pi::coefficient).toList());
        return Bareiss.rank(Matrix.of(Rationals.Q, vectors)) == without;
    }

    /**
     * Rows x1 ± √2 x2 with W_2 entries 1 ± √2 and a rational row x2 + x3 with entry 1 (arch (3,3,1)):
     * multiplied out by hand, P = (x2 + x3)(2x1 − 4x2) + (x1² − 2x2²), Q = (x1² − 2x2²)(x2 + x3).
     */
    @Test
    void irrationalRealRowsAreRecognisedOverRButNotQ() {
        Architecture d = Architecture.of(3, 3, 1);
        MembershipResult r = tuple(d, List.of(p("x1^2 + 2*x1*x2 + 2*x1*x3 - 6*x2^2 - 4*x2*x3", 3)),
                p("x1^2*x2 + x1^2*x3 - 2*x2^3 - 2*x2^2*x3", 3));
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.R)).isEqualTo(Answer.YES);
        assertThat(r.answer(GroundField.C)).isEqualTo(Answer.YES);
        assertThat(r.weights(GroundField.Q)).isNull();
        WitnessWeights w = r.weights(GroundField.R);
        assertThat(w.isRational()).isFalse();
        // output weights: 1 + √2 ≈ 2.414213562 and 1 − √2 ≈ −0.4142135624 on the irrational rows (rows normalised
        // to first coefficient 1, as given), and 1 on the row x2 + x3
        List<String> approx = new ArrayList<>();
        for (WitnessEntry e : w.matrices().get(1).get(0)) {
            approx.add(e.isRational() ? e.toText() : ((WitnessEntry.Algebraic) e).value().approx());
        }
        assertThat(approx).containsExactlyInAnyOrder("2.414213562", "-0.4142135624", "1");
        for (List<WitnessEntry> row : w.matrices().get(0)) {
            for (WitnessEntry e : row) {
                if (!e.isRational()) {
                    assertThat(((WitnessEntry.Algebraic) e).value().polynomial().toString("t")).isEqualTo("t^2 - 2");
                    assertThat(((WitnessEntry.Algebraic) e).value().root().isReal()).isTrue();
                }
            }
        }
    }

    /**
     * Rows x1 ± i x2 with W_2 entries 1 ± i and a rational row x3 with entry 1: by hand,
     * P = x3(2x1 + 2x2) + (x1² + x2²), Q = (x1² + x2²) x3.
     */
    @Test
    void complexConjugateRowsAreRecognisedOverCOnly() {
        Architecture d = Architecture.of(3, 3, 1);
        MembershipResult r = tuple(d, List.of(p("x1^2 + 2*x1*x3 + x2^2 + 2*x2*x3", 3)), p("x1^2*x3 + x2^2*x3", 3));
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.R)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.C)).isEqualTo(Answer.YES);
        WitnessWeights w = r.weights(GroundField.C);
        List<String> approx = new ArrayList<>();
        for (WitnessEntry e : w.matrices().get(1).get(0)) {
            approx.add(e.isRational() ? e.toText() : ((WitnessEntry.Algebraic) e).value().approx());
        }
        // rows normalised to x1 ± i x2: output weights 1 ± i
        assertThat(approx).containsExactlyInAnyOrder("1 + 1i", "1 - 1i", "1");
    }

    @Test
    void closureOfThreeThreeOneIsUnknownWhenPIsOutsideTheSpan() {
        // Q = x1 x2 x3 splits, P = x1^2 is not in span{x2x3, x1x3, x1x2}: not a network, closure undecided
        MembershipResult r = tuple(Architecture.of(3, 3, 1), List.of(p("x1^2", 3)), p("x1*x2*x3", 3));
        assertThat(r.answer(GroundField.C)).isEqualTo(Answer.NO);
        assertThat(r.closure()).isEqualTo(Answer.UNKNOWN);
        assertThat(r.evidence()).anyMatch(e -> e.contains("closure: unknown"));
    }

    @Test
    void aCubicThatDoesNotSplitIsOutsideTheClosure() {
        // x1^3 + x2^3 + x3^3 (Fermat cubic) is irreducible: not a product of linear forms over C
        MembershipResult r = tuple(Architecture.of(3, 3, 1), List.of(p("x1^2", 3)), p("x1^3 + x2^3 + x3^3", 3));
        assertThat(r.answer(GroundField.C)).isEqualTo(Answer.NO);
        assertThat(r.closure()).isEqualTo(Answer.NO);
    }

    @Test
    void functionModeReducesToLowestTermsAndPadsWithZeroRows() {
        // (x1 + x2)/(x1 x2) given with a common factor x3: still the network 1/x1 + 1/x2 in (3,3,1)
        MembershipResult r = ShallowMembership.decide(MembershipInput.of(Architecture.of(3, 3, 1), MembershipResult.Mode.FUNCTION,
                List.of(p("x1*x3 + x2*x3", 3)), p("x1*x2*x3", 3)), ALL, 1);
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.YES);
        Weights w = r.weights(GroundField.Q).toRational(Architecture.of(3, 3, 1)).orElseThrow();
        ClosedForm<BigFraction> cf = RationalNet.of(w).closedForm();
        // as functions: P_W · x1x2 = Q_W · (x1 + x2)
        assertThat(cf.numerators().get(0).multiply(p("x1*x2", 3))).isEqualTo(cf.denominator().multiply(p("x1 + x2", 3)));
        // a function of degree −2 is not a network
        MembershipResult deg = ShallowMembership.decide(MembershipInput.of(Architecture.of(3, 3, 1), MembershipResult.Mode.FUNCTION,
                List.of(p("1", 3)), p("x1*x2", 3)), ALL, 1);
        assertThat(deg.answer(GroundField.C)).isEqualTo(Answer.NO);
        assertThat(deg.reason()).contains("degree -2");
    }

    @Test
    void onlyTheAskedFieldsAreAnswered() {
        MembershipResult r = ShallowMembership.decide(MembershipInput.of(Architecture.of(2, 2, 1), MembershipResult.Mode.FUNCTION,
                List.of(p("2*x1", 2)), p("x1^2 + x2^2", 2)), EnumSet.of(GroundField.R), 1);
        assertThat(r.fields()).containsExactly(GroundField.R);
        assertThat(r.answer(GroundField.R)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.C)).isEqualTo(Answer.UNKNOWN);
        assertThat(r.weights(GroundField.C)).isNull();
    }
    // ---------------------------------------------------------------- docs/examples.md MB rows and the branches around them

    /** Function membership of the {@code --fn} text over Q, R and C, seed 1. */
    private static MembershipResult fn(Architecture d, String text) {
        MembershipInput.Fraction f = MembershipInput.parseFunction(text, d.inputDimension());
        return ShallowMembership.decide(MembershipInput.of(d, MembershipResult.Mode.FUNCTION, List.of(f.numerator()),
                f.denominator()), ALL, 1);
    }

    /** The answers as their JSON values (true, false, null = unknown). */
    private static void assertMembers(MembershipResult r, Boolean q, Boolean real, Boolean c, Boolean closure) {
        assertThat(r.answer(GroundField.Q).asBoolean()).as("Q: %s", r.reason()).isEqualTo(q);
        assertThat(r.answer(GroundField.R).asBoolean()).as("R: %s", r.reason()).isEqualTo(real);
        assertThat(r.answer(GroundField.C).asBoolean()).as("C: %s", r.reason()).isEqualTo(c);
        assertThat(r.closure().asBoolean()).as("closure: %s", r.evidence()).isEqualTo(closure);
    }

    private static List<String> texts(List<WitnessEntry> row) {
        return row.stream().map(WitnessEntry::toText).toList();
    }

    @Test
    void mb1PointOnTheBoundaryIsOnlyInTheClosure() {
        // P = x2, Q = x1^2: x2 is not divisible by x1, so not in span{Q/x1} = span{x1}; (2,2,1) fills (S2)
        MembershipResult r = tuple(Architecture.of(2, 2, 1), List.of(p("x2", 2)), p("x1^2", 2));
        assertMembers(r, false, false, false, true);
        assertThat(r.reason()).isEqualTo("P_1 is not divisible by Π ℓ^(e−1) = x1, so it is not in span{Q/ℓ}");
        assertThat(r.evidence()).contains("closure: (2,2,1) fills (S2: d_0 ≤ 2 or d_1 = 1), so V_d is the whole ambient space");
        // binary forms: every "no" is certain
        assertThat(r.evidence()).noneMatch(e -> e.contains("rests on"));
    }

    @Test
    void aSecondNumeratorOutsideTheSpanIsNamedAndTheClosureOfABinaryArchitectureIsEverything() {
        // (2,3,2), Q = x1^2 x2: P_1 = x1 x2 = Q/x1 is in the span, P_2 = x2^2 is not divisible by x1
        MembershipResult r = tuple(Architecture.of(2, 3, 2), List.of(p("x1*x2", 2), p("x2^2", 2)), p("x1^2*x2", 2));
        assertMembers(r, false, false, false, true);
        assertThat(r.reason()).isEqualTo("P_2 is not divisible by Π ℓ^(e−1) = x1, so it is not in span{Q/ℓ}");
        assertThat(r.evidence()).contains("closure: (2,3,2) fills (S2: d_0 ≤ 2 or d_1 = 1), so V_d is the whole ambient space");
    }

    @Test
    void aSecondNumeratorOutsideTheSpanOfSimpleFactorsIsNamed() {
        // (3,2,2), Q = x1 x2: P_1 = x1 + x2 is in span{x2, x1}, P_2 = x3 is not; [S; p_1; p_2] =
        // [[0,1/2,0],[1/2,0,0],[0,0,0],[1,1,0],[0,0,1]] has rank 3 (S3: outside V_d)
        MembershipResult r = tuple(Architecture.of(3, 2, 2), List.of(p("x1 + x2", 3), p("x3", 3)), p("x1*x2", 3));
        assertMembers(r, false, false, false, false);
        assertThat(r.reason()).isEqualTo("P_2 is not in span{Q/ℓ}: the partial-fraction coefficients read off on the"
                + " hyperplanes ℓ = 0 do not reproduce it (exact identity fails)");
        assertThat(r.evidence()).contains("closure: rank [S; p_1ᵀ; …] = 3 (S3: in V_d iff ≤ 2)");
    }

    @Test
    void mb6RepeatedFactorWithTheCoefficientOnOneCopy() {
        // P = x1 x2 + x1^2 = 1·(Q/x1) + 1·(Q/x2) with Q = x1^2 x2: rows x1, x1, x2 and W_2 = [1, 0, 1] up to order
        Architecture d = Architecture.of(2, 3, 1);
        MembershipResult r = tuple(d, List.of(p("x1*x2 + x1^2", 2)), p("x1^2*x2", 2));
        assertMembers(r, true, true, true, true);
        assertThat(r.reason()).startsWith("Q = 1 · (").contains("(x1)^2").contains("(x2)^1")
                .endsWith("; every P_i is in span{Q/ℓ}; the factors are rational");
        WitnessWeights w = r.weights(GroundField.Q);
        assertThat(w.matrices().get(0).stream().map(ShallowMembershipTest::texts).toList())
                .containsExactlyInAnyOrder(List.of("1", "0"), List.of("1", "0"), List.of("0", "1"));
        assertThat(texts(w.matrices().get(1).get(0))).containsExactlyInAnyOrder("1", "0", "1");
        assertReproduces(RationalNet.of(w.toRational(d).orElseThrow()).closedForm(), List.of(p("x1*x2 + x1^2", 2)),
                p("x1^2*x2", 2), "MB6");
    }

    @Test
    void aCubicThatDoesNotSplitCarriesTheErrorBoundOfItsRandomLines() {
        MembershipResult r = tuple(Architecture.of(3, 3, 1), List.of(p("x1^2", 3)), p("x1^3 + x2^3 + x3^3", 3));
        assertThat(r.reason()).startsWith("Q does not split into linear forms over C (");
        // the "no" over C comes from random lines (§8): its error bound is stated, for the field and for the closure
        assertThat(r.evidence()).anyMatch(e -> e.startsWith("'no' over C rests on ") && e.contains(" random lines: wrong with probability ≤ "));
        assertThat(r.evidence()).anyMatch(e -> e.startsWith("closure: Q ≠ 0 does not split over C, so the point is outside V_d (§6);"
                + " like the 'no' over C this rests on "));
    }

    @Test
    void mb2ConjugateComplexFactors() {
        // 2x1/(x1^2 + x2^2) = 1/(x1 + i x2) + 1/(x1 − i x2)
        MembershipResult r = fn(Architecture.of(2, 2, 1), "2*x1/(x1^2 + x2^2)");
        assertMembers(r, false, false, true, true);
        assertThat(r.reason()).endsWith("; every numerator is in span{Q_0/ℓ}; some factors are not real");
        assertThat(r.weights(GroundField.C).isRational()).isFalse();
        assertThat(r.evidence()).contains("closure: f is in M_d(C), so a representative lies in V_d");
    }

    @Test
    void mb3RealIrrationalFactors() {
        // x1/(x1^2 − 2x2^2) = (1/2)/(x1 − √2 x2) + (1/2)/(x1 + √2 x2)
        MembershipResult r = fn(Architecture.of(3, 2, 1), "x1/(x1^2 - 2*x2^2)");
        assertMembers(r, false, true, true, true);
        assertThat(r.reason()).endsWith(" with r = 2 ≤ d_1 = 2 distinct factors; every numerator is in span{Q_0/ℓ};"
                + " the factors are real but not all rational");
        assertThat(texts(r.weights(GroundField.R).matrices().get(1).get(0))).containsExactly("1/2", "1/2");
        // d_0 = 3: the closure answer comes from membership over C, not from S2 or S3
        assertThat(r.evidence()).contains("closure: f is in M_d(C), so a representative lies in V_d");
    }

    @Test
    void mb4OutsideTheSpanAndOutsideTheClosure() {
        // x3 ∉ span{x1, x2}; [S; p] = [[0,1/2,0],[1/2,0,0],[0,0,0],[0,0,1]] has rank 3
        MembershipResult r = fn(Architecture.of(3, 2, 1), "x3/(x1*x2)");
        assertMembers(r, false, false, false, false);
        assertThat(r.reason()).startsWith("P_1 is not in span{Q/ℓ}");
        assertThat(r.evidence()).contains("closure: the only representative of degrees (1, 2) is [P_0 : Q_0];"
                + " rank [S; p_1ᵀ; …] = 3 (S3: in V_d iff ≤ 2)");
    }

    @Test
    void mb5RationalFactors() {
        // (x1 + x2)/(x1 x2) = 1/x1 + 1/x2: rows x1, x2, W_2 = [1, 1]
        MembershipResult r = fn(Architecture.of(3, 2, 1), "(x1 + x2)/(x1*x2)");
        assertMembers(r, true, true, true, true);
        assertThat(r.reason()).startsWith("Q_0 = 1 · (").contains("(x1)^1").contains("(x2)^1")
                .endsWith(" with r = 2 ≤ d_1 = 2 distinct factors; every numerator is in span{Q_0/ℓ}; the factors are rational");
        WitnessWeights w = r.weights(GroundField.Q);
        assertThat(w.matrices().get(0).stream().map(ShallowMembershipTest::texts).toList())
                .containsExactlyInAnyOrder(List.of("1", "0", "0"), List.of("0", "1", "0"));
        assertThat(texts(w.matrices().get(1).get(0))).containsExactly("1", "1");
    }

    @Test
    void mb7OneFactorPaddedWithZeroColumns() {
        // 1/x1 in (2,3,1): the row x1 with W_2 entry 1, then two rows x1 with W_2 entries 0
        MembershipResult r = fn(Architecture.of(2, 3, 1), "1/x1");
        assertMembers(r, true, true, true, true);
        assertThat(r.reason()).contains(" with r = 1 ≤ d_1 = 3 distinct factors");
        assertThat(r.weights(GroundField.Q).toText()).isEqualTo("W_1 = [[1, 0], [1, 0], [1, 0]]; W_2 = [[1, 0, 0]]");
    }

    @Test
    void mb8RepeatedFactorInLowestTermsIsOnlyInTheClosure() {
        MembershipResult r = fn(Architecture.of(2, 2, 1), "x2/x1^2");
        assertMembers(r, false, false, false, true);
        assertThat(r.reason()).isEqualTo("the lowest-terms denominator has a repeated linear factor (1 · (x1)^2):"
                + " a shallow network never produces one");
        assertThat(r.evidence()).contains("closure: (2,2,1) fills (S2), and f has a representative of degrees (D_P, D_Q)");
    }

    @Test
    void aRepeatedFactorInThreeVariablesIsALimitOfNetworks() {
        // x2/x1^2 in (3,2,1): [S; p] = [[1,0,0],[0,0,0],[0,0,0],[0,1,0]] has rank 2, so it is in V_d (S3),
        // the limit of (1/ε)(1/(x1 − ε x2) − 1/x1)
        MembershipResult r = fn(Architecture.of(3, 2, 1), "x2/x1^2");
        assertMembers(r, false, false, false, true);
        assertThat(r.evidence()).contains("closure: the only representative of degrees (1, 2) is [P_0 : Q_0];"
                + " rank [S; p_1ᵀ; …] = 2 (S3: in V_d iff ≤ 2)");
    }

    @Test
    void aFunctionWhoseDenominatorDoesNotSplitIsOutsideTheClosure() {
        // the Fermat cubic is irreducible over C, and x1^2 has no common factor with it
        MembershipResult r = fn(Architecture.of(3, 3, 1), "x1^2/(x1^3 + x2^3 + x3^3)");
        assertMembers(r, false, false, false, false);
        assertThat(r.reason()).startsWith("Q_0 does not split into linear forms over C (");
        assertThat(r.evidence()).anyMatch(e -> e.startsWith("closure: Q_0 does not split over C, so no multiple of it does:"
                + " outside V_d (§6); like the 'no' over C this rests on "));
    }

    @Test
    void aFunctionOutsideTheSpanWithFewerFactorsThanNeuronsHasAnUnknownClosure() {
        // x1/(x2 x3) in (3,3,1): x1 ∉ span{x2, x3}; representatives of degrees (2, 3) are not unique, no criterion
        MembershipResult r = fn(Architecture.of(3, 3, 1), "x1/(x2*x3)");
        assertMembers(r, false, false, false, null);
        assertThat(r.evidence()).contains("closure: unknown — no exact criterion applies (d_0 ≥ 3, d_1 ≥ 3, or several representatives)");
    }

    @Test
    void aFunctionOfTheWrongDegreeHasNoRepresentative() {
        // 1/(x1 x2) has degree −2; (3,3,1) networks have degrees (D_P, D_Q) = (2, 3)
        MembershipResult r = fn(Architecture.of(3, 3, 1), "1/(x1*x2)");
        assertMembers(r, false, false, false, false);
        assertThat(r.reason()).isEqualTo("f is homogeneous of degree -2, but every shallow network has degree −1");
        assertThat(r.evidence()).contains("closure: no representative of degrees (D_P, D_Q) = (2, 3) exists");
    }

    @Test
    void aLowestTermsDenominatorOfDegreeAboveTheWidthIsNotANetwork() {
        // (x1^2 + x2^2)/(x1 x2 (x1 + x2)) is in lowest terms (x1^2 + x2^2 vanishes on none of x1, x2, x1 + x2):
        // a sum of two terms a/ℓ has a denominator of degree ≤ 2
        MembershipResult r = fn(Architecture.of(2, 2, 1), "(x1^2 + x2^2)/(x1*x2*(x1 + x2))");
        assertMembers(r, false, false, false, false);
        assertThat(r.reason()).isEqualTo("the lowest-terms denominator has degree 3 > d_1 = 2");
        assertThat(r.evidence()).contains("closure: a representative of degree D_Q = 2 would need a denominator of degree ≥ 3");
    }

    @Test
    void theZeroFunctionIsTheNetworkWithZeroOutputWeights() {
        Architecture d = Architecture.of(3, 3, 2);
        MembershipResult r = ShallowMembership.decide(MembershipInput.of(d, MembershipResult.Mode.FUNCTION,
                List.of(p("0", 3), p("0", 3)), p("x1*x2", 3)), ALL, 1);
        assertMembers(r, true, true, true, true);
        assertThat(r.reason()).isEqualTo("f = 0 is the network with W_2 = 0");
        WitnessWeights w = r.weights(GroundField.Q);
        assertThat(w.toText()).isEqualTo("W_1 = [[1, 0, 0], [1, 0, 0], [1, 0, 0]]; W_2 = [[0, 0, 0], [0, 0, 0]]");
        assertThat(r.weights(GroundField.C)).isEqualTo(w);
        ClosedForm<BigFraction> cf = RationalNet.of(w.toRational(d).orElseThrow()).closedForm();
        assertThat(cf.numerators()).allMatch(Polynomial::isZero);
    }

    @Test
    void theS3MatrixHalvesTheMixedCoefficientsOfQ() {
        // Q = 3x1^2 + 4x1x2 − x2x3 = xᵀ S x with S = [[3,2,0],[2,0,−1/2],[0,−1/2,0]]; P = x1 − 2x3 gives (1, 0, −2)
        Matrix<BigFraction> m = ShallowMembership.s3Matrix(List.of(p("x1 - 2*x3", 3)), p("3*x1^2 + 4*x1*x2 - x2*x3", 3));
        assertThat(m.rowList().stream().map(row -> row.stream().map(Rationals::toString).toList()).toList())
                .containsExactly(List.of("3", "2", "0"), List.of("2", "0", "-1/2"), List.of("0", "-1/2", "0"), List.of("1", "0", "-2"));
    }
}
