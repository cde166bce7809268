package org.rationalnets.paper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.rationalnets.algorithms.dimension.DimensionCertificate;
import org.rationalnets.algorithms.dimension.Theorem;

/**
 * The Markdown report of a {@link Reproduction.Run}: summary, versions, seed and date, the figure
 * (certified dimension against ambient dimension over the §9 census, written next to the report as
 * SVG by {@link SvgPlot}), and the table of every check with its certificate.
 */
public final class ReproductionReport {

    private ReproductionReport() {
    }

    /**
     * Where and on what the run happened.
     *
     * @param rationalnets the rationalnets version
     * @param java the Java version and vendor
     * @param os the operating system, version and architecture
     * @param processors available processors
     */
    public record Environment(String rationalnets, String java, String os, int processors) {

        /** The running JVM's. */
        public static Environment current() {
            return new Environment(version(), System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                    System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")",
                    Runtime.getRuntime().availableProcessors());
        }
    }

    /** The rationalnets version recorded at build time, or {@code "unknown"}. */
    public static String version() {
        try (InputStream in = ReproductionReport.class.getResourceAsStream("rationalnets.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The figure's file next to {@code report}: {@code name.md} gives {@code name-dimensions.svg}. */
    public static Path figurePath(Path report) {
        String name = report.getFileName().toString();
        String base = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        return report.resolveSibling(base + "-dimensions.svg");
    }

    /**
     * Writes the report and its figure (creating the directory if needed); returns the figure's path.
     *
     * @throws UncheckedIOException if a file cannot be written
     */
    public static Path write(Path report, Reproduction.Run run, Environment env) {
        Path figure = figurePath(report.toAbsolutePath());
        List<DimensionCertificate> census = ObservedCensus.union(run.seed());
        try {
            if (report.toAbsolutePath().getParent() != null) {
                Files.createDirectories(report.toAbsolutePath().getParent());
            }
            Files.writeString(figure, dimensionFigure(census).render());
            Files.writeString(report, markdown(run, env, figure.getFileName().toString(), census.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return figure;
    }

    /**
     * The figure: each census architecture at (amb, certified dim) on log–log axes, coloured by
     * fills / does not fill / defect; rings at the value S1 or B1 predicts; the diagonal dim = amb.
     * Uncertified architectures (none expected) are drawn as crosses at their lower bound.
     */
    public static SvgPlot dimensionFigure(List<DimensionCertificate> census) {
        List<SvgPlot.Point> fill = new ArrayList<>();
        List<SvgPlot.Point> notFill = new ArrayList<>();
        List<SvgPlot.Point> defect = new ArrayList<>();
        List<SvgPlot.Point> uncertified = new ArrayList<>();
        List<SvgPlot.Point> s1 = new ArrayList<>();
        List<SvgPlot.Point> b1 = new ArrayList<>();
        double maxDim = 1;
        for (DimensionCertificate c : census) {
            double amb = c.ambientDimension().doubleValue();
            maxDim = Math.max(maxDim, c.lowerBound());
            String label = c.architecture() + ": dim " + (c.certified() ? c.lowerBound() : c.lowerBound() + ".." + c.upperBound())
                    + ", edim " + c.expectedDimension() + ", amb " + c.ambientDimension();
            if (c.lowerBound() <= 0) {
                continue;
            }
            SvgPlot.Point p = new SvgPlot.Point(amb, c.lowerBound(), label);
            if (!c.certified()) {
                uncertified.add(p);
            } else if (c.defective()) {
                defect.add(p);
            } else if (Boolean.TRUE.equals(c.fills())) {
                fill.add(p);
            } else {
                notFill.add(p);
            }
            if (c.theoremValue() != null && c.theoremValue() > 0 && (c.theorem() == Theorem.S1 || c.theorem() == Theorem.B1)) {
                (c.theorem() == Theorem.S1 ? s1 : b1).add(new SvgPlot.Point(amb, c.theoremValue(),
                        c.architecture() + ": " + c.theorem() + " gives " + c.theoremValue()));
            }
        }
        SvgPlot plot = new SvgPlot("Certified dimension against ambient dimension (docs/theory.md §9 census)",
                "ambient dimension amb(d) (projective)", SvgPlot.Scale.LOG, "certified dim V_d", SvgPlot.Scale.LOG);
        plot.add(new SvgPlot.Line("dim = amb (fills)", "#444444", new SvgPlot.Point(1, 1, ""),
                new SvgPlot.Point(maxDim, maxDim, ""), true));
        plot.add(new SvgPlot.Series("does not fill", "#7f7f7f", SvgPlot.Marker.DOT, notFill));
        plot.add(new SvgPlot.Series("fills (on the diagonal)", "#2ca02c", SvgPlot.Marker.DOT, fill));
        plot.add(new SvgPlot.Series("defect: dim < edim", "#d62728", SvgPlot.Marker.DOT, defect));
        if (!uncertified.isEmpty()) {
            plot.add(new SvgPlot.Series("not certified (lower bound)", "#9467bd", SvgPlot.Marker.CROSS, uncertified));
        }
        plot.add(new SvgPlot.Series("S1 value (shallow)", "#1f77b4", SvgPlot.Marker.RING, s1));
        plot.add(new SvgPlot.Series("B1 value (binary)", "#ff7f0e", SvgPlot.Marker.RING, b1));
        return plot;
    }

    /** The Markdown text of the report. */
    public static String markdown(Reproduction.Run run, Environment env, String figureFile, int censusSize) {
        StringBuilder md = new StringBuilder();
        md.append("# rationalnets: reproduction report\n\n");
        md.append("Every labelled statement of `docs/theory.md` and every row of `docs/examples.md`, checked by exact computation ")
                .append("(`./rationalnet reproduce`). Provenance tags: **[paper]** stated in the paper, **[derived]** proved in ")
                .append("docs/theory.md and checked here, **[observed]** certified over the stated finite range only.\n\n");
        md.append("**").append(run.results().size()).append(" checks: ").append(run.passed()).append(" passed, ").append(run.failed())
                .append(" failed** in ").append(String.format(java.util.Locale.ROOT, "%.1f", run.millis() / 1000.0)).append(" s");
        if (!run.allPassed()) {
            md.append(" — failed: ").append(String.join(", ", run.failedIds()));
        }
        md.append(".\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| rationalnets | ").append(cell(env.rationalnets())).append(" |\n");
        md.append("| Java | ").append(cell(env.java())).append(" |\n");
        md.append("| OS | ").append(cell(env.os())).append(", ").append(env.processors()).append(" processors |\n");
        md.append("| seed | ").append(run.seed()).append(" (`--seed`; every random network, point and certificate comes from it) |\n");
        md.append("| date | ").append(run.started().truncatedTo(ChronoUnit.SECONDS)).append(" |\n\n");
        md.append("## Figure\n\n");
        md.append("![Certified dimension against ambient dimension](").append(figureFile).append(")\n\n");
        md.append("Each of the ").append(censusSize).append(" architectures of the two §9 censuses (")
                .append(cell(ObservedCensus.HIDDEN_AT_LEAST_TWO_RANGE)).append("; ").append(cell(ObservedCensus.WIDTHS_ONE_TO_THREE_RANGE))
                .append(") at (amb, certified dim), log–log. Filling architectures lie on the dashed diagonal; defects (certified ")
                .append("dim < edim, all with a width-1 hidden layer followed by another hidden layer) are red; rings mark the value ")
                .append("theorem S1 (shallow) or B1 (binary hidden layers) predicts, and each ring holds its dot. Hover a marker for its ")
                .append("architecture.\n\n");
        md.append("## Checks\n\n");
        md.append("| id | status | statement | label | range | certificate / detail | ms |\n|---|---|---|---|---|---|---:|\n");
        for (Check.Result r : run.results()) {
            Check c = r.check();
            md.append("| ").append(cell(c.id())).append(" | ").append(r.passed() ? "PASS" : "**FAIL**").append(" | ")
                    .append(cell(c.statement())).append(" | ").append(cell(c.label())).append(" | ").append(cell(c.range())).append(" | ")
                    .append(cell(r.detail())).append(" | ").append(r.millis()).append(" |\n");
        }
        md.append("\nReproduce with `./rationalnet reproduce --seed ").append(run.seed()).append(" --report FILE.md`.\n");
        return md.toString();
    }

    /** A Markdown table cell: pipes, asterisks, backslashes and angle brackets escaped, one line. */
    static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\r", " ").replace("\n", " ");
    }
}
