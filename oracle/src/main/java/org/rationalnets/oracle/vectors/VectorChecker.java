package org.rationalnets.oracle.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.membership.WitnessVerification;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.Equivalences;
import org.rationalnets.core.UndefinedNetworkException;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.oracle.json.RationalNetsJson;

/**
 * Compares another implementation's answers with the conformance vectors, semantically
 * (docs/VECTORS.md): polynomials up to one common nonzero scalar, integers and booleans exactly,
 * witness weights by re-expanding them (weights are unique only up to the symmetries of docs/theory.md §4),
 * equations by the linear span they generate. A field the answer leaves out (or sets to
 * {@code null}) is not compared; a test with no answer, or none of whose fields was answered, is
 * <em>skipped</em>, never passed.
 */
public final class VectorChecker {

    private VectorChecker() {
    }

    /** One test whose answer differs from the expectation, with every difference found. */
    public record Mismatch(int tcId, String type, List<String> differences) {
    }

    /**
     * The outcome of a comparison.
     *
     * @param total number of vectors in the expected file
     * @param passed tests answered and matching in every answered field
     * @param mismatches tests that differ
     * @param skipped tcIds without an answer (or with no answered field)
     * @param notes things not checked (e.g. algebraic witness weights) and answers to unknown tcIds
     */
    public record Report(int total, int passed, List<Mismatch> mismatches, List<Integer> skipped, List<String> notes) {

        /** The number of tests that differ. */
        public int failed() {
            return mismatches.size();
        }

        /** Whether nothing differed (skipped tests do not count as differences). */
        public boolean ok() {
            return mismatches.isEmpty();
        }
    }

    /** The two documents a check reads. */
    public enum Document {
        /** The vector file with the expected results. */
        EXPECTED,
        /** The answers under test (an answers file or a vector file). */
        ACTUAL
    }

    /** One of the two documents is not what a check needs; {@link #document()} says which. */
    public static final class MalformedDocumentException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final Document document;

        MalformedDocumentException(Document document, String message) {
            super(message);
            this.document = document;
        }

        /** The document at fault. */
        public Document document() {
            return document;
        }
    }

    /**
     * Checks the answers in the JSON text {@code actual} against the vector file in the JSON text
     * {@code expected}, as {@link #check(JsonNode, JsonNode)}.
     *
     * @throws MalformedDocumentException naming the document that is not a JSON object, or not a
     *         vector file ({@code expected}) or an answers or vector file ({@code actual})
     */
    public static Report check(String expected, String actual) {
        JsonNode exp = object(Document.EXPECTED, expected);
        JsonNode act = object(Document.ACTUAL, actual);
        try {
            answers(act);
        } catch (IllegalArgumentException e) {
            throw new MalformedDocumentException(Document.ACTUAL, e.getMessage());
        }
        try {
            return check(exp, act);
        } catch (IllegalArgumentException e) {
            throw new MalformedDocumentException(Document.EXPECTED, e.getMessage());
        }
    }

    private static JsonNode object(Document which, String text) {
        JsonNode n;
        try {
            n = VectorJson.parse(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedDocumentException(which, e.getMessage());
        }
        if (!n.isObject()) {
            throw new MalformedDocumentException(which, "expected a JSON object, got " + n.getNodeType());
        }
        return n;
    }

    /**
     * Checks {@code actual} against {@code expected}.
     *
     * @param expected a vector file (schema {@value VectorJson#SCHEMA_NAME})
     * @param actual an answers file {@code {"answers": {"<tcId>": {...}}}}, or a vector file whose
     *        {@code result}s are taken as the answers
     * @throws IllegalArgumentException if {@code expected} is not a vector file or {@code actual}
     *         has neither {@code answers} nor {@code testGroups}
     */
    public static Report check(JsonNode expected, JsonNode actual) {
        JsonNode schema = expected.path("schema");
        if (!VectorJson.SCHEMA_NAME.equals(schema.path("name").asText()) || !expected.path("testGroups").isArray()) {
            throw new IllegalArgumentException("expected a vector file with schema name \"" + VectorJson.SCHEMA_NAME
                    + "\" and testGroups, got " + (schema.isMissingNode() ? "no schema" : "schema " + schema));
        }
        Map<Integer, JsonNode> answers = answers(actual);
        List<Mismatch> mismatches = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int total = 0;
        int passed = 0;
        Map<Integer, Boolean> known = new TreeMap<>();
        for (JsonNode group : expected.get("testGroups")) {
            String type = group.path("type").asText();
            for (JsonNode test : group.path("tests")) {
                total++;
                int id = test.path("tcId").asInt();
                known.put(id, true);
                JsonNode answer = answers.get(id);
                if (answer == null || !answer.isObject()) {
                    skipped.add(id);
                    continue;
                }
                Comparison c = new Comparison(id);
                try {
                    switch (type) {
                        case "closedForm" -> c.closedForm(test, answer);
                        case "degrees" -> c.integers(test, answer, "DP", "DQ", "ambient_dimension", "parameters",
                                "symmetry_dimension", "expected_dimension");
                        case "dimension" -> c.dimension(test, answer);
                        case "membership" -> c.membership(test, answer);
                        case "equations" -> c.equations(test, answer);
                        default -> notes.add("tcId " + id + ": unknown test type \"" + type + "\" not checked");
                    }
                } catch (RuntimeException e) {
                    c.differ("answer could not be read: " + e.getMessage());
                }
                notes.addAll(c.notes);
                if (!c.differences.isEmpty()) {
                    mismatches.add(new Mismatch(id, type, List.copyOf(c.differences)));
                } else if (c.compared == 0) {
                    skipped.add(id);
                } else {
                    passed++;
                }
            }
        }
        for (Integer id : answers.keySet()) {
            if (!known.containsKey(id)) {
                notes.add("an answer for tcId " + id + ", which is not in the vector file, was ignored");
            }
        }
        return new Report(total, passed, List.copyOf(mismatches), List.copyOf(skipped), List.copyOf(notes));
    }

    /**
     * The answers of an answers file ({@code {"answers": {"17": {...}}}}) or of a vector file
     * (each test's {@code result}), keyed by tcId.
     *
     * @throws IllegalArgumentException if there is neither {@code answers} nor {@code testGroups},
     *         or a key is not a tcId
     */
    public static Map<Integer, JsonNode> answers(JsonNode actual) {
        Map<Integer, JsonNode> out = new LinkedHashMap<>();
        if (actual.path("answers").isObject()) {
            var it = actual.get("answers").fields();
            while (it.hasNext()) {
                var e = it.next();
                try {
                    out.put(Integer.parseInt(e.getKey().strip()), e.getValue());
                } catch (NumberFormatException ex) {
                    throw new IllegalArgumentException("expected answers keyed by integer tcId, got key \"" + e.getKey() + "\"");
                }
            }
            return out;
        }
        if (actual.path("testGroups").isArray()) {
            for (JsonNode g : actual.get("testGroups")) {
                for (JsonNode t : g.path("tests")) {
                    out.put(t.path("tcId").asInt(), t.path("result"));
                }
            }
            return out;
        }
        throw new IllegalArgumentException("expected an answers file {\"answers\": {\"<tcId>\": {...}}} or a vector file, "
                + "got an object with fields " + fieldNames(actual));
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The comparison of one test: differences found, number of fields compared, notes. */
    private static final class Comparison {
        private final int id;
        private final List<String> differences = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private int compared;

        Comparison(int id) {
            this.id = id;
        }

        void differ(String what) {
            differences.add(what);
        }

        private static boolean absent(JsonNode n) {
            return n == null || n.isMissingNode() || n.isNull();
        }

        void closedForm(JsonNode test, JsonNode answer) {
            JsonNode expected = test.get("result");
            int n = Architecture.parse(test.get("architecture").asText()).inputDimension();
            boolean expectUndefined = expected.path("undefined").asBoolean(false);
            boolean saysUndefined = answer.path("undefined").asBoolean(false);
            if (expectUndefined || saysUndefined) {
                if (absent(answer.get("undefined")) && absent(answer.get("numerators"))) {
                    return;
                }
                compared++;
                if (expectUndefined != saysUndefined) {
                    differ(expectUndefined ? "expected the error {\"undefined\": true} (a hidden pre-activation is identically zero), got a closed form"
                            : "expected a closed form, got {\"undefined\": true}");
                }
                return;
            }
            fraction("closed form", n, expected, answer);
            if (!absent(answer.get("lowest_terms"))) {
                fraction("lowest_terms", n, expected.get("lowest_terms"), answer.get("lowest_terms"));
            }
        }

        private void fraction(String what, int n, JsonNode expected, JsonNode answer) {
            if (absent(answer.get("numerators")) || absent(answer.get("denominator"))) {
                return;
            }
            compared++;
            List<Polynomial<BigFraction>> e = polynomials(expected, n);
            List<Polynomial<BigFraction>> a;
            try {
                a = polynomials(answer, n);
            } catch (IllegalArgumentException ex) {
                differ(what + ": cannot read the answer's polynomials: " + ex.getMessage());
                return;
            }
            if (!Equivalences.sameProjectivePoint(a, e)) {
                differ(what + ": expected (" + String.join(", ", VectorJson.strings(expected.get("numerators")))
                        + ") / (" + expected.get("denominator").asText() + ") up to a common nonzero scalar, got ("
                        + String.join(", ", a.subList(0, a.size() - 1).stream().map(Object::toString).toList()) + ") / ("
                        + a.get(a.size() - 1) + ")");
            }
        }

        /** The numerators then the denominator. */
        private static List<Polynomial<BigFraction>> polynomials(JsonNode node, int n) {
            List<Polynomial<BigFraction>> out = new ArrayList<>();
            if (!node.get("numerators").isArray()) {
                throw new IllegalArgumentException("numerators: expected an array of strings");
            }
            for (JsonNode p : node.get("numerators")) {
                out.add(PolynomialParser.parse(p.asText(), n));
            }
            out.add(PolynomialParser.parse(node.get("denominator").asText(), n));
            return out;
        }

        void integers(JsonNode test, JsonNode answer, String... fields) {
            JsonNode expected = test.get("result");
            for (String f : fields) {
                if (absent(answer.get(f))) {
                    continue;
                }
                compared++;
                BigInteger e = expected.get(f).bigIntegerValue();
                JsonNode a = answer.get(f);
                BigInteger got = null;
                if (a.isIntegralNumber()) {
                    got = a.bigIntegerValue();
                } else if (a.isTextual() && a.asText().strip().matches("-?\\d+")) {
                    got = new BigInteger(a.asText().strip());
                }
                if (got == null) {
                    differ(f + ": expected " + e + ", got " + a + " (not an integer)");
                } else if (!got.equals(e)) {
                    differ(f + ": expected " + e + ", got " + got);
                }
            }
        }

        private void bool(String what, JsonNode expected, JsonNode answer) {
            if (absent(answer) || absent(expected)) {
                return;
            }
            compared++;
            if (!answer.isBoolean()) {
                differ(what + ": expected " + expected + ", got " + answer + " (not a boolean)");
            } else if (answer.booleanValue() != expected.booleanValue()) {
                differ(what + ": expected " + expected + ", got " + answer);
            }
        }

        void dimension(JsonNode test, JsonNode answer) {
            integers(test, answer, "dimension", "ambient_dimension");
            bool("fills", test.get("result").get("fills"), answer.get("fills"));
        }

        void membership(JsonNode test, JsonNode answer) {
            JsonNode expected = test.get("result");
            Architecture d = Architecture.parse(test.get("architecture").asText());
            int n = d.inputDimension();
            for (String f : List.of("Q", "R", "C")) {
                bool("member." + f, expected.path("member").get(f), answer.path("member").get(f));
            }
            bool("closure_member", expected.get("closure_member"), answer.get("closure_member"));
            String mode = test.get("mode").asText();
            List<Polynomial<BigFraction>> p = new ArrayList<>();
            test.get("numerators").forEach(x -> p.add(PolynomialParser.parse(x.asText(), n)));
            Polynomial<BigFraction> q = PolynomialParser.parse(test.get("denominator").asText(), n);
            for (String f : List.of("Q", "R", "C")) {
                JsonNode w = answer.path("weights").get(f);
                if (absent(w) || !answer.path("member").path(f).asBoolean(false)) {
                    continue;
                }
                if (containsObject(w)) {
                    notes.add("tcId " + id + ": witness weights over " + f + " contain algebraic numbers; not re-expanded");
                    continue;
                }
                compared++;
                Weights weights;
                try {
                    weights = RationalNetsJson.weights(d, w.toString());
                } catch (IllegalArgumentException e) {
                    differ("weights." + f + ": not weights for " + d + ": " + e.getMessage());
                    continue;
                }
                try {
                    if (!WitnessVerification.reproduces(weights, MembershipVectors.mode(mode), p, q)) {
                        differ("weights." + f + ": the network " + RationalNetsJson.line(weights) + " does not reproduce the input ("
                                + (mode.equals("tuple") ? "up to a scalar" : "as a function") + ")");
                    }
                } catch (UndefinedNetworkException e) {
                    differ("weights." + f + ": " + e.getMessage());
                }
            }
        }

        void equations(JsonNode test, JsonNode answer) {
            integers(test, answer, "degree", "count");
            JsonNode eqs = answer.get("equations");
            if (absent(eqs)) {
                return;
            }
            compared++;
            List<String> names = VectorJson.strings(test.get("coordinates"));
            LinearSpan expected = new LinearSpan();
            for (JsonNode e : test.get("result").get("equations")) {
                expected.add(EquationVectors.parse(e.asText(), names));
            }
            LinearSpan given = new LinearSpan();
            for (JsonNode e : eqs) {
                Polynomial<BigFraction> p;
                try {
                    p = EquationVectors.parse(e.asText(), names);
                } catch (IllegalArgumentException ex) {
                    differ("equations: cannot read \"" + e.asText() + "\": " + ex.getMessage());
                    return;
                }
                if (!expected.contains(p)) {
                    differ("equations: " + e.asText() + " is not in the ideal's degree-" + test.get("degree").asInt() + " part");
                    return;
                }
                given.add(p);
            }
            if (given.dimension() != expected.dimension()) {
                differ("equations: they span a space of dimension " + given.dimension() + ", expected " + expected.dimension());
            }
        }

        private static boolean containsObject(JsonNode n) {
            if (n.isObject()) {
                return true;
            }
            for (JsonNode c : n) {
                if (containsObject(c)) {
                    return true;
                }
            }
            return false;
        }
    }
}
