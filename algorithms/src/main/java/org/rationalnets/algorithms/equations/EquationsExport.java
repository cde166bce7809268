package org.rationalnets.algorithms.equations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.RationalPolynomials;

/**
 * Equations as a script for a computer algebra system: the polynomial ring over Q in the ambient
 * coordinates, the ideal of the equations (scaled to integer coefficients), and a closing comment
 * with the certificate. Coordinate names are kept readable: {@code P1[1,0,2]} becomes
 * {@code P1_(1,0,2)} in Macaulay2 (an indexed variable) and {@code P1_1_0_2} in Singular and Sage.
 */
public final class EquationsExport {

    /** The target systems. */
    public enum Format {
        /** Macaulay2: {@code M2 --script file}. */
        M2("--"),
        /** Singular: {@code Singular -q file}. */
        SINGULAR("//"),
        /** Sage: {@code load("file.sage")} or {@code sage file.sage}. */
        SAGE("#");

        private final String comment;

        Format(String comment) {
            this.comment = comment;
        }

        /** The format named {@code m2}, {@code singular} or {@code sage} (any case). */
        public static Format parse(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }

        /** The name of the ideal's variable in the script, {@code I}. */
        public String idealName() {
            return "I";
        }
    }

    private EquationsExport() {
    }

    /** The script for the equations of {@code r}, ending with its certificate. */
    public static String of(EquationsResult r, Format format) {
        List<String> header = List.of("equations of V" + r.architecture() + " in degree " + r.degree() + " (rationalnets)");
        return script(format, r.coordinates(), r.equations(), header, EquationsReport.certificateLines(r));
    }

    /** The script for the minimal generators of degree ≤ k of {@code r}, ending with its certificate. */
    public static String of(IdealResult r, Format format) {
        int k = r.degrees().size();
        List<String> header = List.of("minimal generators of the ideal of V" + r.architecture() + " up to degree " + k + " (rationalnets)");
        return script(format, r.coordinates(), r.generators(), header, EquationsReport.certificateLines(r));
    }

    /**
     * The script: a comment with {@code header}, the ring, the ideal {@code I} of {@code equations}
     * (each made primitive with integer coefficients), and a comment with {@code certificate}.
     */
    public static String script(Format format, List<String> coordinates, List<Polynomial<BigFraction>> equations,
                                List<String> header, List<String> certificate) {
        UnaryOperator<String> name = n -> sanitise(format, n);
        List<String> vars = coordinates.stream().map(name).toList();
        List<String> eqs = new ArrayList<>();
        for (Polynomial<BigFraction> f : equations) {
            String text = RationalPolynomials.primitivePart(f).format(i -> vars.get(i));
            eqs.add(format == Format.SAGE ? text.replace("^", "**") : text);
        }
        StringBuilder s = new StringBuilder();
        String c = format.comment + " ";
        header.forEach(h -> s.append(c).append(h).append('\n'));
        String joined = String.join(",\n  ", eqs);
        switch (format) {
            case M2 -> {
                s.append("R = QQ[").append(String.join(", ", vars)).append("];\n");
                s.append("I = ").append(eqs.isEmpty() ? "ideal(0_R)" : "ideal(\n  " + joined + "\n)").append(";\n");
            }
            case SINGULAR -> {
                s.append("ring R = 0, (").append(String.join(", ", vars)).append("), dp;\n");
                s.append("ideal I = ").append(eqs.isEmpty() ? "0" : "\n  " + joined).append(";\n");
            }
            case SAGE -> {
                s.append("R = PolynomialRing(QQ, '").append(String.join(", ", vars)).append("', order='degrevlex')\n");
                s.append("(").append(String.join(", ", vars)).append(",) = R.gens()\n");
                s.append("I = R.ideal([").append(eqs.isEmpty() ? "" : "\n  " + joined + "\n").append("])\n");
            }
            default -> throw new AssertionError(format);
        }
        certificate.forEach(line -> s.append(c).append(line).append('\n'));
        return s.toString();
    }

    /** A coordinate name such as {@code P1[1,0,2]} as a variable name of the system. */
    public static String sanitise(Format format, String coordinate) {
        int open = coordinate.indexOf('[');
        if (open < 0 || !coordinate.endsWith("]")) {
            throw new IllegalArgumentException("expected a coordinate name like P1[1,0,2], got " + coordinate);
        }
        String base = coordinate.substring(0, open);
        String index = coordinate.substring(open + 1, coordinate.length() - 1);
        return format == Format.M2 ? base + "_(" + index + ")" : base + "_" + index.replace(',', '_');
    }
}
