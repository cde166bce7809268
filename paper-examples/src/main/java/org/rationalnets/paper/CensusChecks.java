package org.rationalnets.paper;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.rationalnets.algorithms.dimension.CertifiedDimension;
import org.rationalnets.algorithms.dimension.DimensionCertificate;
import org.rationalnets.algorithms.dimension.Theorems;
import org.rationalnets.core.Architecture;

/**
 * docs/theory.md §9, the census [observed]: no defect with hidden widths ≥ 2, the filling
 * architectures, the 28 defects with a width-1 hidden layer, and the non-filling example
 * {@code (2,3,2,1)}, each over the stated finite range ({@link ObservedCensus}).
 */
public final class CensusChecks {

    private CensusChecks() {
    }

    /** §9: with {@code d_0 ≥ 2} and every hidden width ≥ 2, no defect: certified {@code dim = edim} throughout the census. */
    public static Check censusNoDefect(long seed) {
        return new Check("CENSUS-EDIM", "§9 census [observed]",
                "d_0 ≥ 2, every hidden width ≥ 2: dim V_d = edim(d) (no defect)", ObservedCensus.HIDDEN_AT_LEAST_TWO_RANGE + ", seed " + seed,
                () -> {
                    List<DimensionCertificate> all = ObservedCensus.hiddenWidthsAtLeastTwo(seed);
                    for (DimensionCertificate c : all) {
                        if (!c.certified()) {
                            return Check.Outcome.fail(c.architecture() + " not certified: " + c);
                        }
                        if (!BigInteger.valueOf(c.lowerBound()).equals(c.expectedDimension())) {
                            return Check.Outcome.fail(c.architecture() + ": expected dim = edim = " + c.expectedDimension() + ", got " + c.lowerBound());
                        }
                    }
                    return Check.Outcome.pass(all.size() + " architectures, all certified (rank over F_" + CertifiedDimension.DEFAULT_PRIME
                            + ", seed " + seed + ") with dim = edim; " + points(all) + " sample points in all");
                });
    }

    /** §9: the filling architectures of the census are exactly every {@code (2, d_1, d_2)} and {@code (2,2,…,2,d_{L−1},1)}. */
    public static Check censusFilling(long seed) {
        Predicate<Architecture> stated = d -> {
            if (d.inputDimension() != 2) {
                return false;
            }
            if (d.depth() == 2) {
                return true;
            }
            for (int k = 1; k < d.depth() - 1; k++) {
                if (d.width(k) != 2) {
                    return false;
                }
            }
            return d.outputDimension() == 1;
        };
        return new Check("CENSUS-FILLING", "§9 census [observed]",
                "the filling architectures of the census are exactly every (2, d_1, d_2) and (2,2,…,2,d_{L−1},1)",
                ObservedCensus.HIDDEN_AT_LEAST_TWO_RANGE + ", seed " + seed, () -> {
                    List<String> expected = new ArrayList<>();
                    List<String> actual = new ArrayList<>();
                    for (DimensionCertificate c : ObservedCensus.hiddenWidthsAtLeastTwo(seed)) {
                        if (c.fills() == null) {
                            return Check.Outcome.fail(c.architecture() + ": filling unknown — " + c);
                        }
                        if (stated.test(c.architecture())) {
                            expected.add(c.architecture().toString());
                        }
                        if (c.fills()) {
                            actual.add(c.architecture().toString());
                        }
                    }
                    if (!expected.equals(actual)) {
                        return Check.Outcome.fail("expected filling " + expected + ", got " + actual);
                    }
                    return Check.Outcome.pass(actual.size() + " fill, exactly the stated ones: " + String.join(" ", actual));
                });
    }

    /**
     * §9: with width-1 hidden layers (225 architectures) there are exactly 28 defects, each with a
     * width-1 hidden layer followed by another hidden layer, (2,1,2,2) among them, (2,1,3,1) and
     * (2,2,1,2,1) of that shape but not defective; W1 gives the dimension of all 225.
     */
    public static Check censusWidthOne(long seed) {
        return new Check("CENSUS-W1", "§9 census [observed]; W1 [derived]",
                "225 architectures with a width-1 hidden layer: 28 defects, each a width-1 hidden layer followed by another hidden layer "
                        + "(e.g. (2,1,2,2); not (2,1,3,1), (2,2,1,2,1)); W1 gives every dimension",
                ObservedCensus.WIDTHS_ONE_TO_THREE_RANGE + ", the ones with a width-1 hidden layer, seed " + seed, () -> {
                    List<DimensionCertificate> withOne = ObservedCensus.widthsOneToThree(seed).stream()
                            .filter(c -> c.architecture().firstWidthOneHiddenLayer() > 0).toList();
                    if (withOne.size() != 225) {
                        return Check.Outcome.fail("expected 225 architectures with a width-1 hidden layer, got " + withOne.size());
                    }
                    Set<String> defects = new LinkedHashSet<>();
                    for (DimensionCertificate c : withOne) {
                        Architecture d = c.architecture();
                        if (!c.certified()) {
                            return Check.Outcome.fail(d + " not certified: " + c);
                        }
                        int k = d.firstWidthOneHiddenLayer();
                        DimensionCertificate prefix = CertifiedDimension.of(d.prefix(k), seed, CertifiedDimension.DEFAULT_PRIME);
                        long w1 = Theorems.widthOne(d, k == 1 ? d.inputDimension() : prefix.lowerBound()).orElseThrow().value();
                        if (k > 1 && !prefix.certified()) {
                            return Check.Outcome.fail("prefix " + d.prefix(k) + " of " + d + " not certified: " + prefix);
                        }
                        if (c.lowerBound() != w1) {
                            return Check.Outcome.fail(d + ": expected the W1 value " + w1 + ", got " + c.lowerBound());
                        }
                        if (c.defective()) {
                            defects.add(d.toString());
                            if (!widthOneFollowedByHidden(d)) {
                                return Check.Outcome.fail(d + " is a defect without a width-1 hidden layer followed by another hidden layer");
                            }
                        }
                    }
                    if (defects.size() != 28) {
                        return Check.Outcome.fail("expected 28 defects, got " + defects.size() + ": " + defects);
                    }
                    for (String s : List.of("(2,1,2,2)")) {
                        if (!defects.contains(s)) {
                            return Check.Outcome.fail("expected " + s + " among the defects, got " + defects);
                        }
                    }
                    for (String s : List.of("(2,1,3,1)", "(2,2,1,2,1)")) {
                        if (defects.contains(s) || !widthOneFollowedByHidden(Architecture.parse(s.substring(1, s.length() - 1)))) {
                            return Check.Outcome.fail("expected " + s + " of the defect shape and not defective, got defects " + defects);
                        }
                    }
                    return Check.Outcome.pass("225 certified, each equal to its W1 value (prefix certified separately); 28 defects, all of the "
                            + "stated shape, including (2,1,2,2), not (2,1,3,1), (2,2,1,2,1): " + String.join(" ", defects));
                });
    }

    /** §9: the non-filling example with {@code d_0 = 2}: {@code (2,3,2,1)} has dimension 9 in {@code P^10}. */
    public static Check nonFillingExample(long seed) {
        return new Check("CENSUS-(2,3,2,1)", "§9 census [observed]", "(2,3,2,1) does not fill: dim 9 in P^10", "", () -> {
            DimensionCertificate c = CertifiedDimension.of(Architecture.of(2, 3, 2, 1), seed, CertifiedDimension.DEFAULT_PRIME);
            String actual = "dim " + c.dimension() + " in P^" + c.ambientDimension() + ", fills " + c.fills();
            return Check.Outcome.equal("(2,3,2,1)", "dim 9 in P^10, fills false", actual).passed()
                    ? Check.Outcome.pass("certified dim 9: rank 9 over " + c.rankField() + " at " + c.samplePoints() + " points (seed "
                            + seed + ") = upper bound (" + c.upperBoundReason() + "); amb 10")
                    : Check.Outcome.fail("expected dim 9 in P^10, fills false, got " + actual);
        });
    }

    /** Whether some width-1 hidden layer {@code k} is followed by another hidden layer ({@code k ≤ L − 2}). */
    static boolean widthOneFollowedByHidden(Architecture d) {
        for (int k = 1; k <= d.depth() - 2; k++) {
            if (d.width(k) == 1) {
                return true;
            }
        }
        return false;
    }

    private static int points(List<DimensionCertificate> certs) {
        return certs.stream().mapToInt(DimensionCertificate::samplePoints).sum();
    }
}
