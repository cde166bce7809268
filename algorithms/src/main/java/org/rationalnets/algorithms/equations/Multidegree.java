package org.rationalnets.algorithms.equations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rationalnets.core.AmbientSpace;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.Monomial;

/**
 * A multidegree of the grading of the ambient coordinate ring under which {@code I(V_d)} is
 * homogeneous (docs/theory.md §12, theorem M) [derived]: the coordinate {@code P_i[α]} (coefficient of {@code x^α} in {@code P_i}) has degree
 * {@code (e_i, α)} and {@code Q[α]} has degree {@code (e_0, α)}, in {@code Z^{d_L + 1} × Z^{d_0}}.
 * A monomial in the coordinates has the sum of the degrees of its factors: its degree in each
 * {@code P_i}-block and in the {@code Q}-block, and its total exponent vector in x.
 *
 * <p>Stored as one vector: the {@code d_L} numerator degrees, the {@code Q}-degree, then the
 * {@code d_0} exponents. Ordered lexicographically on that vector.
 */
public final class Multidegree implements Comparable<Multidegree> {

    private final int outputs;
    private final int[] parts;

    private Multidegree(int outputs, int[] parts) {
        this.outputs = outputs;
        this.parts = parts;
    }

    /**
     * The multidegree with numerator degrees {@code p} (one per output), {@code Q}-degree {@code q} and
     * x-exponent vector {@code alpha}.
     */
    public static Multidegree of(int[] p, int q, int[] alpha) {
        int[] v = new int[p.length + 1 + alpha.length];
        System.arraycopy(p, 0, v, 0, p.length);
        v[p.length] = q;
        System.arraycopy(alpha, 0, v, p.length + 1, alpha.length);
        return new Multidegree(p.length, v);
    }

    /** The degree of every ambient coordinate of {@code d}, in coordinate order. */
    public static List<Multidegree> ofCoordinates(Architecture d) {
        AmbientSpace space = d.ambientSpace();
        int dl = d.outputDimension();
        List<Multidegree> out = new ArrayList<>();
        for (int i = 0; i < dl; i++) {
            int[] p = new int[dl];
            p[i] = 1;
            for (Monomial m : space.numeratorMonomials()) {
                out.add(of(p, 0, m.exponents()));
            }
        }
        for (Monomial m : space.denominatorMonomials()) {
            out.add(of(new int[dl], 1, m.exponents()));
        }
        return List.copyOf(out);
    }

    /** The multidegree of a monomial in the coordinates whose degrees are {@code coordinates}. */
    public static Multidegree ofMonomial(List<Multidegree> coordinates, Monomial m) {
        Multidegree first = coordinates.get(0);
        int[] v = new int[first.parts.length];
        for (int i = 0; i < m.variables(); i++) {
            int e = m.exponent(i);
            if (e != 0) {
                int[] c = coordinates.get(i).parts;
                for (int t = 0; t < v.length; t++) {
                    v[t] += e * c[t];
                }
            }
        }
        return new Multidegree(first.outputs, v);
    }

    /**
     * The degree-k monomials in the ambient coordinates of {@code d}, split by multidegree: one
     * block per multidegree, blocks in descending multidegree, monomials in each block ascending
     * (graded lexicographic), so that the reduced kernel basis has its leading monomials at non-pivot
     * columns. Holds every monomial once; the interpolation touches one block at a time.
     *
     * @param graded {@code false} puts all monomials in one block (the unblocked interpolation)
     */
    public static List<Block> blocks(Architecture d, int k, boolean graded) {
        List<Multidegree> coords = ofCoordinates(d);
        List<Monomial> all = Monomial.ofDegree(coords.size(), k);
        if (!graded) {
            List<Monomial> asc = new ArrayList<>(all);
            Collections.reverse(asc);
            return List.of(new Block(null, List.copyOf(asc)));
        }
        Map<Multidegree, List<Monomial>> byDegree = new LinkedHashMap<>();
        for (Monomial m : all) {
            byDegree.computeIfAbsent(ofMonomial(coords, m), x -> new ArrayList<>()).add(m);
        }
        List<Block> out = new ArrayList<>();
        for (Map.Entry<Multidegree, List<Monomial>> e : byDegree.entrySet()) {
            List<Monomial> asc = new ArrayList<>(e.getValue());
            asc.sort(null);
            out.add(new Block(e.getKey(), List.copyOf(asc)));
        }
        out.sort((a, b) -> b.degree().compareTo(a.degree()));
        return List.copyOf(out);
    }

    /**
     * The monomials of one multidegree, ascending.
     *
     * @param degree the multidegree, {@code null} for the single block of the unblocked interpolation
     * @param monomials the monomials, ascending in graded lexicographic order
     */
    public record Block(Multidegree degree, List<Monomial> monomials) {
    }

    /** The sum of two multidegrees of the same architecture. */
    public Multidegree add(Multidegree o) {
        int[] v = parts.clone();
        for (int t = 0; t < v.length; t++) {
            v[t] += o.parts[t];
        }
        return new Multidegree(outputs, v);
    }

    /** The degree in the coefficients of {@code P_i}, {@code 1 ≤ i ≤ d_L}. */
    public int numeratorDegree(int i) {
        return parts[i - 1];
    }

    /** The degree in the coefficients of {@code Q}. */
    public int denominatorDegree() {
        return parts[outputs];
    }

    /** The total x-exponent vector. */
    public int[] exponents() {
        return Arrays.copyOfRange(parts, outputs + 1, parts.length);
    }

    /** The whole vector: numerator degrees, Q-degree, x-exponents. */
    public int[] vector() {
        return parts.clone();
    }

    @Override
    public int compareTo(Multidegree o) {
        return Arrays.compare(parts, o.parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Multidegree m && Arrays.equals(parts, m.parts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }

    /** E.g. {@code P(1,0) Q2 x(2,1,3)}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("P(");
        for (int i = 0; i < outputs; i++) {
            s.append(i == 0 ? "" : ",").append(parts[i]);
        }
        s.append(") Q").append(parts[outputs]).append(" x(");
        for (int i = outputs + 1; i < parts.length; i++) {
            s.append(i == outputs + 1 ? "" : ",").append(parts[i]);
        }
        return s.append(')').toString();
    }
}
