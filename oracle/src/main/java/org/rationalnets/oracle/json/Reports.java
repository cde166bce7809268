package org.rationalnets.oracle.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.Activation;
import org.rationalnets.core.AmbientSpace;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.Degrees;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.RationalPolynomials;

/**
 * The JSON objects that combine several library values: the {@code degrees}, {@code expand} and
 * {@code reproduce} objects of docs/cli.md. The objects of single results ({@code dim}, {@code member}, the factorisation,
 * weights) are written by the serializers that {@link RationalNetsJson#MAPPER} knows.
 */
public final class Reports {

    private Reports() {
    }

    /**
     * {@code degrees}: {@code architecture}, {@code activation} (only when it is not 1/t), {@code e}
     * ({@code e_1 … e_L}), {@code c} ({@code c_0 … c_L}), {@code DP}, {@code DQ}, {@code ambient_dimension},
     * {@code ambient_projective_dimension} (only for a polynomial activation), {@code parameters},
     * {@code symmetry_dimension}, {@code expected_dimension}.
     *
     * @throws ArithmeticException if a degree exceeds {@code 2^63 − 1}
     */
    public static ObjectNode degrees(Architecture d, Activation sigma) {
        Degrees g = Degrees.of(d, sigma);
        ObjectNode o = RationalNetsJson.MAPPER.createObjectNode();
        o.put("architecture", d.toArgument());
        if (!sigma.isReciprocal()) {
            o.put("activation", sigma.toString());
        }
        ArrayNode e = o.putArray("e");
        for (int k = 1; k <= d.depth(); k++) {
            e.add(g.e(k));
        }
        ArrayNode c = o.putArray("c");
        for (int k = 0; k <= d.depth(); k++) {
            c.add(g.c(k));
        }
        o.put("DP", g.numeratorDegree());
        o.put("DQ", g.denominatorDegree());
        AmbientSpace amb = AmbientSpace.of(d, sigma);
        o.put("ambient_dimension", amb.dimension());
        if (sigma.isPolynomial()) {
            o.put("ambient_projective_dimension", amb.projectiveDimension());
        }
        o.put("parameters", d.parameterCount());
        o.put("symmetry_dimension", d.symmetryDimension());
        o.put("expected_dimension", d.expectedDimension(sigma));
        return o;
    }

    /**
     * {@code expand}: {@code architecture}, {@code activation} (only when it is not 1/t), {@code numerators},
     * {@code denominator}, {@code degrees: {P, Q}} and {@code lowest_terms: {numerators, denominator, common_factor}}.
     */
    public static ObjectNode expansion(ClosedForm<BigFraction> cf, RationalPolynomials.Fraction lowest, Activation sigma) {
        Architecture d = cf.architecture();
        Degrees g = Degrees.of(d, sigma);
        ObjectNode o = RationalNetsJson.MAPPER.createObjectNode();
        o.put("architecture", d.toArgument());
        if (!sigma.isReciprocal()) {
            o.put("activation", sigma.toString());
        }
        o.set("numerators", strings(cf.numerators()));
        o.put("denominator", cf.denominator().toString());
        ObjectNode deg = o.putObject("degrees");
        deg.put("P", g.numeratorDegree());
        deg.put("Q", g.denominatorDegree());
        ObjectNode lt = o.putObject("lowest_terms");
        lt.set("numerators", strings(lowest.numerators()));
        lt.put("denominator", lowest.denominator().toString());
        lt.put("common_factor", lowest.commonFactor().toString());
        return o;
    }

    /**
     * One checked statement or example of a reproduction run.
     *
     * @param id the check's id ({@code CF1}, {@code S1-census}, …)
     * @param label the docs/theory.md label it belongs to
     * @param statement the statement in one line
     * @param range the range of a statement checked on a range, else null
     * @param passed whether it passed
     * @param detail the certificate, or what differed
     * @param millis how long it took
     */
    public record CheckRow(String id, String label, String statement, String range, boolean passed, String detail, long millis) {
    }

    /**
     * {@code reproduce}: {@code checks} (per check {@code id}, {@code statement}, {@code status} PASS or
     * FAIL, {@code detail}, {@code millis}, {@code label}, {@code range}), {@code passed}, {@code failed},
     * {@code seed}, {@code millis}, and {@code report} (the absolute path of the Markdown report) when
     * one was written.
     *
     * @param report the report's path, or null
     */
    public static ObjectNode reproduction(List<CheckRow> checks, long seed, long millis, String report) {
        ObjectNode o = RationalNetsJson.MAPPER.createObjectNode();
        ArrayNode a = o.putArray("checks");
        for (CheckRow r : checks) {
            ObjectNode c = a.addObject();
            c.put("id", r.id());
            c.put("statement", r.statement());
            c.put("status", r.passed() ? "PASS" : "FAIL");
            c.put("detail", r.detail());
            c.put("millis", r.millis());
            c.put("label", r.label());
            c.put("range", r.range());
        }
        long passed = checks.stream().filter(CheckRow::passed).count();
        o.put("passed", passed);
        o.put("failed", checks.size() - passed);
        o.put("seed", seed);
        o.put("millis", millis);
        if (report != null) {
            o.put("report", report);
        }
        return o;
    }

    private static ArrayNode strings(List<Polynomial<BigFraction>> values) {
        ArrayNode a = RationalNetsJson.MAPPER.createArrayNode();
        values.forEach(v -> a.add(v.toString()));
        return a;
    }
}
