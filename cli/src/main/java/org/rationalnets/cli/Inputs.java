package org.rationalnets.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.dimension.DimensionCensus;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.PrimeField;
import org.rationalnets.oracle.json.RationalNetsJson;

/** Parsing of command-line values into library objects; every failure is an {@link InputException}. */
public final class Inputs {

    private static final Pattern RANGE = Pattern.compile("(\\d{1,6})(?:\\.\\.(\\d{1,6}))?");
    private static final Pattern SHARD = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

    private Inputs() {
    }

    /** {@code --arch 3,2,1}. */
    public static Architecture architecture(String option, String text) {
        try {
            return Architecture.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(option, e.getMessage());
        }
    }

    /** {@code --weights '<json>'} or {@code --weights @file.json}. */
    public static Weights weights(String option, Architecture d, String text) {
        String json = text;
        if (text.startsWith("@")) {
            try {
                json = Files.readString(Path.of(text.substring(1)));
            } catch (IOException e) {
                throw new InputException(option, "expected a readable file after '@', got \"" + text.substring(1) + "\" ("
                        + e.getClass().getSimpleName() + ")");
            }
        }
        try {
            return RationalNetsJson.weights(d, json);
        } catch (IllegalArgumentException e) {
            throw new InputException(option, e.getMessage());
        }
    }

    /** {@code a..b} or {@code a}, positive integers with {@code a ≤ b}. */
    public static DimensionCensus.Range range(String option, String text) {
        Matcher m = RANGE.matcher(text.strip());
        if (!m.matches()) {
            throw new InputException(option, "expected a range a..b of positive integers, got \"" + text + "\"");
        }
        int a = Integer.parseInt(m.group(1));
        int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
        if (a < 1 || b < a) {
            throw new InputException(option, "expected a range a..b with 1 ≤ a ≤ b, got \"" + text + "\"");
        }
        return new DimensionCensus.Range(a, b);
    }

    /**
     * Shard {@code i} of {@code n}, written {@code i/n}.
     *
     * @param index {@code i}, from 1
     * @param count {@code n}
     */
    public record Shard(int index, int count) {
    }

    /** {@code i/n} with {@code 1 ≤ i ≤ n}. */
    public static Shard shard(String option, String text) {
        Matcher s = SHARD.matcher(text.strip());
        if (s.matches()) {
            int i = Integer.parseInt(s.group(1));
            int n = Integer.parseInt(s.group(2));
            if (n >= 1 && i >= 1 && i <= n) {
                return new Shard(i, n);
            }
        }
        throw new InputException(option, "expected i/n with 1 ≤ i ≤ n, got \"" + text + "\"");
    }

    /** A prime {@code p < 2^31} for a rank over {@code F_p}; null stays null (the default prime). */
    public static Long prime(String option, Long p) {
        if (p != null) {
            try {
                PrimeField.of(p);
            } catch (IllegalArgumentException e) {
                throw new InputException(option, e.getMessage());
            }
        }
        return p;
    }

    /** A file that can be written (its directory is created); checked before any long computation. */
    public static Path writableFile(String option, Path file) {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new InputException(option, "expected a file in a writable directory, got \"" + file + "\" (cannot create "
                    + dir + ")");
        }
        if (Files.isDirectory(abs) || (dir != null && !Files.isWritable(dir)) || (Files.exists(abs) && !Files.isWritable(abs))) {
            throw new InputException(option, "expected a writable file, got \"" + file + "\"");
        }
        return file;
    }

    /** A polynomial in {@code n} variables; the message carries the column of a syntax error. */
    public static Polynomial<BigFraction> polynomial(String option, String text, int n) {
        try {
            return PolynomialParser.parse(text, n);
        } catch (IllegalArgumentException e) {
            throw new InputException(option, e.getMessage() + " in \"" + text + "\"");
        }
    }

    /** Several polynomials given by a repeated option. */
    public static List<Polynomial<BigFraction>> polynomials(String option, List<String> texts, int n) {
        List<Polynomial<BigFraction>> out = new ArrayList<>();
        for (String t : texts) {
            out.add(polynomial(option, t, n));
        }
        return out;
    }
}
