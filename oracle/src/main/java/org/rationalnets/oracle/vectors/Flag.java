package org.rationalnets.oracle.vectors;

/**
 * Why a conformance vector exists (Wycheproof's "flags"): each names a case an implementation is
 * likely to get wrong. The vector file's {@code notes} object carries every description below.
 */
public enum Flag {
    /** A hand-verified row of docs/examples.md. */
    Example("Copied from the hand-verified table docs/examples.md (values computed independently of this project)."),
    /** The denominator has a repeated factor. */
    RepeatedFactor("The denominator Q (or the lowest-terms denominator) has a repeated factor, e.g. x1^2*x2. "
            + "In function mode a repeated linear factor in lowest terms is never produced by a shallow network; "
            + "in tuple mode it can be (one row of W_1 per factor counted with multiplicity)."),
    /** The closed form (or the given input) is not in lowest terms. */
    NotLowestTerms("The pair (P, Q) has a non-constant common factor: the closed form of docs/theory.md §2 is not always in "
            + "lowest terms (special weights, e.g. zeros or proportional rows). The closed form must be reported as "
            + "produced by the formulas, not reduced; lowest_terms is the reduced pair."),
    /** Member over C but not over R. */
    ComplexOnly("The denominator splits into linear factors over C but not over R (e.g. x1^2 + x2^2): a member of "
            + "M_d(C) but not of M_d(R) or M_d(Q). For deep binary networks the factor may sit in the numerators' common "
            + "factor instead (it is a product of quadrics m_k that split over the field of the weights)."),
    /** Member over R but not over Q. */
    RealIrrational("The denominator splits over R with irrational factors (e.g. x1^2 - 2*x2^2): a member of M_d(R) "
            + "and M_d(C) but not of M_d(Q). For deep binary networks the factor may sit in the numerators' common factor instead."),
    /** dim V_d below edim(d). */
    Defective("The dimension is strictly below the expected dimension edim(d) = min(#params - tor, amb) of docs/theory.md §4 "
            + "(all known cases have a width-1 hidden layer, theorem W1)."),
    /** A hidden layer of width 1. */
    WidthOne("Some hidden layer has width 1: later pre-activations are constants, degrees collapse (e_k = 0), "
            + "and theorem W1 gives the dimension."),
    /** d_0 = 1. */
    InputDimensionOne("One input variable (d_0 = 1): every linear form is a multiple of x1, f = c/x1 or c*x1."),
    /** In the closure V_d but not in M_d(C). */
    ClosurePoint("The point lies in the neurovariety V_d (the Zariski closure) but not in the neuromanifold M_d(C): "
            + "closure_member is true while every member flag is false."),
    /** V_d = A_d. */
    Filling("The architecture is filling: V_d equals the ambient space A_d (dim V_d = amb(d)); every point of A_d "
            + "is in the closure and there are no equations."),
    /** A hidden pre-activation is identically zero. */
    Undefined("Some hidden pre-activation is the zero polynomial, so the weights do not define a network "
            + "(docs/theory.md §1): the expected answer is the error {\"undefined\": true}, not a closed form."),
    /** The output layer is zero. */
    ZeroOutput("The function is f = 0 (zero output layer or zero input numerators): a network by docs/theory.md §1."),
    /** L = 1. */
    DepthOne("A single layer (L = 1): no activation, f = W_1 x, Q = 1."),
    /** Q does not split into linear factors over C. */
    NotSplitting("The denominator does not split into linear forms even over C (e.g. a smooth quadric or cubic): "
            + "no member, and outside the closure unless the architecture is filling."),
    /** A numerator outside span{Q/l}. */
    OutsideSpan("The denominator splits, but a numerator is not in span{Q/l : l a linear factor of Q}."),
    /** Fewer distinct linear factors than hidden neurons. */
    FewerFactors("The lowest-terms denominator has fewer distinct linear factors than d_1 (r < d_1), which is allowed."),
    /** Not the degree of a network. */
    WrongDegree("The function is not homogeneous of degree -1, or its lowest-terms denominator has more distinct factors "
            + "than d_1: no network whatever the field, and no representative of degrees (D_P, D_Q), so not in the closure. "
            + "For deep networks the degree of a network is (-1)^(L-1) (docs/theory.md §2): +1 for odd L, -1 for even L."),
    /** A deep binary architecture (docs/theory.md §7). */
    DeepBinary("A deep architecture with binary hidden layers, d = (d_0, 2, ..., 2, d_L) with L >= 3 (docs/theory.md §7): "
            + "f = A_L x * s_L with quadrics m_k = (A_k x)_1 (A_k x)_2; P = A_L x * (product of the m_k, k = L-2, L-4, ...), "
            + "Q = product of the m_k, k = L-1, L-3, .... Closure (d_0 = 2, B2): in V_d iff d_L = 1 or the P_i have a "
            + "common factor of degree >= D_P - 1; for d_0 >= 3 moreover all forms must be polynomials in two linear forms.");

    private final String description;

    Flag(String description) {
        this.description = description;
    }

    /** What the flag means, as printed in the file's {@code notes}. */
    public String description() {
        return description;
    }
}
