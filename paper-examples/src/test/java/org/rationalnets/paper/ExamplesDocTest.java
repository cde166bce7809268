package org.rationalnets.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The literals of {@link Examples} are the tables of docs/examples.md, row by row and cell by cell:
 * each table is parsed from the Markdown and every row rendered from the Java literal must equal it. A
 * changed cell on either side fails (shown below by changing one cell of each).
 */
class ExamplesDocTest {

    private static String markdown;

    @BeforeAll
    static void read() throws IOException {
        markdown = Files.readString(Path.of("..", "docs", "examples.md"));
    }

    @Test
    void closedFormTableIsTheLiterals() {
        assertThat(closedForms(markdown, Examples.CLOSED_FORMS)).isEmpty();
    }

    @Test
    void degreesTableIsTheLiterals() {
        assertThat(degrees(markdown, Examples.DEGREES)).isEmpty();
    }

    @Test
    void dimensionsTableIsTheLiterals() {
        assertThat(dimensions(markdown, Examples.DIMENSIONS)).isEmpty();
    }

    @Test
    void membershipTableIsTheLiterals() {
        assertThat(membership(markdown, Examples.MEMBERSHIP)).isEmpty();
    }

    @Test
    void equationsTableIsTheLiterals() {
        assertThat(equations(markdown, Examples.EQUATIONS)).isEmpty();
    }

    /** One cell changed in the Markdown: the comparison names the row and both values. */
    @Test
    void aChangedCellInTheDocumentFails() {
        String dim = markdown.replace("| (3,2,1) | 6 | 8 | no | S1 |", "| (3,2,1) | 7 | 8 | no | S1 |");
        assertThat(dim).isNotEqualTo(markdown);
        assertThat(dimensions(dim, Examples.DIMENSIONS)).singleElement().asString().contains("(3,2,1)").contains("| 7 |")
                .contains("| 6 |");
        String cf = markdown.replace("`x1*x2 - x1*x3 + 2*x2^2 - 2*x2*x3`", "`x1*x2 - x1*x3 + 2*x2^2 - 3*x2*x3`");
        assertThat(closedForms(cf, Examples.CLOSED_FORMS)).singleElement().asString().contains("CF3");
        String mb = markdown.replace("`W_2 = [1/2, 1/2]`", "`W_2 = [1/2, 1/3]`");
        assertThat(membership(mb, Examples.MEMBERSHIP)).hasSize(2).allMatch(d -> d.contains("MB3"), "names MB3");
        String deg = markdown.replace("| (3,3,3,1) | 7 | 6 |", "| (3,3,3,1) | 7 | 5 |");
        assertThat(degrees(deg, Examples.DEGREES)).hasSize(1);
        String eq = markdown.replace("| (3,2,2) | 3 | 10 |", "| (3,2,2) | 3 | 11 |");
        assertThat(equations(eq, Examples.EQUATIONS)).hasSize(1);
        String missing = markdown.replace("| (4,3,2) | 15 | 39 | no | |\n", "");
        assertThat(dimensions(missing, Examples.DIMENSIONS)).isNotEmpty();
    }

    /** One literal changed in Java: the comparison fails the same way. */
    @Test
    void aChangedLiteralFails() {
        List<Examples.DimensionExample> dims = new ArrayList<>(Examples.DIMENSIONS);
        Examples.DimensionExample row = dims.get(3);
        dims.set(3, new Examples.DimensionExample(row.architecture(), row.dimension(), row.ambientDimension(), !row.fills(), row.remark()));
        assertThat(dimensions(markdown, dims)).singleElement().asString().contains("(3,2,2)");

        List<Examples.MembershipExample> mbs = new ArrayList<>(Examples.MEMBERSHIP);
        Examples.MembershipExample m = mbs.get(1);
        mbs.set(1, new Examples.MembershipExample(m.id(), m.architecture(), m.numerators(), m.denominator(), m.function(), m.mode(),
                m.inQ(), m.inR(), m.inC(), m.inV(), List.of("x1 + i*x2", "x1 + i*x2"), m.witnessOutput(), m.note()));
        assertThat(membership(markdown, mbs)).singleElement().asString().contains("MB2");

        List<Examples.ClosedFormExample> cfs = new ArrayList<>(Examples.CLOSED_FORMS);
        Examples.ClosedFormExample c = cfs.get(5);
        cfs.set(5, new Examples.ClosedFormExample(c.id(), c.architecture(), c.weights(), c.numerators(), c.denominator(), "x1",
                c.note()));
        assertThat(closedForms(markdown, cfs)).singleElement().asString().contains("CF6");

        List<Examples.DegreeExample> degs = new ArrayList<>(Examples.DEGREES);
        degs.remove(4);
        assertThat(degrees(markdown, degs)).isNotEmpty();
        List<Examples.EquationsExample> eqs = new ArrayList<>(Examples.EQUATIONS);
        eqs.set(0, new Examples.EquationsExample("3,2,1", 2, 0, "a note"));
        assertThat(equations(markdown, eqs)).hasSize(1);
    }

    // ------------------------------------------------------------------ one renderer per table

    static List<String> closedForms(String md, List<Examples.ClosedFormExample> rows) {
        return compare(table(md, "## Closed form"), rows, e -> {
            // the weights of docs/examples.md are W_1; W_2; …, the literal is the JSON array of those matrices
            String weights = "`" + e.weights().substring(1, e.weights().length() - 1).replace("\"", "").replace("]],[[", "]]; [[") + "`";
            String factor = e.note().contains("common factor ") ? e.note().substring(e.note().indexOf("common factor ") + 14) : "1";
            if (!factor.equals(e.commonFactor())) {
                return "common factor " + e.commonFactor() + ", the note says " + factor;
            }
            return row(e.id(), architecture(e.architecture()), weights, code(e.numerators()), "`" + e.denominator() + "`",
                    e.note().isEmpty() ? "" : e.note());
        }, true);
    }

    static List<String> degrees(String md, List<Examples.DegreeExample> rows) {
        return compare(table(md, "## Degrees"), rows, e -> row(architecture(e.architecture()), String.valueOf(e.numeratorDegree()),
                String.valueOf(e.denominatorDegree())), false);
    }

    static List<String> dimensions(String md, List<Examples.DimensionExample> rows) {
        return compare(table(md, "## Dimensions"), rows, e -> row(architecture(e.architecture()), String.valueOf(e.dimension()),
                String.valueOf(e.ambientDimension()), e.fills() ? "yes" : "no", e.remark()), true);
    }

    static List<String> equations(String md, List<Examples.EquationsExample> rows) {
        return compare(table(md, "## Equations"), rows, e -> row(architecture(e.architecture()), String.valueOf(e.degree()),
                String.valueOf(e.count()), e.note()), true);
    }

    /**
     * The membership table: the answers, and the witness column — its note, and the witness rows and
     * output weights the literal lists, which must be the ones the column writes ("rows a, b; W_2 = [u, v]",
     * or a sum {@code 1/(a) + 1/(b)}), or none when the column writes no witness.
     */
    static List<String> membership(String md, List<Examples.MembershipExample> rows) {
        List<String> out = new ArrayList<>();
        List<List<String>> table = table(md, "## Membership");
        out.addAll(compare(table, rows, e -> {
            String input = e.function() != null ? "`" + e.function() + "`"
                    : "`P = " + String.join("`, `P = ", e.numerators()) + "`, `Q = " + e.denominator() + "`";
            return row(e.id(), architecture(e.architecture()), input, e.mode(), yesNo(e.inQ()), yesNo(e.inR()), yesNo(e.inC()),
                    yesNo(e.inV()), e.note());
        }, true));
        for (int i = 0; i < Math.min(rows.size(), table.size()); i++) {
            Examples.MembershipExample e = rows.get(i);
            List<List<String>> stated = witness(table.get(i).get(8));
            List<List<String>> literal = e.witnessRows().isEmpty() ? List.of()
                    : List.of(e.witnessRows().stream().map(ExamplesDocTest::compact).toList(),
                            e.witnessOutput().stream().map(ExamplesDocTest::compact).toList());
            if (!stated.equals(literal)) {
                out.add(e.id() + ": docs/examples.md writes the witness " + stated + ", the literal is " + literal);
            }
        }
        return out;
    }

    private static final Pattern ROWS = Pattern.compile("^rows(.*);W_2=\\[(.*?)\\].*$");
    private static final Pattern SUM = Pattern.compile("^1/\\(([^()]*)\\)(\\+1/\\(([^()]*)\\))*$");

    /** The witness a cell writes, as [rows of W_1, row of W_2] in compact form; empty when it writes none. */
    private static List<List<String>> witness(String cell) {
        String c = compact(cell.replace("`", ""));
        Matcher rows = ROWS.matcher(c);
        if (rows.matches()) {
            return List.of(Arrays.asList(rows.group(1).split(",")), Arrays.asList(rows.group(2).split(",")));
        }
        if (SUM.matcher(c).matches()) {
            List<String> terms = Arrays.stream(c.split("\\+1/")).map(t -> t.replaceFirst("^1/", "")).map(t -> t.substring(1, t.length() - 1))
                    .toList();
            return List.of(terms, terms.stream().map(t -> "1").toList());
        }
        return List.of();
    }

    /** A linear form without spaces, in ASCII: {@code x1 − √2 x2} and {@code x1 - sqrt2*x2} both give {@code x1-sqrt2*x2}. */
    private static String compact(String s) {
        return s.replace("−", "-").replace("√2", "sqrt2*").replaceAll("\\bi (?=x)", "i*").replaceAll("\\s", "");
    }

    // ------------------------------------------------------------------ Markdown

    /** The body rows of the first table after {@code heading}, each as its trimmed cells. */
    static List<List<String>> table(String md, String heading) {
        List<List<String>> rows = new ArrayList<>();
        int start = md.indexOf("\n" + heading);
        if (start < 0) {
            return rows;
        }
        boolean inTable = false;
        int seen = 0;
        for (String line : md.substring(start + 1).split("\n", -1)) {
            if (line.startsWith("|")) {
                inTable = true;
                if (++seen > 2) { // the header and the |---| line
                    String body = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
                    rows.add(Arrays.stream(body.split("\\|", -1)).map(String::trim).toList());
                }
            } else if (inTable) {
                break;
            }
        }
        return rows;
    }

    private static <T> List<String> compare(List<List<String>> table, List<T> rows, Function<T, String> render, boolean unquote) {
        List<String> out = new ArrayList<>();
        if (table.size() != rows.size()) {
            out.add("docs/examples.md has " + table.size() + " rows, the literals " + rows.size());
        }
        for (int i = 0; i < Math.min(table.size(), rows.size()); i++) {
            String doc = "| " + String.join(" | ", table.get(i)) + " |";
            String literal = render.apply(rows.get(i));
            if (unquote) {
                doc = unquoteProse(doc);
            }
            if (!doc.equals(literal)) {
                out.add("row " + (i + 1) + ": docs/examples.md has " + doc + ", the literal gives " + literal);
            }
        }
        return out;
    }

    /**
     * Backticks kept around the cells that are code in every row (weights, P, Q, an input), dropped in
     * prose cells (notes, remarks), where the literal keeps only the text.
     */
    private static String unquoteProse(String doc) {
        String[] cells = doc.substring(2, doc.length() - 2).split(" \\| ", -1);
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            boolean prose = i == cells.length - 1;
            b.append(' ').append(prose ? cells[i].replace("`", "") : cells[i]).append(" |");
        }
        return b.toString().replace("|  |", "| |");
    }

    private static String row(String... cells) {
        return ("| " + String.join(" | ", cells) + " |").replace("|  |", "| |");
    }

    private static String architecture(String literal) {
        return "(" + literal + ")";
    }

    private static String code(List<String> polynomials) {
        return "`" + String.join("`, `", polynomials) + "`";
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }
}
