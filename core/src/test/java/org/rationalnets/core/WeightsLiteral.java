package org.rationalnets.core;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Rationals;

/**
 * Weights written as a literal in tests, {@code "[[[1,0],[0,1]],[[1,\"1/2\"]]]"}: matrices of rows of
 * exact rationals, the {@code --weights} notation of docs/cli.md. The JSON reader itself lives in the
 * JSON layer ({@code oracle}), which {@code core} and {@code algorithms} do not see; this reads only
 * well-formed literals, so a typo in a test fails loudly instead of being reported nicely.
 */
public final class WeightsLiteral {

    private WeightsLiteral() {
    }

    /** The weights the literal writes, for {@code d}. */
    public static Weights parse(Architecture d, String literal) {
        String s = literal.replace(" ", "").replace("\"", "");
        if (!s.startsWith("[[[") || !s.endsWith("]]]")) {
            throw new IllegalArgumentException("not a weights literal: " + literal);
        }
        List<List<List<BigFraction>>> ms = new ArrayList<>();
        for (String m : s.substring(3, s.length() - 3).split("]],\\[\\[")) {
            List<List<BigFraction>> rows = new ArrayList<>();
            for (String row : m.split("],\\[")) {
                rows.add(java.util.Arrays.stream(row.split(",")).map(Rationals::parse).toList());
            }
            ms.add(rows);
        }
        return Weights.ofRows(d, ms);
    }
}
