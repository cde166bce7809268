package org.rationalnets.algorithms.membership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.UnivariatePolynomial;
import org.rationalnets.exact.algebraic.RationalFactorization;
import org.rationalnets.exact.algebraic.RealRoots;

/**
 * The linear factors of binary forms, grouped by Galois class ("place"): the roots of one monic
 * irreducible polynomial in {@code x1/x2}, or the form {@code x2}. Forms of one class are alike for the
 * grouping of docs/theory.md §7, so the search counts classes and multiplicities only.
 */
final class BinaryFactors {

    /** The place of the fresh forms {@code x1 − k x2}, which divide no input form. */
    static final int FRESH = -1;

    private BinaryFactors() {
    }

    /**
     * A class of linear factors of binary forms: the roots of a monic irreducible {@code p} in
     * {@code x1/x2} (forms {@code x1 − θ x2}), or the form {@code x2} ({@code p = null}).
     */
    record Place(UnivariatePolynomial<BigFraction> p) {
        int degree() {
            return p == null ? 1 : p.degree();
        }

        boolean isRational() {
            return degree() == 1;
        }

        boolean isReal() {
            return p == null || RealRoots.count(p) == p.degree();
        }

        boolean rationalIn(GroundField f) {
            return f == GroundField.C || (f == GroundField.R ? isReal() : isRational());
        }

        @Override
        public String toString() {
            if (p == null) {
                return "x2";
            }
            if (p.degree() == 1) {
                return Polynomial.linearForm(Rationals.Q, List.of(BigFraction.ONE, p.coefficient(0))).toString();
            }
            return "x1 − θ·x2 (θ a root of " + p.toString("t") + ")";
        }
    }

    /** A specific linear form: root {@code root} of place {@code place}, or fresh form number {@code root}. */
    record FormId(int place, int root) implements Comparable<FormId> {
        @Override
        public int compareTo(FormId o) {
            return place != o.place ? Integer.compare(place, o.place) : Integer.compare(root, o.root);
        }
    }

    /** The multiplicity of every place in a form. */
    static Map<Integer, Integer> placeMultiplicities(Polynomial<BigFraction> form, List<Place> places) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        if (form.isZero() || form.degree() == 0) {
            return out;
        }
        UnivariatePolynomial<BigFraction> g = form.restrictToLine(List.of(BigFraction.ZERO, BigFraction.ONE),
                List.of(BigFraction.ONE, BigFraction.ZERO));
        int atInfinity = form.degree() - g.degree();
        if (atInfinity > 0) {
            out.put(placeIndex(places, new Place(null)), atInfinity);
        }
        if (g.degree() > 0) {
            // square-free parts first: rings 2.5.8 may report a power of t as one factor
            for (UnivariatePolynomial.SquareFreeFactor<BigFraction> s : g.squareFreeDecomposition()) {
                if (s.factor().degree() < 1) {
                    continue;
                }
                for (UnivariatePolynomial.SquareFreeFactor<BigFraction> f : RationalFactorization.factor(s.factor())) {
                    if (!f.factor().isSquareFree() || f.multiplicity() != 1) {
                        throw new IllegalStateException("factorisation of the square-free " + s.factor() + " gave " + f);
                    }
                    out.merge(placeIndex(places, new Place(f.factor())), s.multiplicity(), Integer::sum);
                }
            }
        }
        return out;
    }

    static int placeIndex(List<Place> places, Place p) {
        int i = places.indexOf(p);
        if (i < 0) {
            places.add(p);
            i = places.size() - 1;
        }
        return i;
    }

    static Map<FormId, Integer> forms(Map<Integer, Integer> placeMultiplicities, List<Place> places) {
        Map<FormId, Integer> out = new LinkedHashMap<>();
        placeMultiplicities.forEach((pl, e) -> {
            for (int r = 0; r < places.get(pl).degree(); r++) {
                out.put(new FormId(pl, r), e);
            }
        });
        return out;
    }
}
