package org.rationalnets.cli;

import java.math.BigInteger;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.rationalnets.algorithms.equations.DeterminantalEquations;
import org.rationalnets.algorithms.equations.EquationsExport;
import org.rationalnets.algorithms.equations.EquationsOptions;
import org.rationalnets.algorithms.equations.EquationsResult;
import org.rationalnets.algorithms.equations.IdealResult;
import org.rationalnets.algorithms.equations.NeurovarietyEquations;
import org.rationalnets.core.Architecture;
import org.rationalnets.oracle.json.EquationsJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code equations}: I(V_d) in one degree, or degree by degree with minimal generators (docs/theory.md §8, §12, S3). */
@Command(name = "equations", mixinStandardHelpOptions = true,
        description = "Equations of the neurovariety V_d (docs/theory.md §8, §12): interpolation at random networks, block by "
                + "multidegree, rank mod p for the count, exact equations over Q, each new one proved by symbolic substitution.")
public final class EquationsCommand implements Callable<Integer> {

    @Mixin
    ArchitectureOption arch;

    @ArgGroup(multiplicity = "1")
    Degree which;

    static final class Degree {
        @Option(names = "--degree", required = true, paramLabel = "k", description = "The equations of degree k ≥ 1: a basis of I_k.")
        Integer degree;

        @Option(names = "--up-to", required = true, paramLabel = "k",
                description = "For every degree j ≤ k: dim I_j, dim R_1·I_{j-1} and the new minimal generators.")
        Integer upTo;
    }

    @Option(names = "--determinantal",
            description = "With --degree, for (d_0,2,d_2): also print the 3×3 minors of [S; p_1ᵀ; …] (S3) and check they span the same space.")
    boolean determinantal;

    @Option(names = "--format", defaultValue = "text", paramLabel = "F",
            description = "text (default), or a script for m2 (Macaulay2), singular or sage defining the ideal of the equations.")
    String format;

    @Option(names = "--threads", paramLabel = "T", description = "Blocks interpolated in parallel (default: all cores).")
    Integer threads;

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
        boolean upTo = which.upTo != null;
        int degree = upTo ? which.upTo : which.degree;
        String name = upTo ? "--up-to" : "--degree";
        if (degree < 1) {
            throw new InputException(name, "expected an integer k ≥ 1, got " + degree);
        }
        if (determinantal && upTo) {
            throw new InputException("--determinantal", "expected --degree (it compares one degree), got --up-to");
        }
        if (determinantal && (!d.isShallow() || d.width(1) != 2)) {
            throw new InputException("--determinantal", "expected an architecture (d_0,2,d_2) (theorem S3), got " + d);
        }
        EquationsExport.Format script = format.equals("text") ? null : EquationsText.scriptFormat(format);
        int cores = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (cores < 1) {
            throw new InputException("--threads", "expected an integer ≥ 1, got " + cores);
        }
        BigInteger ambient = d.ambientSpace().dimension();
        if (ambient.compareTo(BigInteger.valueOf(100_000)) > 0) {
            throw new LimitException("the ambient space of " + d + " has " + ambient.add(BigInteger.ONE)
                    + " coordinates; equations are computed for at most 100000 coordinates");
        }
        BigInteger monomials = NeurovarietyEquations.monomialCount(d, degree);
        long limit = Math.min(maxMonomials, NeurovarietyEquations.MAX_MONOMIALS);
        if (monomials.compareTo(BigInteger.valueOf(limit)) > 0) {
            throw new LimitException("degree " + degree + " has " + monomials + " monomials in the " + ambient.add(BigInteger.ONE)
                    + " ambient coordinates of " + d + ", above --max-monomials " + limit
                    + (limit < NeurovarietyEquations.MAX_MONOMIALS ? "; raise --max-monomials (up to 20000)" : " (the largest supported)"));
        }
        try (ProgressBar bar = Terminal.progressBar("blocks", 0)) {
            EquationsOptions options = EquationsOptions.defaults().withThreads(cores).withProgress((done, total) -> {
                if (bar != null) {
                    bar.maxHint(total);
                    bar.stepTo(done);
                }
            });
            if (upTo) {
                IdealResult r = NeurovarietyEquations.upTo(d, degree, seed, options);
                print(script != null ? EquationsExport.of(r, script) : common.json ? EquationsJson.of(r) : EquationsText.of(r));
            } else {
                EquationsResult r = NeurovarietyEquations.inDegree(d, degree, seed, options);
                DeterminantalEquations.Comparison det = determinantal ? DeterminantalEquations.compare(d, r) : null;
                print(script != null ? EquationsExport.of(r, script) : common.json ? EquationsJson.of(r, det) : EquationsText.of(r, det));
            }
        }
        return 0;
    }

    private void print(Object answer) {
        if (answer instanceof String s) {
            common.out().print(s);
            common.out().flush();
            return;
        }
        Output.print(common.out(), answer);
    }
}
