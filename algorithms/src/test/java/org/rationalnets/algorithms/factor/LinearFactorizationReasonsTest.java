package org.rationalnets.algorithms.factor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;

/**
 * The reasons and certificates: root counts, the factor at infinity, the line a random-line answer came
 * from (its coordinate ranges, {@code Q(b) ≠ 0}), which evidence makes a "no" certain, and how square-free
 * pieces become classes. Every expected text is worked out by hand from the form.
 */
class LinearFactorizationReasonsTest {

    private static final GroundField Q = GroundField.Q;
    private static final GroundField R = GroundField.R;
    private static final GroundField C = GroundField.C;

    private static Polynomial<BigFraction> p(String s, int n) {
        return PolynomialParser.parse(s, n);
    }

    private static void assertSplits(LinearFactorization f, boolean overQ, boolean overR, boolean overC) {
        assertThat(f.splitsOver(Q)).as(f.reason()).isEqualTo(overQ);
        assertThat(f.splitsOver(R)).as(f.reason()).isEqualTo(overR);
        assertThat(f.splitsOver(C)).as(f.reason()).isEqualTo(overC);
    }

    private static final Pattern LINE = Pattern.compile("a = \\(([-0-9, ]+)\\), b = \\(([-0-9, ]+)\\)");

    /** The points {@code a, b} of the first line quoted in {@code text}. */
    private static List<List<Long>> line(String text) {
        Matcher m = LINE.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        List<List<Long>> ab = new ArrayList<>();
        for (int g = 1; g <= 2; g++) {
            List<Long> v = new ArrayList<>();
            for (String s : m.group(g).split(", ")) {
                v.add(Long.parseLong(s));
            }
            ab.add(v);
        }
        return ab;
    }

    private static void assertCoordinatesIn(String text, long half, int n) {
        for (List<Long> v : line(text)) {
            assertThat(v).as(text).hasSize(n).allMatch(x -> -half <= x && x < half);
        }
    }

    // ---------------------------------------------------------------------------------- binary forms

    @Test
    void binaryReasonsNameTheFactorAtInfinityAndCountRealRoots() {
        // x1·x2²: Q(t, 1) = t (one simple rational root), and x2² at infinity (degree 3 − 1)
        LinearFactorization f = LinearFactorization.of(p("x1*x2^2", 2), 0);
        assertSplits(f, true, true, true);
        assertThat(f.reason(C)).isEqualTo("binary form: Q(t, 1) = t and the factor x2^2 at infinity;"
                + " every binary form splits over C, identity checked exactly");
        assertThat(f.reason(R)).isEqualTo("all 1 distinct roots of Q(t, 1) are real (Sturm)");
        assertThat(f.reason(Q)).isEqualTo("all roots of Q(t, 1) are rational");
        // classes ordered by decreasing multiplicity: x2 (e = 2) before x1 (e = 1)
        assertThat(f.certificate()).isEqualTo("exact identity Q = c·Π N(ℓ)^e with c = 1, N = x2 (e = 2),"
                + " N = x1 (e = 1); binary form: Q(t, 1) = t and the factor x2^2 at infinity");
        assertThat(f.distinctFactorCount()).isEqualTo(2);
    }

    @Test
    void binaryReasonsWithoutAFactorAtInfinity() {
        // x1³ − 2x2³: Q(t, 1) = t³ − 2, one real root 2^(1/3) and two non-real ones; nothing at infinity
        LinearFactorization f = LinearFactorization.of(p("x1^3 - 2*x2^3", 2), 0);
        assertThat(f.reason(C)).isEqualTo("binary form: Q(t, 1) = t^3 - 2;"
                + " every binary form splits over C, identity checked exactly");
        assertThat(f.reason(R)).isEqualTo("Q(t, 1) has 2 non-real roots among 3 (Sturm)");
        assertThat(f.reason(Q)).isEqualTo("Q(t, 1) has an irrational root (irreducible factor of degree > 1 over Q)");
        assertThat(f.certificate()).doesNotContain("infinity");
        // (x1 − x2)²(x1² + x2²): Q(t, 1) = (t − 1)²(t² + 1), distinct roots 1, i, −i
        LinearFactorization g = LinearFactorization.of(p("(x1 - x2)^2*(x1^2 + x2^2)", 2), 0);
        assertSplits(g, false, false, true);
        assertThat(g.reason(R)).isEqualTo("Q(t, 1) has 2 non-real roots among 3 (Sturm)");
        assertThat(g.classes().get(0).rationalCoefficients()).containsExactly(BigFraction.ONE, BigFraction.of(-1));
        assertThat(g.classes().get(0).multiplicity()).isEqualTo(2);
        assertThat(g.classes().get(1).norm()).isEqualTo(p("x1^2 + x2^2", 2));
    }

    @Test
    void twoIrreducibleQuadraticsAreTwoClassesUnlessKeptWhole() {
        // (x1² − 2x2²)(x1² + x2²): Q(t, 1) = (t² − 2)(t² + 1) = t⁴ − t² − 2, square-free
        Polynomial<BigFraction> form = p("(x1^2 - 2*x2^2)*(x1^2 + x2^2)", 2);
        LinearFactorization f = LinearFactorization.of(form, 0);
        assertSplits(f, false, false, true);
        assertThat(f.classes()).hasSize(2).allMatch(c -> c.degree() == 2);
        assertThat(f.classes().stream().map(FactorClass::norm).toList())
                .containsExactlyInAnyOrder(p("x1^2 - 2*x2^2", 2), p("x1^2 + x2^2", 2));
        // irreducibleClasses = false splits off rational roots only: one class over Q[t]/(t⁴ − t² − 2)
        // standing for x1 − θ x2 at the four roots ±√2, ±i; its norm is the form itself
        LinearFactorization whole = LinearFactorization.of(form, 0, new LinearFactorization.Options(2, 3, 20, false));
        assertSplits(whole, false, false, true);
        assertThat(whole.classes()).singleElement().satisfies(c -> {
            assertThat(c.algebra().modulus().toString()).isEqualTo("t^4 - t^2 - 2");
            assertThat(c.norm()).isEqualTo(form);
            assertThat(c.realFactorCount()).isEqualTo(2);
        });
        assertThat(whole.distinctFactorCount()).isEqualTo(4);
    }

    // ---------------------------------------------------------------------------------- random lines

    @Test
    void certifiedSplitQuotesAGoodLine() {
        LinearFactorization f = LinearFactorization.of(p("x1*x2*x3", 3), 0);
        assertThat(f.reason(R)).isEqualTo("splits over C and all 3 distinct roots of g(t) = Q(a + t b) are real"
                + " (Sturm), so every factor is real");
        assertThat(f.reason(Q)).isEqualTo("splits over C and all roots of g(t) = Q(a + t b) are rational,"
                + " so every factor is rational");
        assertThat(f.reason(C)).startsWith("certified by the exact identity Q = c·Π N(ℓ)^e on random line ");
        assertThat(f.certificate()).startsWith("exact identity Q = c·Π N(ℓ)^e with c = 1, N = x1 (e = 1),"
                + " N = x2 (e = 1), N = x3 (e = 1); from the line a = (").endsWith(", seed 0)");
        // the quoted line has Q(b) = b1·b2·b3 ≠ 0, and coordinates in the range of its kind
        List<Long> b = line(f.certificate()).get(1);
        assertThat(b.get(0) * b.get(1) * b.get(2)).isNotZero();
        long half = f.linesTried() <= 2 ? 16 : 1L << 19;
        assertCoordinatesIn(f.certificate(), half, 3);
        assertThat(line(f.reason(C))).isEqualTo(line(f.certificate()));
    }

    @Test
    void nonRealRootsOnALineMakeANoCertainOverRAndQ() {
        // x3·(x1² + x2² + x3²) is not a product even over C; on every real line with Q(b) ≠ 0 (so b3 ≠ 0)
        // x3 gives one real root and the definite quadric two non-real ones
        LinearFactorization f = LinearFactorization.of(p("x3*(x1^2 + x2^2 + x3^2)", 3), 0);
        assertSplits(f, false, false, false);
        assertThat(f.isCertain(C)).isFalse();
        assertThat(f.isCertain(R)).isTrue();
        assertThat(f.isCertain(Q)).isTrue();
        assertThat(f.reason(R)).startsWith("on the real line a = (").contains("has 2 non-real roots (Sturm)");
        assertThat(f.reason(Q)).startsWith("on the rational line a = (").contains("has an irrational root");
        // the candidate from the quadric's roots is ∝ the point itself, whose norm has rank 2 ≠ 3: the
        // identity already fails at random rational points
        assertThat(f.reason(C)).startsWith("not a product of linear forms: no line of 5 random lines (seed 0; 2 with"
                        + " coordinates in [−16, 16), then 3 with coordinates uniform in [−2^19, 2^19))")
                .contains("fails at a rational point")
                // D = 3, 20-bit coordinates: 9/2^20 per line, (9/2^20)^3 = 729/2^60 ≈ 6.32E-16
                .contains("with probability ≤ D²/2^20 = 9/1048576")
                .endsWith("wrong with probability ≤ 6.32E-16");
        assertThat(f.errorBound()).isEqualTo(BigFraction.of(java.math.BigInteger.valueOf(729),
                java.math.BigInteger.ONE.shiftLeft(60)));
        assertThat(f.certificate()).isEqualTo("none: no split over C was found");
    }

    @Test
    void irrationalRealFactorsAreExplainedByTheLine() {
        // x1² − 2x2² in three variables: real roots on every line, irrational ones
        LinearFactorization f = LinearFactorization.of(p("x1^2 - 2*x2^2", 3), 3);
        assertThat(f.reason(R)).startsWith("splits over C and all 2 distinct roots of g(t)");
        assertThat(f.reason(Q)).startsWith("on the rational line a = (").contains("irrational root");
        // x1² + x2²: non-real roots on every real line with Q(b) ≠ 0
        LinearFactorization g = LinearFactorization.of(p("x1^2 + x2^2", 3), 3);
        assertThat(g.reason(R)).startsWith("on the real line a = (").contains("has 2 non-real roots (Sturm)");
        assertThat(g.isCertain(R)).isTrue();
    }

    @Test
    void quickLinesHaveSmallCoordinatesAndTheOthersTheirBits() {
        // x1² + x2² + x3² is definite: Q(b) ≠ 0 for b ≠ 0 and every real line has two non-real roots, so
        // the R reason quotes the first line
        Polynomial<BigFraction> s = p("x1^2 + x2^2 + x3^2", 3);
        LinearFactorization quick = LinearFactorization.of(s, 5, new LinearFactorization.Options(1, 1, 62, true));
        assertThat(quick.linesTried()).isEqualTo(2);
        assertCoordinatesIn(quick.reason(R), 16, 3);
        assertThat(quick.reason(C)).contains("uniform in [−2^61, 2^61)").contains("D²/2^62 = 1/1152921504606846976");
        LinearFactorization tiny = LinearFactorization.of(s, 5, new LinearFactorization.Options(0, 1, 2, true));
        assertThat(tiny.linesTried()).isEqualTo(1);
        assertCoordinatesIn(tiny.reason(R), 2, 3);
        assertThat(tiny.reason(C)).contains("uniform in [−2^1, 2^1)");
    }

    @Test
    void aNoForARealRationalProductIsNeverCertain() {
        // x1·x2·x3 is a product of rational linear forms, so every real line has real rational roots only:
        // with one line of coordinates in [−2, 2) the method often cannot certify it (Q(b) = 0, or two factors
        // meeting the line at one point), and its "no" must then be uncertain over Q, R and C, with bound 1
        // (D² = 9 ≥ 2^2 = 4)
        int noes = 0;
        for (long seed = 0; seed < 64; seed++) {
            LinearFactorization f = LinearFactorization.of(p("x1*x2*x3", 3), seed,
                    new LinearFactorization.Options(0, 1, 2, true));
            if (f.isProductOfLinearForms()) {
                assertSplits(f, true, true, true);
                continue;
            }
            noes++;
            for (GroundField k : GroundField.values()) {
                assertThat(f.isCertain(k)).as("seed %d: %s", seed, f.reason()).isFalse();
            }
            assertThat(f.reason(R)).as("seed %d", seed).startsWith("not a product of linear forms even over C: ");
            assertThat(f.errorBound()).as("seed %d", seed).isEqualTo(BigFraction.ONE);
        }
        assertThat(noes).as("some of the 64 single small lines fail").isPositive();
    }

    @Test
    void rationalRootsAreSplitOffWhenClassesAreNotIrreducible() {
        // with irreducibleClasses = false the rational roots of h_e still become rational classes
        LinearFactorization f = LinearFactorization.of(p("(x1 + x2)*(x1 - x3)*x2", 3), 1,
                new LinearFactorization.Options(2, 3, 20, false));
        assertSplits(f, true, true, true);
        assertThat(f.isCertain(Q)).isTrue();
        assertThat(f.classes()).hasSize(3).allMatch(FactorClass::isRational);
        assertThat(f.classes().stream().map(FactorClass::norm).toList())
                .containsExactlyInAnyOrder(p("x1 + x2", 3), p("x1 - x3", 3), p("x2", 3));
    }
}
