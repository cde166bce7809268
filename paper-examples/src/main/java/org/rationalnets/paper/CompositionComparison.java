package org.rationalnets.paper;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.RationalNet;

/**
 * A formula for {@code f_W} compared exactly with direct composition: two random defined networks per
 * architecture, three random rational points per network, points at a pole of either side skipped. The
 * checks CLOSED-FORM and BINARY-FORM differ only in the formula.
 */
final class CompositionComparison {

    /** A formula for the function of one network. */
    interface Formula {

        /** Its value at {@code xi}, or empty at one of its own poles. */
        Optional<List<BigFraction>> at(List<BigFraction> xi);

        /** The failure message when the formula gives {@code got} where composition gives {@code direct}. */
        String mismatch(List<BigFraction> xi, List<BigFraction> direct, List<BigFraction> got);
    }

    /**
     * The outcome: the first mismatch (null when every point agreed) and the counts.
     *
     * @param mismatch the failure message of the first disagreement, or null
     * @param networks networks drawn
     * @param points points where both sides were defined and agreed
     * @param poles points skipped at a pole
     */
    record Result(String mismatch, int networks, int points, int poles) {
    }

    private static final int NETWORKS_EACH = 2;
    private static final int POINTS_EACH = 3;

    private CompositionComparison() {
    }

    /** Compares {@code formulaOf(d, net)} with {@code net.valueAt} on every architecture, drawing from {@code random}. */
    static Result compare(List<Architecture> archs, Random random,
                          BiFunction<Architecture, RationalNet<BigFraction>, Formula> formulaOf) {
        int networks = 0;
        int points = 0;
        int poles = 0;
        for (Architecture d : archs) {
            for (int t = 0; t < NETWORKS_EACH; t++) {
                RationalNet<BigFraction> net = RandomNetworks.definedNetwork(d, random);
                Formula formula = formulaOf.apply(d, net);
                networks++;
                for (int s = 0; s < POINTS_EACH; s++) {
                    List<BigFraction> xi = RandomNetworks.randomPoint(d.inputDimension(), random);
                    Optional<List<BigFraction>> direct = net.valueAt(xi);
                    Optional<List<BigFraction>> got = direct.isEmpty() ? Optional.empty() : formula.at(xi);
                    if (got.isEmpty()) {
                        poles++;
                        continue;
                    }
                    if (!got.get().equals(direct.get())) {
                        return new Result(formula.mismatch(xi, direct.get(), got.get()), networks, points, poles);
                    }
                    points++;
                }
            }
        }
        return new Result(null, networks, points, poles);
    }
}
