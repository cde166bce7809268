package org.rationalnets.algorithms;

/**
 * The field the weights of a network are taken from (docs/theory.md §1, §6): membership in
 * {@code M_d(F)} depends on it. The input always has rational coefficients; over R and C the
 * witnesses may be algebraic numbers.
 */
public enum GroundField {
    /** The rationals: factors and weights must be rational. */
    Q,
    /** The reals: factors must be real (algebraic over Q, with isolating intervals). */
    R,
    /** The complex numbers (algebraically closed): every univariate root is available. */
    C
}
