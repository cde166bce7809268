package org.rationalnets.paper;

import java.util.List;

/**
 * The hand-verified values of {@code docs/examples.md} as literals. Nothing here is computed by the
 * code under test; the checks in {@link Catalogue} compare against these. The tables of docs/examples.md
 * and these lists are the same rows, cell by cell (a test parses the Markdown and fails on any
 * difference), so a value is written once in the document and changed in both places or neither.
 */
public final class Examples {

    private Examples() {
    }

    /** A row of the closed-form table: numerators and denominator exactly as the closed form produces them. */
    public record ClosedFormExample(String id, String architecture, String weights, List<String> numerators,
                                    String denominator, String commonFactor, String note) {
    }

    /** A row of the degrees table. */
    public record DegreeExample(String architecture, long numeratorDegree, long denominatorDegree) {
    }

    /** A row of the dimensions table (dimension and ambient dimension are projective). */
    public record DimensionExample(String architecture, int dimension, int ambientDimension, boolean fills, String remark) {
    }

    /** docs/examples.md, closed form (§2). {@code commonFactor} is what lowest terms removes ("1" if nothing). */
    public static final List<ClosedFormExample> CLOSED_FORMS = List.of(
            new ClosedFormExample("CF1", "2,2,1", "[[[1,0],[0,1]],[[1,1]]]",
                    List.of("x1 + x2"), "x1*x2", "1", "1/x1 + 1/x2"),
            new ClosedFormExample("CF2", "2,2,2,1", "[[[1,0],[0,1]],[[1,1],[1,-1]],[[1,1]]]",
                    List.of("2*x1*x2^2"), "x2^2 - x1^2", "1", ""),
            new ClosedFormExample("CF3", "3,2,2", "[[[1,2,0],[0,1,-1]],[[1,3],[2,-1]]]",
                    List.of("3*x1 + 7*x2 - x3", "-x1 - 2*x3"), "x1*x2 - x1*x3 + 2*x2^2 - 2*x2*x3", "1",
                    "Q = (x1+2x2)(x2-x3)"),
            new ClosedFormExample("CF4", "2,3,1", "[[[1,0],[0,1],[1,1]],[[1,1,1]]]",
                    List.of("x1^2 + 3*x1*x2 + x2^2"), "x1^2*x2 + x1*x2^2", "1", ""),
            new ClosedFormExample("CF5", "2,2,2,2,1", "[[[1,1],[1,-1]],[[\"1/2\",1],[1,0]],[[1,2],[-1,1]],[[3,1]]]",
                    List.of("33/4*x1^3 + 5/4*x1^2*x2 - 29/4*x1*x2^2 - 9/4*x2^3"),
                    "2*x1^4 + 6*x1^3*x2 - 2*x1^2*x2^2 - 6*x1*x2^3", "x1 - x2",
                    "not in lowest terms: common factor x1 - x2"),
            new ClosedFormExample("CF6", "3,3,2,1", "[[[1,0,0],[0,1,0],[0,0,1]],[[1,1,0],[0,1,1]],[[1,-1]]]",
                    List.of("x1^2*x2^2*x3 - x1*x2^2*x3^2"),
                    "x1^2*x2*x3 + x1^2*x3^2 + x1*x2^2*x3 + x1*x2*x3^2", "x1*x3", "common factor x1*x3"));

    /** docs/examples.md, degrees (§2). */
    public static final List<DegreeExample> DEGREES = List.of(
            new DegreeExample("2,2,1", 1, 2),
            new DegreeExample("2,2,2,2,2,1", 5, 4),
            new DegreeExample("3,3,3,1", 7, 6),
            new DegreeExample("2,3,2,3,1", 8, 9),
            new DegreeExample("4,4,4,4,1", 39, 40));

    /** docs/examples.md, dimensions (§3–§7). */
    public static final List<DimensionExample> DIMENSIONS = List.of(
            new DimensionExample("2,2,1", 4, 4, true, "S1, S2"),
            new DimensionExample("1,3,2", 2, 2, true, "d_0 = 1"),
            new DimensionExample("3,2,1", 6, 8, false, "S1"),
            new DimensionExample("3,2,2", 8, 11, false, ""),
            new DimensionExample("3,3,1", 9, 15, false, ""),
            new DimensionExample("4,3,2", 15, 39, false, ""),
            new DimensionExample("2,2,2,1", 6, 6, true, "B2"),
            new DimensionExample("2,2,2,2", 8, 10, false, "B2: codimension 2"),
            new DimensionExample("3,2,2,1", 8, 15, false, "B1"),
            new DimensionExample("2,1,3,1", 2, 2, true, "width-1 first layer: #params − tor = 4 > amb"),
            new DimensionExample("2,1,2,2", 3, 4, false, "defective: edim = 4; theorem W1"));

    /** A row of the equations table (§6, S3): the number of independent equations of V_d in one degree. */
    public record EquationsExample(String architecture, int degree, int count, String note) {
    }

    /** docs/examples.md, equations (§6, S3). */
    public static final List<EquationsExample> EQUATIONS = List.of(
            new EquationsExample("3,2,1", 2, 0, ""),
            new EquationsExample("3,2,1", 3, 4, "the 3×3 minors of [S; p]; prime ideal, degree 6"),
            new EquationsExample("3,2,2", 3, 10, ""));

    /**
     * A row of the membership table (§6). The input is either a tuple ({@code numerators},
     * {@code denominator}) or a function text ({@code function}, single output); answers are
     * {@code in M(Q)}, {@code in M(R)}, {@code in M(C)}, {@code in V}. {@code witnessRows} are the rows of
     * {@code W_1} as written in docs/examples.md (up to the symmetries of §4; empty when none is listed) and
     * {@code witnessOutput} the row of {@code W_2}.
     */
    public record MembershipExample(String id, String architecture, List<String> numerators, String denominator,
                                    String function, String mode, boolean inQ, boolean inR, boolean inC, boolean inV,
                                    List<String> witnessRows, List<String> witnessOutput, String note) {
    }

    /** docs/examples.md, membership (§6). */
    public static final List<MembershipExample> MEMBERSHIP = List.of(
            new MembershipExample("MB1", "2,2,1", List.of("x2"), "x1^2", null, "tuple", false, false, false, true,
                    List.of(), List.of(), "P ∉ span{x1}; limit of (1/ε)(1/(x1−εx2) − 1/x1)"),
            new MembershipExample("MB2", "2,2,1", null, null, "2*x1/(x1^2 + x2^2)", "function", false, false, true, true,
                    List.of("x1 + i*x2", "x1 - i*x2"), List.of("1", "1"), "1/(x1+i x2) + 1/(x1−i x2)"),
            new MembershipExample("MB3", "3,2,1", null, null, "x1/(x1^2 - 2*x2^2)", "function", false, true, true, true,
                    List.of("x1 - sqrt2*x2", "x1 + sqrt2*x2"), List.of("1/2", "1/2"), "rows x1 − √2 x2, x1 + √2 x2; W_2 = [1/2, 1/2]"),
            new MembershipExample("MB4", "3,2,1", null, null, "x3/(x1*x2)", "function", false, false, false, false,
                    List.of(), List.of(), "[S; p] has rank 3"),
            new MembershipExample("MB5", "3,2,1", null, null, "(x1 + x2)/(x1*x2)", "function", true, true, true, true,
                    List.of("x1", "x2"), List.of("1", "1"), "rows x1, x2; W_2 = [1, 1] (up to symmetry)"),
            new MembershipExample("MB6", "2,3,1", List.of("x1*x2 + x1^2"), "x1^2*x2", null, "tuple", true, true, true, true,
                    List.of(), List.of(), "repeated factor x1"),
            new MembershipExample("MB7", "2,3,1", null, null, "1/x1", "function", true, true, true, true,
                    List.of(), List.of(), "one factor, r = 1 ≤ 3"),
            new MembershipExample("MB8", "2,2,1", null, null, "x2/x1^2", "function", false, false, false, true,
                    List.of(), List.of(), "lowest-terms denominator has a repeated factor"));

    /**
     * Deep binary membership (docs/theory.md §7; answers derived by hand from §7, see each note): tuple mode, numerators and denominator, answers {@code in M(Q)}, {@code in M(R)}, {@code in M(C)},
     * {@code in V}.
     */
    public record DeepBinaryExample(String id, String architecture, List<String> numerators, String denominator,
                                    boolean inQ, boolean inR, boolean inC, boolean inV, String note) {
    }

    /** Deep binary networks, tuple membership (§7). */
    public static final List<DeepBinaryExample> DEEP_BINARY = List.of(
            new DeepBinaryExample("DB1", "2,2,2,1", List.of("2*x1*x2^2"), "x2^2 - x1^2", true, true, true, true,
                    "CF2: m_1 = x1*x2, m_2 = (x1 + x2)(x2 - x1), A_3 x = 2*x2"),
            new DeepBinaryExample("DB2", "2,2,2,1", List.of("2*x1*x2^2"), "x1^2 + x2^2", false, false, true, true,
                    "CF2's numerator over x1^2 + x2^2 = (x1 + i*x2)(x1 - i*x2) = m_2: complex rows only"),
            new DeepBinaryExample("DB3", "2,2,2,2", List.of("x1^3", "x2^3"), "x1^2 + x2^2", false, false, false, false,
                    "no common factor of degree D_P - 1 = 2 of the numerators"),
            new DeepBinaryExample("DB4", "2,2,2,1", List.of("x1^2*x2"), "x1^2 - 2*x2^2", false, true, true, true,
                    "m_2 = Q = (x1 - sqrt2*x2)(x1 + sqrt2*x2): the weights are necessarily irrational"),
            new DeepBinaryExample("DB5", "2,2,2,1", List.of("x1^3"), "x2^2", false, false, false, true,
                    "P = ℓ*m_1 = x1^3 forces m_1 ∝ x1^2 (A_1 of rank one), then m_2 ∝ x1^2, not x2^2; V fills (d_L = 1)"),
            new DeepBinaryExample("DB6", "2,2,2,2,1", List.of("33/4*x1^3 + 5/4*x1^2*x2 - 29/4*x1*x2^2 - 9/4*x2^3"),
                    "2*x1^4 + 6*x1^3*x2 - 2*x1^2*x2^2 - 6*x1*x2^3", true, true, true, true, "CF5 (not in lowest terms)"));
}
