package org.rationalnets.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.rationalnets.algorithms.dimension.CertifiedDimension;
import org.rationalnets.algorithms.dimension.DimensionCertificate;
import org.rationalnets.algorithms.dimension.Theorems;
import org.rationalnets.core.Activation;
import org.rationalnets.core.Architecture;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dim}: the certified dimension of the neurovariety (docs/theory.md §5) and the theorem that applies. */
@Command(name = "dim", mixinStandardHelpOptions = true,
        description = "Certified dimension of the neurovariety V_d (docs/theory.md §5): lower bound = rank of the Jacobian of "
                + "W ↦ (f_W(ξ_1), …, f_W(ξ_m)) at random integer weights and points over F_p (or over Q with --exact), "
                + "upper bound = min(#params − tor, amb, W1); certified when they meet. Reports whether V_d fills its "
                + "ambient space and what theorems S1, S2, B1, B2, W1 say.")
public final class DimCommand implements Callable<Integer> {

    /** Default limit on #params for the rank over F_p. */
    static final long MAX_PARAMS = 10_000;
    /** Default limit on #params for the exact rank over Q. */
    static final long MAX_PARAMS_EXACT = 80;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    /** One architecture, or a file of them. */
    static final class Input {
        @Option(names = "--arch", required = true, paramLabel = "A", description = "Widths d_0,…,d_L, e.g. 3,2,1.")
        String arch;

        @Option(names = "--batch", required = true, paramLabel = "FILE", description = "One architecture per line, optionally "
                + "with its activation (`2,3,4,1 t^2`); one JSON line per architecture, in order, computed on all cores.")
        java.nio.file.Path batch;
    }

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the random weights and points (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--prime", paramLabel = "p", description = "Prime p < 2^31 of the rank computation (default 2097143).")
    Long prime;

    @Option(names = "--exact", description = "Compute the rank over Q (Bareiss) instead of F_p: slow, for cross-checks.")
    boolean exact;

    @Option(names = "--max-params", paramLabel = "N",
            description = "Refuse (exit 3) architectures with more than N parameters (default 10000; 80 with --exact).")
    Long maxParams;

    @Mixin
    ActivationOption activation;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        if (exact && prime != null) {
            throw new InputException("--prime", "expected no prime with --exact (the rank is computed over Q), got " + prime);
        }
        if (input.batch != null) {
            List<String> bad = DimBatch.run(DimBatch.read(input.batch, activation.activation()), seed, prime, maxParams, common.out());
            if (!bad.isEmpty()) {
                throw new RationalNetCli.CheckFailedException(String.join("; ", bad) + " — please report it");
            }
            return 0;
        }
        Architecture d = Inputs.architecture("--arch", input.arch);
        DimensionCertificate c = certify(d, activation.activation(), seed, prime, exact, maxParams);
        PrintWriter out = common.out();
        if (common.json) {
            Output.print(out, c);
        } else {
            DimensionReport.text(c).forEach(out::println);
        }
        out.flush();
        List<String> bad = Theorems.contradictions(c);
        if (!bad.isEmpty()) {
            throw new RationalNetCli.CheckFailedException(String.join("; ", bad)
                    + " — either the theorem or this program is wrong; please report it");
        }
        return 0;
    }

    /** The certificate, with the CLI's validation of the prime and the parameter limit. */
    static DimensionCertificate certify(Architecture d, Activation sigma, long seed, Long prime, boolean exact, Long maxParams) {
        long limit = maxParams != null ? maxParams : exact ? MAX_PARAMS_EXACT : MAX_PARAMS;
        if (d.parameterCount() > limit) {
            throw new LimitException(d + " has " + d.parameterCount() + " parameters, above --max-params " + limit
                    + "; raise --max-params to try anyway" + (exact ? " (the exact rank over Q is slow)" : ""));
        }
        if (exact) {
            return CertifiedDimension.exact(d, sigma, seed);
        }
        return CertifiedDimension.of(d, sigma, seed, prime == null ? CertifiedDimension.DEFAULT_PRIME : Inputs.prime("--prime", prime));
    }
}
