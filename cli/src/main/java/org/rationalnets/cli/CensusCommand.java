package org.rationalnets.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.rationalnets.algorithms.dimension.CertifiedDimension;
import org.rationalnets.algorithms.dimension.DimensionCensus;
import org.rationalnets.core.Activation;
import org.rationalnets.core.Architecture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code census}: {@code dim} for every architecture in ranges (docs/theory.md §9). Readable table and
 * summary on stdout; with {@code --json}, stdout holds only JSON Lines (one {@code dim} object per
 * architecture) and the summary goes to stderr. A progress bar is drawn on stderr only when
 * stderr is a terminal.
 */
@Command(name = "census", mixinStandardHelpOptions = true, subcommands = CensusMergeCommand.class,
        description = "Certified dimension (as `dim`) of every architecture (d_0, d_1, …, d_L) with d_0, every hidden "
                + "width, L and d_L in the given ranges and at most --max-params parameters, in a fixed order "
                + "(L, d_0, hidden widths, d_L). Ends with a summary: how many certified, how many fill, every defect "
                + "(certified dim < edim) with its W1 value. With --json, stdout holds one JSON object per line and the "
                + "summary goes to stderr. Exit 1 if a certified value contradicts a theorem.")
public final class CensusCommand implements Callable<Integer> {

    /** At most this many architectures in one census (a limit, exit 3). */
    static final int MAX_ARCHITECTURES = 1_000_000;

    @Option(names = "--d0", defaultValue = "2..3", paramLabel = "a..b", description = "Range of d_0 (default ${DEFAULT-VALUE}).")
    String inputs;

    @Option(names = "--widths", defaultValue = "2..4", paramLabel = "a..b", description = "Range of every hidden width (default ${DEFAULT-VALUE}).")
    String widths;

    @Option(names = "--depth", defaultValue = "2..4", paramLabel = "a..b", description = "Range of the number of layers L (default ${DEFAULT-VALUE}).")
    String depth;

    @Option(names = "--dL", defaultValue = "1..3", paramLabel = "a..b", description = "Range of d_L (default ${DEFAULT-VALUE}).")
    String outputs;

    @Option(names = "--max-params", defaultValue = "60", paramLabel = "n", description = "Only architectures with at most n parameters (default ${DEFAULT-VALUE}; at most 10000).")
    long maxParams;

    @Option(names = "--shard", defaultValue = "1/1", paramLabel = "i/n", description = "Run only shard i of n (architectures whose 0-based index is i−1 mod n).")
    String shard;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed for every architecture, as `dim --seed` (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--prime", paramLabel = "p", description = "Prime p < 2^31 of the rank computation (default 2097143).")
    Long prime;

    @Mixin
    ActivationOption activation;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        DimensionCensus.Range d0 = Inputs.range("--d0", inputs);
        DimensionCensus.Range hidden = Inputs.range("--widths", widths);
        DimensionCensus.Range layers = Inputs.range("--depth", depth);
        DimensionCensus.Range last = Inputs.range("--dL", outputs);
        if (maxParams < 1) {
            throw new InputException("--max-params", "expected a positive integer, got " + maxParams);
        }
        if (maxParams > DimCommand.MAX_PARAMS) {
            throw new LimitException("--max-params " + maxParams + " is above " + DimCommand.MAX_PARAMS
                    + ", the largest architecture `dim` handles by default; use `dim --max-params` for single large ones");
        }
        Inputs.Shard part = Inputs.shard("--shard", shard);
        long p = prime == null ? CertifiedDimension.DEFAULT_PRIME : Inputs.prime("--prime", prime);
        Activation sigma = activation.activation();
        List<Architecture> all = DimensionCensus.architectures(d0, hidden, layers, last, maxParams, MAX_ARCHITECTURES);
        if (all.size() > MAX_ARCHITECTURES) {
            throw new LimitException("the ranges hold more than " + MAX_ARCHITECTURES
                    + " architectures; narrow them, lower --max-params or split the census with --shard");
        }
        List<Architecture> mine = DimensionCensus.shard(all, part.index(), part.count());
        PrintWriter out = common.out();
        String title = "census " + (sigma.isReciprocal() ? "" : "σ = " + sigma + ", ") + "d0 " + d0 + ", hidden widths " + hidden + ", L " + layers + ", dL " + last + ", #params ≤ "
                + maxParams + ", shard " + part.index() + "/" + part.count() + ", seed " + seed + ": " + mine.size() + " architectures";
        if (!common.json) {
            out.println(title);
        }
        DimensionCensus.Summary summary;
        try (ProgressBar bar = Terminal.progressBar("census", mine.size())) {
            summary = DimensionCensus.run(mine, sigma, seed, p, c -> {
                if (common.json) {
                    Output.printLine(out, c);
                } else {
                    out.println(DimensionReport.row(c));
                    out.flush();
                }
                if (bar != null) {
                    bar.step();
                }
            });
        }
        PrintWriter sink = common.json ? common.err() : out;
        if (common.json) {
            sink.println(title);
        }
        summary.lines().forEach(sink::println);
        sink.flush();
        out.flush();
        if (!summary.contradictions().isEmpty()) {
            throw new RationalNetCli.CheckFailedException(summary.contradictions().size()
                    + " certified values contradict a theorem (listed above); please report it");
        }
        return 0;
    }
}
