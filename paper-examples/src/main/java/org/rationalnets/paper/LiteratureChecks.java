package org.rationalnets.paper;

import java.util.List;
import java.util.stream.Stream;
import org.rationalnets.algorithms.dimension.CertifiedDimension;
import org.rationalnets.algorithms.dimension.DimensionCertificate;
import org.rationalnets.core.Activation;
import org.rationalnets.core.Architecture;

/**
 * Dimensions of polynomial and rational networks with {@code σ(t) = t^r} from the literature
 * (docs/literature.md), each recomputed with a certificate (docs/theory.md §13): a check passes when the
 * value is certified and equals the stated one. The detail names the bound that certified it.
 */
public final class LiteratureChecks {

    private LiteratureChecks() {
    }

    /**
     * One stated dimension (the generic Jacobian rank: affine for {@code r ≥ 2}).
     *
     * @param id the check's id
     * @param label its provenance: {@code [literature]} with the citation, or {@code [derived]}
     * @param architecture {@code d}
     * @param exponent {@code r}
     * @param dimension the stated dimension
     * @param fills whether it is stated to fill its ambient space
     */
    public record Published(String id, String label, String architecture, int exponent, int dimension, boolean fills) {

        /** The activation {@code t^r}. */
        public Activation activation() {
            return Activation.of(exponent);
        }
    }

    private static final String AH = "[literature] Alexander–Hirschowitz, Thm 1.1 of Brambilla–Ottaviani, JPAA 212 (2008)";
    private static final String DR = "[literature] Dao–Rodriguez, arXiv:2605.09609: counterexample to unimodal filling";
    /** The authors' table of counterexamples, read from its flag columns (docs/literature.md, provenance). */
    private static final String DR_TABLE = "[literature] Dao–Rodriguez, arXiv:2605.09609, data repository daokevin06/MFA_PNNs, "
            + "data/processed/counterexamples.csv (minimal, filling, not unimodal)";
    private static final String DR_REDUCTION = "[observed] single-width reduction of the Dao–Rodriguez counterexample (2,3,4,5,4,6,4,1)";
    private static final String DR3_REDUCTION = "[observed] single-width reduction of the Dao–Rodriguez r = 3 counterexample (2,3,7,6,15,8,1)";

    /**
     * The 24 counterexamples to the unimodal filling conjecture of the Dao–Rodriguez table (all {@code d_0 = 2},
     * {@code r = 2}), in its order, then their {@code r = 3} counterexample; each stated to fill.
     */
    public static final List<Published> DAO_RODRIGUEZ_COUNTEREXAMPLES = List.of(
            dr(1, "2,3,4,5,4,6,4,1", 2, 65),
            dr(2, "2,3,4,5,4,8,8,4,1", 2, 129),
            dr(3, "2,3,4,5,6,5,8,5,1", 2, 129),
            dr(4, "2,3,4,5,7,6,7,3,1", 2, 129),
            dr(5, "2,3,3,5,7,6,8,3,1", 2, 129),
            dr(6, "2,3,4,4,7,6,8,3,1", 2, 129),
            dr(7, "2,3,4,5,7,5,7,5,1", 2, 129),
            dr(8, "2,3,4,6,6,5,7,7,1", 2, 129),
            dr(9, "2,3,3,6,7,6,7,3,1", 2, 129),
            dr(10, "2,3,4,4,7,6,7,5,1", 2, 129),
            dr(11, "2,3,3,4,7,6,7,6,1", 2, 129),
            dr(12, "2,3,4,6,5,8,6,3,1", 2, 129),
            dr(13, "2,3,3,4,7,6,8,4,1", 2, 129),
            dr(14, "2,3,4,5,4,7,8,5,1", 2, 129),
            dr(15, "2,3,4,5,8,5,7,4,1", 2, 129),
            dr(16, "2,3,4,4,7,5,8,8,1", 2, 129),
            dr(17, "2,3,4,6,7,5,7,4,1", 2, 129),
            dr(18, "2,3,3,5,7,6,7,4,1", 2, 129),
            dr(19, "2,3,3,5,7,5,8,5,1", 2, 129),
            dr(20, "2,3,4,5,7,5,8,4,1", 2, 129),
            dr(21, "2,3,3,6,6,5,8,8,1", 2, 129),
            dr(22, "2,3,4,4,10,17,11,12,4,2", 2, 514),
            dr(23, "2,3,4,7,8,7,10,3", 2, 195),
            dr(24, "2,3,4,5,9,7,10,3", 2, 195),
            new Published("LIT-DR(2,3,7,6,15,8,1)", "[literature] Dao–Rodriguez, arXiv:2605.09609, data repository "
                    + "daokevin06/MFA_PNNs, notebooks/r3_counterexample_verify.ipynb: r = 3 counterexample to unimodal filling "
                    + "(not in counterexamples.csv)", "2,3,7,6,15,8,1", 3, 244, true));

    /** Row {@code row} (of 24) of the table; rows 1 and 22, the two the authors' README names, cite the paper. */
    private static Published dr(int row, String architecture, int exponent, int dimension) {
        String label = row == 1 || row == 22 ? DR + " (row " + row + " of 24 in its data table)" : DR_TABLE + ", row " + row + " of 24";
        return new Published("LIT-DR(" + architecture + ")", label, architecture, exponent, dimension, true);
    }

    /** Every stated value, in the order of docs/literature.md. */
    public static final List<Published> PUBLISHED = Stream.of(List.of(
            new Published("LIT-AH(3,2,1)", AH + ": r = 2, quadrics of rank ≤ 2", "3,2,1", 2, 5, false),
            new Published("LIT-AH(4,3,1)", AH + ": r = 2, quadrics of rank ≤ 3", "4,3,1", 2, 9, false),
            new Published("LIT-AH(5,7,1)", AH + ": exception (3,5,7)", "5,7,1", 3, 34, false),
            new Published("LIT-AH(3,5,1)", AH + ": exception (4,3,5)", "3,5,1", 4, 14, false),
            new Published("LIT-AH(4,9,1)", AH + ": exception (4,4,9)", "4,9,1", 4, 34, false),
            new Published("LIT-AH(5,14,1)", AH + ": exception (4,5,14)", "5,14,1", 4, 69, false),
            new Published("LIT-KLW(3,3,3)", "[derived] compare Kubjas–Li–Wiesmann, arXiv:2402.00949, Example 4.4 (ℙ^5×ℙ^5×ℙ^5: "
                    + "subtract d_L = 3)", "3,3,3", 2, 15, false),
            new Published("LIT-S6(4,5,3)", "[derived] docs/theory.md §13.4, Koszul flattening", "4,5,3", 2, 29, false),
            new Published("LIT-S6(3,5,2)", "[derived] docs/theory.md §13.4, conic flattening", "3,5,2", 3, 19, false),
            new Published("LIT-S(6,8,3)", "[derived] docs/theory.md §13.8, nets of quadrics (S)", "6,8,3", 2, 62, false),
            new Published("LIT-TC(4,6,5)", "[derived] docs/theory.md §13.8, twisted cubics (TC)", "4,6,5", 2, 47, false),
            new Published("LIT-H(2,19,3,15,20,11,3)", "[derived] docs/theory.md §13.7, algebra cap (H): docs/bounds.md's example",
                    "2,19,3,15,20,11,3", 2, 96, false),
            new Published("LIT-NEG(3,2,2,1)", "[observed] r = −2: no defect without a width-1 layer (docs/monomial.md §7)",
                    "3,2,2,1", -2, 8, false)),
            DAO_RODRIGUEZ_COUNTEREXAMPLES, List.of(
            new Published("LIT-DR(2,2,4,5,4,6,4,1)", DR_REDUCTION, "2,2,4,5,4,6,4,1", 2, 35, false),
            new Published("LIT-DR(2,3,3,5,4,6,4,1)", DR_REDUCTION, "2,3,3,5,4,6,4,1", 2, 60, false),
            new Published("LIT-DR(2,3,4,4,4,6,4,1)", DR_REDUCTION, "2,3,4,4,4,6,4,1", 2, 62, false),
            new Published("LIT-DR(2,3,4,5,3,6,4,1)", DR_REDUCTION, "2,3,4,5,3,6,4,1", 2, 39, false),
            new Published("LIT-DR(2,3,4,5,4,5,4,1)", DR_REDUCTION, "2,3,4,5,4,5,4,1", 2, 61, false),
            new Published("LIT-DR(2,3,4,5,4,6,3,1)", DR_REDUCTION, "2,3,4,5,4,6,3,1", 2, 59, false),
            new Published("LIT-DR(2,2,7,6,15,8,1)", DR3_REDUCTION, "2,2,7,6,15,8,1", 3, 84, false),
            new Published("LIT-DR(2,3,6,6,15,8,1)", DR3_REDUCTION, "2,3,6,6,15,8,1", 3, 240, false),
            new Published("LIT-DR(2,3,7,5,15,8,1)", DR3_REDUCTION, "2,3,7,5,15,8,1", 3, 223, false),
            new Published("LIT-DR(2,3,7,6,14,8,1)", DR3_REDUCTION, "2,3,7,6,14,8,1", 3, 233, false),
            new Published("LIT-DR(2,3,7,6,15,7,1)", DR3_REDUCTION, "2,3,7,6,15,7,1", 3, 231, false)))
            .flatMap(List::stream).toList();

    /** The check of every stated value. */
    public static List<Check> all() {
        return PUBLISHED.stream().map(LiteratureChecks::check).toList();
    }

    /** The checks of the stated values for one activation. */
    public static List<Check> forActivation(Activation sigma) {
        return PUBLISHED.stream().filter(p -> p.activation().equals(sigma)).map(LiteratureChecks::check).toList();
    }

    /** Certified dimension equals the stated one, and so does filling. */
    public static Check check(Published p) {
        Architecture d = Architecture.parse(p.architecture());
        String statement = "dim " + d + ", σ = " + p.activation() + ": " + p.dimension() + (p.fills() ? ", fills" : "");
        return new Check(p.id(), p.label(), statement, () -> {
            DimensionCertificate c = CertifiedDimension.of(d, p.activation(), CertifiedDimension.DEFAULT_SEED,
                    CertifiedDimension.DEFAULT_PRIME);
            if (!c.certified()) {
                return Check.Outcome.fail("not certified: " + c.lowerBound() + " ≤ dim ≤ " + c.upperBound() + " (" + c.upperBoundReason() + ")");
            }
            if (c.dimension() != p.dimension() || !Boolean.valueOf(p.fills()).equals(c.fills())) {
                return Check.Outcome.fail("certified dim " + c.dimension() + (Boolean.TRUE.equals(c.fills()) ? ", fills" : "")
                        + ", stated " + p.dimension() + (p.fills() ? ", fills" : ""));
            }
            return Check.Outcome.pass("certified dim " + c.dimension() + " (rank over " + c.rankField() + " = upper bound "
                    + c.upperBoundReason() + ")");
        });
    }
}
