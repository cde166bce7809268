package org.rationalnets.cli;

import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.equations.DeterminantalEquations;
import org.rationalnets.algorithms.equations.EquationsExport;
import org.rationalnets.algorithms.equations.EquationsReport;
import org.rationalnets.algorithms.equations.EquationsResult;
import org.rationalnets.algorithms.equations.IdealResult;
import org.rationalnets.algorithms.equations.Multidegree;
import org.rationalnets.exact.Polynomial;

/** The readable reports of {@code equations}: equations grouped by multidegree, or the table of the ideal by degree. */
final class EquationsText {

    private EquationsText() {
    }

    /** The script format named by {@code --format}. */
    static EquationsExport.Format scriptFormat(String text) {
        return switch (text) {
            case "m2" -> EquationsExport.Format.M2;
            case "singular" -> EquationsExport.Format.SINGULAR;
            case "sage" -> EquationsExport.Format.SAGE;
            default -> throw new InputException("--format", "expected one of text, m2, singular, sage, got '" + text + "'");
        };
    }

    /** Header, equations by multidegree, certificate, and the S3 comparison when {@code det} is not null. */
    static String of(EquationsResult r, DeterminantalEquations.Comparison det) {
        StringBuilder s = new StringBuilder();
        s.append("equations of V").append(r.architecture()).append(" in degree ").append(r.degree())
                .append(" (docs/theory.md §8, §12): ").append(r.count()).append(" independent")
                .append(r.certified() ? ", certified" : ", NOT certified (see below)").append('\n');
        s.append("  coordinates (").append(r.coordinates().size()).append("): ").append(String.join(", ", r.coordinates())).append('\n');
        int i = 0;
        for (Map.Entry<Multidegree, List<Polynomial<BigFraction>>> e : r.byMultidegree().entrySet()) {
            s.append("  multidegree ").append(e.getKey()).append(": ").append(e.getValue().size()).append('\n');
            for (Polynomial<BigFraction> f : e.getValue()) {
                s.append("    ").append(++i).append(". ").append(r.format(f)).append(" = 0\n");
            }
        }
        s.append("certificate:\n");
        EquationsReport.certificateLines(r).forEach(l -> s.append("  ").append(l).append('\n'));
        if (det != null) {
            s.append("determinantal (S3): ").append(det.minors().size()).append(" distinct 3×3 minors of [S; p_1ᵀ; …]:\n");
            for (int m = 0; m < det.minors().size(); m++) {
                s.append("  m").append(m + 1).append(" = ").append(r.format(det.minors().get(m))).append('\n');
            }
            s.append("  degree-").append(r.degree()).append(" part of the ideal of the minors: rank ").append(det.minorSpanRank())
                    .append(det.containedInInterpolated() ? ", contained in" : ", NOT contained in").append(" the interpolated span; ")
                    .append(det.spansSameSpace() ? "same space" : "NOT the same space").append('\n');
        }
        return s.toString();
    }

    /** Header, one row per degree (dim I_j, dim R_1·I_{j−1}, new generators, blocks), certificate. */
    static String of(IdealResult r) {
        StringBuilder s = new StringBuilder();
        s.append("ideal of V").append(r.architecture()).append(" up to degree ").append(r.degrees().size())
                .append(" (docs/theory.md §12): Hilbert function and minimal generators")
                .append(r.certified() ? ", certified" : ", NOT certified (see below)").append('\n');
        s.append(String.format("  %-6s %10s %16s %14s %8s %8s%n", "degree", "dim I_j", "dim R_1·I_{j-1}", "new generators", "blocks",
                "largest"));
        for (IdealResult.DegreePart p : r.degrees()) {
            s.append(String.format("  %-6d %10s %16s %14d %8d %8d%n", p.degree(),
                    p.certified() ? String.valueOf(p.dimension()) : p.dimension() + ".." + p.upperBound(),
                    p.fromLowerExact() ? String.valueOf(p.fromLowerDegrees()) : "≥ " + p.fromLowerDegrees(), p.newGenerators(),
                    p.blocks(), p.largestBlock()));
        }
        s.append("  the ").append(r.generators().size())
                .append(" minimal generators: --json, or --format m2|singular|sage for a script\n");
        s.append("certificate:\n");
        EquationsReport.certificateLines(r).forEach(l -> s.append("  ").append(l).append('\n'));
        return s.toString();
    }
}
