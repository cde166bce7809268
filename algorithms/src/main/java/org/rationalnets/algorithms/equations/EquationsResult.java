package org.rationalnets.algorithms.equations;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.Polynomial;

/**
 * The degree-k part of the ideal {@code I(V_d)} as computed by
 * {@link NeurovarietyEquations#inDegree}: a basis of equations and the certificate.
 *
 * <p>The equations are polynomials in the {@code N = amb(d) + 1} ambient coordinates, variable
 * {@code x_(i+1)} standing for coordinate {@code i} of {@link #coordinates()}. The basis is the
 * unique <em>reduced</em> one with respect to graded-lexicographic order on the coordinates
 * (distinct leading monomials, none of which occurs in another equation), each scaled to coprime
 * integer coefficients with a positive leading coefficient, so it does not depend on the seed.
 * Every equation is multihomogeneous (docs/theory.md §12); the equations are grouped by
 * multidegree, blocks in descending multidegree, and by descending leading monomial within a block.
 *
 * @param architecture the architecture d
 * @param degree the degree k
 * @param coordinates names of the ambient coordinates, e.g. {@code P1[1,0,0]}, {@code Q[2,0,0]}
 * @param equations the equations, each verified to vanish on the symbolic parametrisation
 * @param multidegrees the multidegree of each equation, in the same order
 * @param certified whether every equation was verified and their number meets the rank bound,
 *        so that they are a basis of {@code I(V_d)_k}
 * @param certificate how the claim was checked
 */
public record EquationsResult(Architecture architecture, int degree, List<String> coordinates,
                              List<Polynomial<BigFraction>> equations, List<Multidegree> multidegrees,
                              boolean certified, Certificate certificate) {

    /** Copies the lists; {@code multidegrees} has one entry per equation. */
    public EquationsResult {
        equations = List.copyOf(equations);
        multidegrees = List.copyOf(multidegrees);
        coordinates = List.copyOf(coordinates);
        if (multidegrees.size() != equations.size()) {
            throw new IllegalArgumentException(equations.size() + " equations but " + multidegrees.size() + " multidegrees");
        }
    }

    /**
     * The evidence behind an {@link EquationsResult}.
     *
     * @param monomials number of degree-k monomials in the coordinates (the unknowns)
     * @param samples number of random points of {@code M_d} at which they were evaluated
     * @param seed the seed of the random weights (integers in {@code [−bound, bound]})
     * @param weightBound the bound on the random integer weights
     * @param rankPrime the first prime modulo which ranks were computed (a block whose rank rose
     *        modulo a later prime records that prime in its {@link BlockCertificate})
     * @param rankModP the sum over the blocks of the ranks of their evaluation matrices
     * @param upperBound {@code monomials − rankModP}, an upper bound for {@code dim I(V_d)_k}
     * @param reconstructionPrimes primes used to lift kernels to Q (CRT and rational reconstruction),
     *        the longest list used by a block
     * @param candidates number of kernel vectors lifted to Q
     * @param verified number of them that vanish identically on the symbolic parametrisation
     * @param weightVariables number of weight variables of that parametrisation
     * @param attempts number of sample sets tried (a new one is drawn for the blocks not yet certified)
     * @param multigraded whether the monomials were split by multidegree
     * @param blocks the certificate of each block, in the order of the equations
     */
    public record Certificate(int monomials, int samples, long seed, int weightBound, long rankPrime, int rankModP,
                              int upperBound, List<Long> reconstructionPrimes, int candidates, int verified,
                              int weightVariables, int attempts, boolean multigraded, List<BlockCertificate> blocks) {

        /** Copies the lists. */
        public Certificate {
            reconstructionPrimes = List.copyOf(reconstructionPrimes);
            blocks = List.copyOf(blocks);
        }

        /** The number of blocks with an equation. */
        public long blocksWithEquations() {
            return blocks.stream().filter(b -> b.upperBound() > 0).count();
        }

        /** The size of the largest block. */
        public int largestBlock() {
            return blocks.stream().mapToInt(BlockCertificate::monomials).max().orElse(0);
        }
    }

    /**
     * The evidence for one multidegree block: {@code dim I(V_d)_β ≤ upperBound = monomials − rankModP},
     * and, when certified, equality, proved by {@code verified} substitutions and
     * {@code fromLowerDegrees} independent products of lower-degree equations.
     *
     * @param multidegree the multidegree, {@code null} for the single block of the unblocked interpolation
     * @param monomials the number of monomials of that multidegree
     * @param rankPrime the prime of the rank
     * @param rankModP the rank of the evaluation matrix modulo that prime
     * @param upperBound {@code monomials − rankModP}
     * @param primes the number of primes of the lift
     * @param verified the number of equations proved by substitution
     * @param fromLowerDegrees the number of independent products of lower-degree equations used
     * @param certified whether {@code dim I(V_d)_β = upperBound} is proved
     */
    public record BlockCertificate(Multidegree multidegree, int monomials, long rankPrime, int rankModP, int upperBound,
                                   int primes, int verified, int fromLowerDegrees, boolean certified) {
    }

    /** {@code dim I(V_d)_k} when certified; otherwise the number of verified equations (a lower bound). */
    public int count() {
        return equations.size();
    }

    /** The equations grouped by multidegree, in order. */
    public java.util.SortedMap<Multidegree, List<Polynomial<BigFraction>>> byMultidegree() {
        java.util.SortedMap<Multidegree, List<Polynomial<BigFraction>>> out = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        for (int i = 0; i < equations.size(); i++) {
            out.computeIfAbsent(multidegrees.get(i), x -> new java.util.ArrayList<>()).add(equations.get(i));
        }
        return out;
    }

    /** The equations as text in the coordinate names. */
    public List<String> equationStrings() {
        return equations.stream().map(this::format).toList();
    }

    /**
     * A polynomial in the ambient coordinates as text, e.g. {@code P1[1,0,0]*Q[0,2,0] - 2*Q[1,1,0]^2}:
     * terms in descending graded-lexicographic order (coordinates in their listed order), {@code *}
     * and {@code ^}, reduced fractions.
     */
    public String format(Polynomial<BigFraction> f) {
        return formatIn(coordinates, f);
    }

    /** {@link #format} with the given coordinate names. */
    public static String formatIn(List<String> names, Polynomial<BigFraction> f) {
        return f.format(names::get);
    }
}
