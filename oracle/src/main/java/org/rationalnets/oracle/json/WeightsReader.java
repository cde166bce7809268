package org.rationalnets.oracle.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Rationals;

/** Reads the {@code --weights} form (see {@link RationalNetsJson#weights}); every message names the weight matrix. */
final class WeightsReader {

    private WeightsReader() {
    }

    static Weights read(Architecture d, String json) {
        JsonNode root;
        try {
            root = RationalNetsJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("expected a JSON array of weight matrices, got malformed JSON: "
                    + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("expected a JSON array of weight matrices, got " + describe(root));
        }
        if (root.size() != d.depth()) {
            throw new IllegalArgumentException("expected " + d.depth() + " weight matrices for " + d + ", got " + root.size());
        }
        List<List<List<BigFraction>>> ms = new ArrayList<>();
        for (int k = 1; k <= root.size(); k++) {
            ms.add(matrix(d, k, root.get(k - 1)));
        }
        return Weights.ofRows(d, ms);
    }

    private static List<List<BigFraction>> matrix(Architecture d, int k, JsonNode m) {
        String where = "weight matrix " + k + " (W_" + k + ")";
        String shape = where + " must be " + d.width(k) + "×" + d.width(k - 1) + " (d_" + k + " × d_" + (k - 1) + "), got ";
        if (!m.isArray()) {
            throw new IllegalArgumentException(where + ": expected an array of rows, got " + describe(m));
        }
        if (m.size() != d.width(k)) {
            throw new IllegalArgumentException(shape + m.size() + " rows");
        }
        List<List<BigFraction>> rows = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            JsonNode row = m.get(i);
            if (!row.isArray()) {
                throw new IllegalArgumentException(where + ", row " + (i + 1) + ": expected an array of entries, got " + describe(row));
            }
            if (row.size() != d.width(k - 1)) {
                throw new IllegalArgumentException(shape + row.size() + " entries in row " + (i + 1));
            }
            List<BigFraction> entries = new ArrayList<>();
            for (int j = 0; j < row.size(); j++) {
                entries.add(entry(row.get(j), where + ", row " + (i + 1) + ", column " + (j + 1)));
            }
            rows.add(entries);
        }
        return rows;
    }

    private static BigFraction entry(JsonNode node, String where) {
        try {
            if (node.isIntegralNumber()) {
                return BigFraction.of(node.bigIntegerValue());
            }
            if (node.isNumber()) {
                return Rationals.fromDecimal(node.decimalValue());
            }
            if (node.isTextual()) {
                return Rationals.parse(node.textValue());
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException(where + ": expected a number or an exact rational string like \"1/2\", got " + describe(node));
    }

    private static String describe(JsonNode n) {
        return n == null || n.isMissingNode() ? "nothing" : n.toString();
    }
}
