package org.rationalnets.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.Callable;
import org.rationalnets.algorithms.equations.DeterminantalEquations;
import org.rationalnets.algorithms.equations.EquationsResult;
import org.rationalnets.algorithms.equations.NeurovarietyEquations;
import org.rationalnets.core.Architecture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code equations}: the degree-k part of I(V_d) by interpolation, certified (docs/theory.md §8, S3). */
@Command(name = "equations", mixinStandardHelpOptions = true,
        description = "Equations of the neurovariety V_d in degree k (docs/theory.md §8): interpolation at random networks, "
                + "rank mod p for the count, exact equations over Q, each proved by symbolic substitution.")
public final class EquationsCommand implements Callable<Integer> {

    @Mixin
    ArchitectureOption arch;

    @Option(names = "--degree", required = true, paramLabel = "k", description = "Degree k ≥ 1 of the equations.")
    int degree;

    @Option(names = "--determinantal",
            description = "For (d_0,2,d_2): also print the 3×3 minors of [S; p_1ᵀ; …] (S3) and check they span the same space.")
    boolean determinantal;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the random sample networks (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-monomials", defaultValue = "20000", paramLabel = "N",
            description = "Refuse (exit 3) above N degree-k monomials in the ambient coordinates (default ${DEFAULT-VALUE}; at most 20000).")
    long maxMonomials;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Architecture d = arch.architecture();
        if (degree < 1) {
            throw new InputException("--degree", "expected an integer k ≥ 1, got " + degree);
        }
        if (determinantal && (!d.isShallow() || d.width(1) != 2)) {
            throw new InputException("--determinantal", "expected an architecture (d_0,2,d_2) (theorem S3), got " + d);
        }
        BigInteger ambient = d.ambientSpace().dimension();
        if (ambient.compareTo(BigInteger.valueOf(100_000)) > 0) {
            throw new LimitException("the ambient space of " + d + " has " + ambient.add(BigInteger.ONE)
                    + " coordinates; equations are computed for at most 100000 coordinates");
        }
        BigInteger monomials = NeurovarietyEquations.monomialCount(d, degree);
        long limit = Math.min(maxMonomials, 20_000);
        if (monomials.compareTo(BigInteger.valueOf(limit)) > 0) {
            throw new LimitException("degree " + degree + " has " + monomials + " monomials in the " + ambient.add(BigInteger.ONE)
                    + " ambient coordinates of " + d + ", above --max-monomials " + limit
                    + (limit < 20_000 ? "; raise --max-monomials (up to 20000)" : " (the largest supported)"));
        }
        EquationsResult r = NeurovarietyEquations.inDegree(d, degree, seed);
        DeterminantalEquations.Comparison det = determinantal ? DeterminantalEquations.compare(d, r) : null;
        PrintWriter out = common.out();
        EquationsResult.Certificate c = r.certificate();
        if (common.json) {
            ObjectNode o = Output.object();
            o.put("architecture", d.toArgument());
            o.put("degree", degree);
            o.put("count", r.count());
            o.set("equations", Output.strings(r.equationStrings()));
            o.put("certified", r.certified());
            o.set("coordinates", Output.strings(r.coordinates()));
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
            if (det != null) {
                ObjectNode dn = o.putObject("determinantal");
                dn.set("minors", Output.strings(det.minors().stream().map(r::format).toList()));
                dn.put("minor_span_rank", det.minorSpanRank());
                dn.put("contained", det.containedInInterpolated());
                dn.put("spans_same_space", det.spansSameSpace());
            }
            Output.print(out, o);
        } else {
            out.println("equations of V" + d + " in degree " + degree + " (docs/theory.md §8): " + r.count() + " independent"
                    + (r.certified() ? ", certified" : ", NOT certified (see below)"));
            out.println("  coordinates (" + r.coordinates().size() + "): " + String.join(", ", r.coordinates()));
            List<String> eqs = r.equationStrings();
            for (int i = 0; i < eqs.size(); i++) {
                out.println("  " + (i + 1) + ". " + eqs.get(i) + " = 0");
            }
            out.println("certificate:");
            out.println("  upper bound: " + c.monomials() + " monomials of degree " + degree + " at " + c.samples()
                    + " random networks (seed " + c.seed() + ", integer weights in [-" + c.weightBound() + "," + c.weightBound()
                    + "]); rank mod " + c.rankPrime() + " = " + c.rankModP() + ", so dim I_" + degree + " ≤ " + c.upperBound());
            out.println("  lower bound: " + c.candidates() + " kernel vectors lifted to Q (" + c.reconstructionPrimes().size()
                    + " primes); " + c.verified() + " vanish identically on the parametrisation with " + c.weightVariables()
                    + " symbolic weights, so dim I_" + degree + " ≥ " + c.verified());
            if (det != null) {
                out.println("determinantal (S3): " + det.minors().size() + " distinct 3×3 minors of [S; p_1ᵀ; …]:");
                for (int i = 0; i < det.minors().size(); i++) {
                    out.println("  m" + (i + 1) + " = " + r.format(det.minors().get(i)));
                }
                out.println("  degree-" + degree + " part of the ideal of the minors: rank " + det.minorSpanRank()
                        + (det.containedInInterpolated() ? ", contained in" : ", NOT contained in") + " the interpolated span; "
                        + (det.spansSameSpace() ? "same space" : "NOT the same space"));
            }
        }
        out.flush();
        return 0;
    }
}
