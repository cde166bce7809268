/**
 * Exact algebraic numbers: the algebras {@code Q[θ]/(h)} for square-free {@code h}
 * ({@link org.rationalnets.exact.algebraic.AlgebraicExtension}, with dynamic evaluation through
 * {@link org.rationalnets.exact.algebraic.ZeroDivisorException}), norms and traces of elements and of
 * polynomials over them, real root isolation by Sturm sequences
 * ({@link org.rationalnets.exact.algebraic.RealRoots}), specific roots
 * ({@link org.rationalnets.exact.algebraic.AlgebraicRoot}) and algebraic numbers in the exact JSON form of
 * docs/cli.md ({@link org.rationalnets.exact.algebraic.AlgebraicNumber}). Used by the exact linear
 * factorisation of forms (docs/theory.md §8). Floating point appears only in display approximations.
 */
package org.rationalnets.exact.algebraic;
