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
 *
 * @param architecture the architecture d
 * @param degree the degree k
 * @param coordinates names of the ambient coordinates, e.g. {@code P1[1,0,0]}, {@code Q[2,0,0]}
 * @param equations the equations, each verified to vanish on the symbolic parametrisation
 * @param certified whether every equation was verified and their number meets the rank bound,
 *        so that they are a basis of {@code I(V_d)_k}
 * @param certificate how the claim was checked
 */
public record EquationsResult(Architecture architecture, int degree, List<String> coordinates,
                              List<Polynomial<BigFraction>> equations, boolean certified, Certificate certificate) {

    /**
     * The evidence behind an {@link EquationsResult}.
     *
     * @param monomials number of degree-k monomials in the coordinates (the unknowns)
     * @param samples number of random points of {@code M_d} at which they were evaluated
     * @param seed the seed of the random weights (integers in {@code [−bound, bound]})
     * @param weightBound the bound on the random integer weights
     * @param rankPrime the prime modulo which the rank of the evaluation matrix was computed
     * @param rankModP that rank; {@code monomials − rankModP} bounds {@code dim I(V_d)_k} from above
     * @param upperBound {@code monomials − rankModP}
     * @param reconstructionPrimes primes used to lift the kernel to Q (CRT and rational reconstruction)
     * @param candidates number of kernel vectors lifted to Q
     * @param verified number of them that vanish identically on the symbolic parametrisation
     * @param weightVariables number of weight variables of that parametrisation
     * @param attempts number of sample sets tried (a new one is drawn when verification fails)
     */
    public record Certificate(int monomials, int samples, long seed, int weightBound, long rankPrime, int rankModP,
                              int upperBound, List<Long> reconstructionPrimes, int candidates, int verified,
                              int weightVariables, int attempts) {
    }

    /** {@code dim I(V_d)_k} when certified; otherwise the number of verified equations (a lower bound). */
    public int count() {
        return equations.size();
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
