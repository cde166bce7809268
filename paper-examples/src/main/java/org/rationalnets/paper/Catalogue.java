package org.rationalnets.paper;

import java.util.ArrayList;
import java.util.List;

/**
 * Every statement of docs/theory.md and every row of docs/examples.md as a {@link Check}, listed once,
 * in the order of docs/theory.md. The checks themselves live in one class per section:
 * {@link ClosedFormChecks} (§2), {@link DimensionChecks} (§3–§5), {@link ShallowChecks} (§6),
 * {@link DeepBinaryChecks} (§7), {@link FactorChecks} (§8), {@link CensusChecks} (§9). The
 * {@code reproduce} command, its report and the tests all read this list.
 */
public final class Catalogue {

    private Catalogue() {
    }

    /** All checks with the default seed ({@link Reproduction#DEFAULT_SEED}). */
    public static List<Check> all() {
        return all(Reproduction.DEFAULT_SEED);
    }

    /**
     * All checks, in the order of docs/theory.md: each section's example rows, then its statements checked
     * over a range with random networks, points and certificates drawn from {@code seed}.
     */
    public static List<Check> all(long seed) {
        List<Check> checks = new ArrayList<>();
        Examples.CLOSED_FORMS.forEach(e -> checks.add(ClosedFormChecks.closedForm(e)));
        checks.add(ClosedFormChecks.againstComposition(seed));
        Examples.DEGREES.forEach(e -> checks.add(ClosedFormChecks.degrees(e)));
        checks.add(ClosedFormChecks.degreeFormulas(seed));
        Examples.DIMENSIONS.forEach(e -> checks.add(DimensionChecks.ambient(e)));
        checks.addAll(List.of(DimensionChecks.ambientFormula(), DimensionChecks.symmetries(seed),
                DimensionChecks.certificateHonesty(seed)));
        Examples.DIMENSIONS.forEach(e -> checks.add(DimensionChecks.dimension(e)));
        checks.addAll(List.of(DimensionChecks.w1(seed), ShallowChecks.s1(seed), ShallowChecks.s2(seed)));
        Examples.EQUATIONS.forEach(e -> checks.add(ShallowChecks.equations(e)));
        checks.add(ShallowChecks.s3(seed));
        Examples.MEMBERSHIP.forEach(e -> checks.add(ShallowChecks.membership(e)));
        checks.addAll(List.of(ShallowChecks.shallowMembership(seed), DeepBinaryChecks.binaryForm(seed)));
        checks.addAll(DeepBinaryChecks.examples());
        checks.addAll(List.of(DeepBinaryChecks.b1(seed), DeepBinaryChecks.b2(seed), FactorChecks.linearFactors(seed),
                CensusChecks.censusNoDefect(seed), CensusChecks.censusFilling(seed), CensusChecks.censusWidthOne(seed),
                CensusChecks.nonFillingExample(seed)));
        checks.addAll(LiteratureChecks.all());
        return List.copyOf(checks);
    }
}
