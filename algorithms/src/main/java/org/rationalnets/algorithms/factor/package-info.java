/**
 * Exact linear factorisation of forms over Q, R and C (docs/theory.md §8):
 * {@link org.rationalnets.algorithms.factor.LinearFactorization} decides, certifies and returns the factors,
 * grouped in {@link org.rationalnets.algorithms.factor.FactorClass}es of conjugates, each listing its
 * individual {@link org.rationalnets.algorithms.factor.LinearFactor}s with algebraic-number coefficients.
 */
package org.rationalnets.algorithms.factor;
