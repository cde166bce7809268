package org.rationalnets.algorithms.equations;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.Polynomial;

/**
 * The ideal {@code I(V_d)} degree by degree up to k, as computed by {@link NeurovarietyEquations#upTo}:
 * its Hilbert function {@code j ↦ dim I_j}, the part {@code R_1·I_{j−1}} generated from lower degrees,
 * and the new minimal generators of each degree. Together the generators of degrees ≤ k generate
 * the ideal of {@code V_d} up to degree k.
 *
 * @param architecture the architecture d
 * @param coordinates names of the ambient coordinates (variable {@code x_(i+1)} is coordinate i)
 * @param degrees one entry per degree {@code j = 1, …, k}
 */
public record IdealResult(Architecture architecture, List<String> coordinates, List<DegreePart> degrees) {

    /** Copies the lists. */
    public IdealResult {
        coordinates = List.copyOf(coordinates);
        degrees = List.copyOf(degrees);
    }

    /**
     * The ideal in degree j.
     *
     * @param degree j
     * @param dimension {@code dim I_j} when certified, else the number of independent equations proved
     * @param upperBound the rank bound: {@code dim I_j ≤ upperBound}
     * @param fromLowerDegrees {@code dim (R_1·I_{j−1})} (a lower bound unless {@code fromLowerExact})
     * @param fromLowerExact whether {@code fromLowerDegrees} is proved exact in every block
     * @param generators the new minimal generators, each proved by substitution, grouped by multidegree
     * @param generatorMultidegrees their multidegrees
     * @param certified whether {@code dim I_j = dimension} is proved
     * @param samples the number of sample networks
     * @param blocks the number of multidegree blocks
     * @param largestBlock the size of the largest block
     */
    public record DegreePart(int degree, int dimension, int upperBound, int fromLowerDegrees, boolean fromLowerExact,
                             List<Polynomial<BigFraction>> generators, List<Multidegree> generatorMultidegrees,
                             boolean certified, int samples, int blocks, int largestBlock) {

        /** Copies the lists. */
        public DegreePart {
            generators = List.copyOf(generators);
            generatorMultidegrees = List.copyOf(generatorMultidegrees);
        }

        /** {@code dim I_j − dim (R_1·I_{j−1})}, the number of minimal generators of degree j. */
        public int newGenerators() {
            return dimension - fromLowerDegrees;
        }
    }

    /** Whether every dimension and every generator count is proved. */
    public boolean certified() {
        return degrees.stream().allMatch(p -> p.certified() && p.fromLowerExact());
    }

    /** All minimal generators of degree ≤ k, by degree. */
    public List<Polynomial<BigFraction>> generators() {
        List<Polynomial<BigFraction>> out = new ArrayList<>();
        degrees.forEach(p -> out.addAll(p.generators()));
        return out;
    }
}
