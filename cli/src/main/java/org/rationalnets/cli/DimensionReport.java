package org.rationalnets.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.rationalnets.algorithms.dimension.DimensionCertificate;
import org.rationalnets.algorithms.dimension.Theorems;

/** How {@code dim} and {@code census} print a {@link DimensionCertificate}: JSON (docs/cli.md) and text. */
final class DimensionReport {

    private DimensionReport() {
    }

    /** The {@code dim} JSON object; field names of docs/cli.md plus a few more. */
    static ObjectNode json(DimensionCertificate c) {
        ObjectNode o = Output.object();
        o.put("architecture", c.architecture().toArgument());
        if (c.certified()) {
            o.put("dimension", c.lowerBound());
        } else {
            o.putNull("dimension");
        }
        if (!c.activation().isReciprocal()) {
            monomial(o, c);
        }
        o.put("lower_bound", c.lowerBound());
        o.put("upper_bound", c.upperBound());
        o.put("upper_bound_reason", c.upperBoundReason());
        o.put("certified", c.certified());
        o.put("ambient_dimension", c.ambientDimension());
        o.put("expected_dimension", c.expectedDimension());
        if (c.fills() == null) {
            o.putNull("fills");
        } else {
            o.put("fills", c.fills());
        }
        o.put("defective", c.defective());
        o.put("theorem", c.theorem() == null ? null : c.theorem().label());
        if (c.theoremValue() == null) {
            o.putNull("theorem_value");
        } else {
            o.put("theorem_value", c.theoremValue());
        }
        o.put("filling_theorem", c.fillingTheorem() == null ? null : c.fillingTheorem().label());
        if (c.fillingTheoremValue() == null) {
            o.putNull("filling_theorem_value");
        } else {
            o.put("filling_theorem_value", c.fillingTheoremValue());
        }
        if (c.widthOneValue() == null) {
            o.putNull("w1_value");
        } else {
            o.put("w1_value", c.widthOneValue());
        }
        o.put("seed", c.seed());
        if (c.prime() == null) {
            o.putNull("prime");
        } else {
            o.put("prime", c.prime());
        }
        o.put("rank_field", c.prime() == null ? "Q" : "F_p");
        o.put("sample_points", c.samplePoints());
        o.put("rejected_points", c.rejectedPoints());
        o.put("attempts", c.attempts());
        o.set("contradictions", Output.strings(Theorems.contradictions(c)));
        return o;
    }

    /**
     * The fields of {@code σ = t^r}, {@code r ≠ −1} (docs/monomial.md §2): the activation, the convention,
     * for {@code r ≥ 2} the projective dimension and both ambient dimensions, and the chain of bounds.
     */
    private static void monomial(ObjectNode o, DimensionCertificate c) {
        o.put("activation", c.activation().toString());
        o.put("convention", c.activation().isPolynomial() ? "affine" : "projective");
        if (c.activation().isPolynomial()) {
            if (c.projectiveDimension() == null) {
                o.putNull("projective_dimension");
            } else {
                o.put("projective_dimension", c.projectiveDimension());
            }
            o.put("ambient_affine_dimension", c.ambientDimension());
            o.put("ambient_projective_dimension", c.projectiveAmbientDimension());
        }
        o.set("upper_bound_chain", Output.strings(chain(c)));
    }

    /** The reason of the upper bound, then those of the parts it used, indented by depth. */
    static List<String> chain(DimensionCertificate c) {
        List<String> out = new ArrayList<>();
        chain(c, "", out);
        return out;
    }

    private static void chain(DimensionCertificate c, String indent, List<String> out) {
        out.add(indent + c.architecture() + ": " + (c.certified() ? "dim " + c.lowerBound() : c.lowerBound() + " ≤ dim ≤ "
                + c.upperBound()) + ", " + c.upperBoundReason());
        for (DimensionCertificate p : c.parts()) {
            chain(p, indent + "  ", out);
        }
    }

    /**
     * The certificate back from its {@link #json} object (without the parts of a split bound, which the
     * object names in {@code upper_bound_chain} only).
     *
     * @throws IllegalArgumentException or NullPointerException if a field is missing or malformed
     */
    static DimensionCertificate fromJson(com.fasterxml.jackson.databind.JsonNode j) {
        org.rationalnets.core.Activation sigma = j.has("activation")
                ? org.rationalnets.core.Activation.parse(j.get("activation").asText()) : org.rationalnets.core.Activation.RECIPROCAL;
        return new DimensionCertificate(org.rationalnets.core.Architecture.parse(j.get("architecture").asText()),
                j.get("lower_bound").intValue(), j.get("upper_bound").longValue(), j.get("upper_bound_reason").asText(),
                j.get("ambient_dimension").bigIntegerValue(), j.get("expected_dimension").bigIntegerValue(),
                j.get("prime").isNull() ? null : j.get("prime").longValue(), j.get("seed").longValue(),
                j.get("sample_points").intValue(), j.get("rejected_points").intValue(), j.get("attempts").intValue(),
                theorem(j.get("theorem")), j.get("theorem_value").isNull() ? null : j.get("theorem_value").longValue(),
                theorem(j.get("filling_theorem")),
                j.get("filling_theorem_value").isNull() ? null : j.get("filling_theorem_value").booleanValue(),
                j.get("w1_value").isNull() ? null : j.get("w1_value").longValue(), sigma, List.of());
    }

    private static org.rationalnets.algorithms.dimension.Theorem theorem(com.fasterxml.jackson.databind.JsonNode n) {
        return n.isNull() ? null : org.rationalnets.algorithms.dimension.Theorem.valueOf(n.asText());
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
                chain(c).forEach(l -> out.add("    " + l));
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
