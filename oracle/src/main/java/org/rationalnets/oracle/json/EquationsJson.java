package org.rationalnets.oracle.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.equations.DeterminantalEquations;
import org.rationalnets.algorithms.equations.EquationsResult;
import org.rationalnets.algorithms.equations.IdealResult;
import org.rationalnets.algorithms.equations.Multidegree;
import org.rationalnets.exact.Polynomial;

/**
 * The JSON form of the {@code equations} answers (field names as in docs/cli.md): one degree
 * ({@link EquationsResult}) or the ideal up to a degree ({@link IdealResult}).
 */
public final class EquationsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EquationsJson() {
    }

    /**
     * {@code architecture, degree, count, equations, multidegrees, certified, coordinates, certificate} and, when
     * {@code det} is not null, {@code determinantal}.
     */
    public static ObjectNode of(EquationsResult r, DeterminantalEquations.Comparison det) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("architecture", r.architecture().toArgument());
        o.put("degree", r.degree());
        o.put("count", r.count());
        o.set("equations", strings(r.equationStrings()));
        o.set("multidegrees", multidegrees(r.multidegrees()));
        o.put("certified", r.certified());
        o.set("coordinates", strings(r.coordinates()));
        EquationsResult.Certificate c = r.certificate();
        ObjectNode ce = o.putObject("certificate");
        ce.put("monomials", c.monomials());
        ce.put("samples", c.samples());
        ce.put("seed", c.seed());
        ce.put("weight_bound", c.weightBound());
        ce.put("prime", c.rankPrime());
        ce.put("rank_mod_p", c.rankModP());
        ce.put("upper_bound", c.upperBound());
        ArrayNode primes = ce.putArray("reconstruction_primes");
        c.reconstructionPrimes().forEach(primes::add);
        ce.put("candidates", c.candidates());
        ce.put("verified_by_substitution", c.verified());
        ce.put("weight_variables", c.weightVariables());
        ce.put("attempts", c.attempts());
        ce.put("multigraded", c.multigraded());
        ce.put("blocks", c.blocks().size());
        ce.put("largest_block", c.largestBlock());
        ce.put("blocks_with_equations", c.blocksWithEquations());
        ArrayNode failed = ce.putArray("uncertified_blocks");
        c.blocks().stream().filter(b -> !b.certified())
                .forEach(b -> failed.add(b.multidegree() == null ? null : multidegree(b.multidegree())));
        if (det != null) {
            ObjectNode dn = o.putObject("determinantal");
            dn.set("minors", strings(det.minors().stream().map(r::format).toList()));
            dn.put("minor_span_rank", det.minorSpanRank());
            dn.put("contained", det.containedInInterpolated());
            dn.put("spans_same_space", det.spansSameSpace());
        }
        return o;
    }

    /**
     * {@code architecture, up_to, certified, coordinates, degrees: [{degree, dimension, upper_bound, from_lower_degrees,
     * from_lower_exact, new_generators, certified, generators, multidegrees, samples, blocks, largest_block}]}.
     */
    public static ObjectNode of(IdealResult r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("architecture", r.architecture().toArgument());
        o.put("up_to", r.degrees().size());
        o.put("certified", r.certified());
        o.set("coordinates", strings(r.coordinates()));
        ArrayNode degrees = o.putArray("degrees");
        for (IdealResult.DegreePart p : r.degrees()) {
            ObjectNode d = degrees.addObject();
            d.put("degree", p.degree());
            d.put("dimension", p.dimension());
            d.put("upper_bound", p.upperBound());
            d.put("from_lower_degrees", p.fromLowerDegrees());
            d.put("from_lower_exact", p.fromLowerExact());
            d.put("new_generators", p.newGenerators());
            d.put("certified", p.certified());
            d.set("generators", strings(p.generators().stream().map(f -> format(r.coordinates(), f)).toList()));
            d.set("multidegrees", multidegrees(p.generatorMultidegrees()));
            d.put("samples", p.samples());
            d.put("blocks", p.blocks());
            d.put("largest_block", p.largestBlock());
        }
        return o;
    }

    private static String format(List<String> names, Polynomial<BigFraction> f) {
        return EquationsResult.formatIn(names, f);
    }

    /** A multidegree as {@code {"P": [degree in each P_i], "Q": degree in Q, "x": exponent vector}}. */
    static ObjectNode multidegree(Multidegree m) {
        ObjectNode o = MAPPER.createObjectNode();
        int[] v = m.vector();
        int[] x = m.exponents();
        int outputs = v.length - 1 - x.length;
        ArrayNode p = o.putArray("P");
        for (int i = 1; i <= outputs; i++) {
            p.add(m.numeratorDegree(i));
        }
        o.put("Q", m.denominatorDegree());
        ArrayNode xs = o.putArray("x");
        for (int e : x) {
            xs.add(e);
        }
        return o;
    }

    private static ArrayNode multidegrees(List<Multidegree> ms) {
        ArrayNode a = MAPPER.createArrayNode();
        ms.forEach(m -> a.add(multidegree(m)));
        return a;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = MAPPER.createArrayNode();
        values.forEach(a::add);
        return a;
    }
}
