package org.rationalnets.cli;

import java.util.ArrayList;
import java.util.List;
import org.rationalnets.algorithms.dimension.DimensionCertificate;

/** How {@code dim} and {@code census} print a {@link DimensionCertificate} as text (the JSON form is its serializer's). */
final class DimensionReport {

    private DimensionReport() {
    }

    /** The readable report of {@code dim}. */
    static List<String> text(DimensionCertificate c) {
        List<String> out = new ArrayList<>();
        out.add("architecture " + c.architecture() + ": " + (c.certified()
                ? "dim V = " + c.lowerBound() + " (certified)"
                : c.lowerBound() + " ≤ dim V ≤ " + c.upperBound() + " (NOT certified)"));
        out.add("  lower bound " + c.lowerBound() + ": rank of the Jacobian of Φ over " + c.rankField() + " at "
                + c.samplePoints() + " sample point" + (c.samplePoints() == 1 ? "" : "s") + " (seed " + c.seed() + ", " + c.attempts() + " weight draw"
                + (c.attempts() == 1 ? "" : "s") + ", " + c.rejectedPoints() + " rejected at a pole)");
        out.add("  upper bound " + c.upperBound() + ": " + c.upperBoundReason());
        if (!c.activation().isReciprocal()) {
            out.add(1, "  activation σ(t) = " + c.activation() + ": dim = generic Jacobian rank = dimension of the set of functions"
                    + (c.activation().isPolynomial() ? " (affine, as the literature)" : " (projective, as for 1/t)"));
            if (c.activation().isPolynomial()) {
                out.add("  projective: dim = " + (c.projectiveDimension() == null ? "?" : c.projectiveDimension())
                        + " in P^" + c.projectiveAmbientDimension() + " (affine ambient dimension " + c.ambientDimension() + ")");
            }
            if (!c.parts().isEmpty()) {
                out.add("  chain of bounds:");
                c.boundChain().forEach(l -> out.add("    " + l));
            }
        }
        out.add("  ambient dimension " + c.ambientDimension() + ", expected dimension edim = " + c.expectedDimension()
                + (c.defective() ? " (DEFECTIVE: dim < edim)" : ""));
        out.add("  fills: " + (c.fills() == null ? "unknown" : c.fills() ? "yes" : "no"));
        if (c.theorem() != null) {
            out.add("  theorem " + c.theorem() + " " + c.theorem().provenance() + " gives " + c.theoremValue()
                    + (c.certified() ? (c.theoremValue() == c.lowerBound() ? ": agrees" : ": CONTRADICTED") : ""));
        }
        if (c.fillingTheorem() != null) {
            out.add("  theorem " + c.fillingTheorem() + " " + c.fillingTheorem().provenance() + ": "
                    + (c.fillingTheoremValue() ? "fills" : "does not fill")
                    + (c.fills() == null ? "" : c.fills().equals(c.fillingTheoremValue()) ? ": agrees" : ": CONTRADICTED"));
        }
        if (c.widthOneValue() != null && c.theorem() != org.rationalnets.algorithms.dimension.Theorem.W1) {
            out.add("  W1 value (prefix bound + d_L − 1): " + c.widthOneValue());
        }
        return out;
    }

    /** One line of the readable census table. */
    static String row(DimensionCertificate c) {
        String dim = c.certified() ? String.valueOf(c.lowerBound()) : c.lowerBound() + ".." + c.upperBound() + "?";
        String fills = c.fills() == null ? "?" : c.fills() ? "fills" : "-";
        String theorem = c.theorem() == null ? "" : c.theorem() + "=" + c.theoremValue();
        return String.format("%-18s dim %-8s edim %-5s amb %-8s %-6s %-7s %s", c.architecture(), dim, c.expectedDimension(),
                c.ambientDimension(), fills, theorem, c.defective() ? "DEFECT" + (c.widthOneValue() == null ? "" : " (W1 " + c.widthOneValue() + ")")
                        + (c.activation().isReciprocal() ? "" : " (" + c.upperBoundReason() + ")") : "");
    }
}
