package org.rationalnets.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small scatter-plot writer producing a standalone SVG document: axes (linear or logarithmic),
 * grid, tick labels, series of markers (each marker carries its data coordinates in
 * {@code data-x}/{@code data-y} and a {@code <title>} tooltip), straight reference lines and a legend.
 *
 * <p>Why not a plotting library: the plot must be a deterministic, dependency-free text file that
 * renders on GitHub. The well-kept Java candidates on Maven Central were considered — JFreeChart
 * with JFreeSVG ({@code org.jfree:org.jfree.svg}, GPLv3, which does not fit this Apache-2.0
 * project) and XChart (exports SVG through VectorGraphics2D) — but both draw through AWT
 * {@code Graphics2D}, so text layout depends on the fonts installed on the machine (the same run
 * gives different files on different machines) and they pull in a desktop graphics stack for one
 * figure. A scatter plot is a few hundred lines of SVG text; this class writes it directly.
 * Coordinates in a figure are doubles: a picture is not a claim, the exact values are in the report.
 */
public final class SvgPlot {

    /** Axis scale. */
    public enum Scale {
        /** Linear, from min(0, data) to a round number above the data. */
        LINEAR,
        /** Base-10 logarithmic, from the power of 10 below the data to the one above (data must be positive). */
        LOG
    }

    /** Marker shape. */
    public enum Marker {
        /** Filled circle. */
        DOT,
        /** Hollow circle, drawn larger than a dot so that a dot inside it stays visible. */
        RING,
        /** Diagonal cross. */
        CROSS
    }

    /**
     * A data point.
     *
     * @param x abscissa
     * @param y ordinate
     * @param label tooltip text (e.g. the architecture)
     */
    public record Point(double x, double y, String label) {
    }

    /**
     * A named set of points drawn with one marker and colour.
     *
     * @param name legend text
     * @param color an SVG colour, e.g. {@code #1f77b4}
     * @param marker shape
     * @param points the points
     */
    public record Series(String name, String color, Marker marker, List<Point> points) {

        /** Copies the points. */
        public Series {
            points = List.copyOf(points);
        }
    }

    /**
     * A straight segment between two data points, e.g. the diagonal {@code y = x}.
     *
     * @param name legend text
     * @param color an SVG colour
     * @param from start
     * @param to end
     * @param dashed whether dashed
     */
    public record Line(String name, String color, Point from, Point to, boolean dashed) {
    }

    /** Total width in pixels. */
    public static final int WIDTH = 760;
    /** Total height in pixels. */
    public static final int HEIGHT = 520;
    private static final int LEFT = 70;
    private static final int RIGHT = 250;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;

    private final String title;
    private final String xLabel;
    private final Scale xScale;
    private final String yLabel;
    private final Scale yScale;
    private final List<Series> series = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();

    /**
     * An empty plot.
     *
     * @param title drawn above the plot
     * @param xLabel the x axis title
     * @param xScale the x axis scale
     * @param yLabel the y axis title
     * @param yScale the y axis scale
     */
    public SvgPlot(String title, String xLabel, Scale xScale, String yLabel, Scale yScale) {
        this.title = title;
        this.xLabel = xLabel;
        this.xScale = xScale;
        this.yLabel = yLabel;
        this.yScale = yScale;
    }

    /**
     * Adds a series (drawn in the order added, so later series lie on top).
     *
     * @throws IllegalArgumentException if a coordinate is not finite, or not positive on a log axis
     */
    public SvgPlot add(Series s) {
        for (Point p : s.points()) {
            check(p, s.name());
        }
        series.add(s);
        return this;
    }

    /**
     * Adds a reference line (drawn below the markers).
     *
     * @throws IllegalArgumentException as {@link #add(Series)}
     */
    public SvgPlot add(Line l) {
        check(l.from(), l.name());
        check(l.to(), l.name());
        lines.add(l);
        return this;
    }

    private void check(Point p, String name) {
        if (!Double.isFinite(p.x()) || !Double.isFinite(p.y())
                || (xScale == Scale.LOG && p.x() <= 0) || (yScale == Scale.LOG && p.y() <= 0)) {
            throw new IllegalArgumentException("expected finite coordinates (positive on a log axis) in " + name + ", got ("
                    + p.x() + ", " + p.y() + ")");
        }
    }

    /** The x axis range {@code [low, high]} drawn, from the data added so far. */
    public double[] xRange() {
        return range(xScale, true);
    }

    /** The y axis range {@code [low, high]} drawn, from the data added so far. */
    public double[] yRange() {
        return range(yScale, false);
    }

    /** The horizontal pixel position of abscissa {@code x}. */
    public double pixelX(double x) {
        double[] r = xRange();
        return LEFT + fraction(xScale, r, x) * (WIDTH - LEFT - RIGHT);
    }

    /** The vertical pixel position of ordinate {@code y} (SVG y grows downwards). */
    public double pixelY(double y) {
        double[] r = yRange();
        return HEIGHT - BOTTOM - fraction(yScale, r, y) * (HEIGHT - TOP - BOTTOM);
    }

    private static double fraction(Scale s, double[] r, double v) {
        return s == Scale.LOG ? (Math.log10(v) - Math.log10(r[0])) / (Math.log10(r[1]) - Math.log10(r[0]))
                : (v - r[0]) / (r[1] - r[0]);
    }

    private double[] range(Scale s, boolean x) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        List<Point> all = new ArrayList<>();
        series.forEach(ser -> all.addAll(ser.points()));
        lines.forEach(l -> {
            all.add(l.from());
            all.add(l.to());
        });
        for (Point p : all) {
            double v = x ? p.x() : p.y();
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (all.isEmpty()) {
            return s == Scale.LOG ? new double[] {1, 10} : new double[] {0, 1};
        }
        if (s == Scale.LOG) {
            double low = Math.pow(10, Math.floor(Math.log10(min)));
            double high = Math.pow(10, Math.ceil(Math.log10(max)));
            return new double[] {low, high > low ? high : low * 10};
        }
        double low = Math.min(0, min);
        double high = niceCeil(max);
        return new double[] {low, high > low ? high : low + 1};
    }

    private static double niceCeil(double v) {
        if (v <= 0) {
            return 0;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static List<Double> ticks(Scale s, double[] r) {
        List<Double> t = new ArrayList<>();
        if (s == Scale.LOG) {
            int decades = (int) Math.round(Math.log10(r[1] / r[0]));
            for (double p = r[0]; p <= r[1] * 1.0001; p *= 10) {
                t.add(p);
                if (decades <= 4 && p * 2 < r[1]) {
                    t.add(p * 2);
                    t.add(p * 5);
                }
            }
        } else {
            double step = niceCeil((r[1] - r[0]) / 8);
            for (double v = Math.ceil(r[0] / step) * step; v <= r[1] + step * 1e-9; v += step) {
                t.add(v);
            }
        }
        return t;
    }

    /** On a log axis spanning more than 3 decades only the powers of 10 are labelled (the labels would overlap). */
    private static boolean labelled(Scale s, double[] r, double t) {
        if (s == Scale.LINEAR || Math.log10(r[1] / r[0]) <= 3.0001) {
            return true;
        }
        double e = Math.log10(t);
        return Math.abs(e - Math.rint(e)) < 1e-9;
    }

    /** The SVG document (UTF-8 XML, deterministic: the same plot gives the same text). */
    public String render() {
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
        s.append("  <title>").append(escape(title)).append("</title>\n");
        s.append("  <rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"white\"/>\n");
        s.append("  <text x=\"").append(LEFT).append("\" y=\"24\" font-size=\"15\" font-weight=\"bold\">").append(escape(title)).append("</text>\n");
        axes(s);
        s.append("  <g class=\"lines\">\n");
        for (Line l : lines) {
            s.append("    <line x1=\"").append(f(pixelX(l.from().x()))).append("\" y1=\"").append(f(pixelY(l.from().y())))
                    .append("\" x2=\"").append(f(pixelX(l.to().x()))).append("\" y2=\"").append(f(pixelY(l.to().y())))
                    .append("\" stroke=\"").append(escape(l.color())).append("\" stroke-width=\"1.5\"")
                    .append(l.dashed() ? " stroke-dasharray=\"6 4\"" : "").append("/>\n");
        }
        s.append("  </g>\n");
        for (Series ser : series) {
            s.append("  <g class=\"series\" data-name=\"").append(escape(ser.name())).append("\">\n");
            for (Point p : ser.points()) {
                s.append("    ").append(marker(ser, p)).append('\n');
            }
            s.append("  </g>\n");
        }
        legend(s);
        s.append("</svg>\n");
        return s.toString();
    }

    private String marker(Series ser, Point p) {
        double x = pixelX(p.x());
        double y = pixelY(p.y());
        String data = " data-x=\"" + g(p.x()) + "\" data-y=\"" + g(p.y()) + "\"";
        String tip = "<title>" + escape(p.label()) + "</title>";
        String c = escape(ser.color());
        return switch (ser.marker()) {
            case DOT -> "<circle cx=\"" + f(x) + "\" cy=\"" + f(y) + "\" r=\"3.5\" fill=\"" + c + "\" fill-opacity=\"0.8\"" + data + ">" + tip + "</circle>";
            case RING -> "<circle cx=\"" + f(x) + "\" cy=\"" + f(y) + "\" r=\"6.5\" fill=\"none\" stroke=\"" + c + "\" stroke-width=\"1.5\""
                    + data + ">" + tip + "</circle>";
            case CROSS -> "<path d=\"M" + f(x - 4) + " " + f(y - 4) + " L" + f(x + 4) + " " + f(y + 4) + " M" + f(x - 4) + " " + f(y + 4)
                    + " L" + f(x + 4) + " " + f(y - 4) + "\" stroke=\"" + c + "\" stroke-width=\"1.5\"" + data + ">" + tip + "</path>";
        };
    }

    private void axes(StringBuilder s) {
        double x0 = LEFT;
        double x1 = WIDTH - RIGHT;
        double y0 = HEIGHT - BOTTOM;
        double y1 = TOP;
        s.append("  <g class=\"ticks\" fill=\"#333\">\n");
        for (double t : ticks(xScale, xRange())) {
            double x = pixelX(t);
            s.append("    <line x1=\"").append(f(x)).append("\" y1=\"").append(f(y1)).append("\" x2=\"").append(f(x)).append("\" y2=\"")
                    .append(f(y0)).append("\" stroke=\"#e5e5e5\"/>\n");
            if (labelled(xScale, xRange(), t)) {
                s.append("    <text x=\"").append(f(x)).append("\" y=\"").append(f(y0 + 18)).append("\" text-anchor=\"middle\">")
                        .append(g(t)).append("</text>\n");
            }
        }
        for (double t : ticks(yScale, yRange())) {
            double y = pixelY(t);
            s.append("    <line x1=\"").append(f(x0)).append("\" y1=\"").append(f(y)).append("\" x2=\"").append(f(x1)).append("\" y2=\"")
                    .append(f(y)).append("\" stroke=\"#e5e5e5\"/>\n");
            if (labelled(yScale, yRange(), t)) {
                s.append("    <text x=\"").append(f(x0 - 8)).append("\" y=\"").append(f(y + 4)).append("\" text-anchor=\"end\">")
                        .append(g(t)).append("</text>\n");
            }
        }
        s.append("  </g>\n");
        s.append("  <g class=\"axes\" stroke=\"#333\" stroke-width=\"1\">\n");
        s.append("    <line x1=\"").append(f(x0)).append("\" y1=\"").append(f(y0)).append("\" x2=\"").append(f(x1)).append("\" y2=\"")
                .append(f(y0)).append("\"/>\n");
        s.append("    <line x1=\"").append(f(x0)).append("\" y1=\"").append(f(y0)).append("\" x2=\"").append(f(x0)).append("\" y2=\"")
                .append(f(y1)).append("\"/>\n");
        s.append("  </g>\n");
        s.append("  <text x=\"").append(f((x0 + x1) / 2)).append("\" y=\"").append(HEIGHT - 18).append("\" text-anchor=\"middle\">")
                .append(escape(xLabel)).append("</text>\n");
        s.append("  <text x=\"18\" y=\"").append(f((y0 + y1) / 2)).append("\" text-anchor=\"middle\" transform=\"rotate(-90 18 ")
                .append(f((y0 + y1) / 2)).append(")\">").append(escape(yLabel)).append("</text>\n");
    }

    private void legend(StringBuilder s) {
        double x = WIDTH - RIGHT + 20;
        double y = TOP + 10;
        s.append("  <g class=\"legend\">\n");
        for (Line l : lines) {
            s.append("    <line x1=\"").append(f(x)).append("\" y1=\"").append(f(y)).append("\" x2=\"").append(f(x + 20)).append("\" y2=\"")
                    .append(f(y)).append("\" stroke=\"").append(escape(l.color())).append("\" stroke-width=\"1.5\"")
                    .append(l.dashed() ? " stroke-dasharray=\"6 4\"" : "").append("/>\n");
            s.append("    <text x=\"").append(f(x + 28)).append("\" y=\"").append(f(y + 4)).append("\">").append(escape(l.name())).append("</text>\n");
            y += 22;
        }
        for (Series ser : series) {
            Series sample = new Series(ser.name(), ser.color(), ser.marker(), List.of());
            s.append("    ").append(legendMarker(sample, x + 10, y)).append('\n');
            s.append("    <text x=\"").append(f(x + 28)).append("\" y=\"").append(f(y + 4)).append("\">").append(escape(ser.name()))
                    .append(" (").append(ser.points().size()).append(")</text>\n");
            y += 22;
        }
        s.append("  </g>\n");
    }

    private static String legendMarker(Series ser, double x, double y) {
        String c = escape(ser.color());
        return switch (ser.marker()) {
            case DOT -> "<circle cx=\"" + f(x) + "\" cy=\"" + f(y) + "\" r=\"3.5\" fill=\"" + c + "\"/>";
            case RING -> "<circle cx=\"" + f(x) + "\" cy=\"" + f(y) + "\" r=\"6.5\" fill=\"none\" stroke=\"" + c + "\" stroke-width=\"1.5\"/>";
            case CROSS -> "<path d=\"M" + f(x - 4) + " " + f(y - 4) + " L" + f(x + 4) + " " + f(y + 4) + " M" + f(x - 4) + " " + f(y + 4)
                    + " L" + f(x + 4) + " " + f(y - 4) + "\" stroke=\"" + c + "\" stroke-width=\"1.5\"/>";
        };
    }

    /** A pixel coordinate with two decimals (locale-independent). */
    private static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** A data value: integers without decimals, others in shortest form. */
    static String g(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Escapes the five XML special characters. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
