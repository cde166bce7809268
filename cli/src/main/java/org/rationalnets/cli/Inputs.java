package org.rationalnets.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;

/** Parsing of command-line values into library objects; every failure is an {@link InputException}. */
public final class Inputs {

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
            return Weights.parseJson(d, json);
        } catch (IllegalArgumentException e) {
            throw new InputException(option, e.getMessage());
        }
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
