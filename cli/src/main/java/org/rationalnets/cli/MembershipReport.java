package org.rationalnets.cli;

import java.io.PrintWriter;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.algorithms.membership.MembershipInput;
import org.rationalnets.algorithms.membership.MembershipResult;
import org.rationalnets.algorithms.membership.WitnessWeights;
import org.rationalnets.core.Architecture;
import org.rationalnets.oracle.json.RationalNetsJson;

/** How {@code member} prints a {@link MembershipResult}: JSON (docs/cli.md) and text. */
final class MembershipReport {

    private MembershipReport() {
    }

    /** The result as the docs/cli.md JSON object, or as text with the input, one line per field asked. */
    static void print(PrintWriter out, MembershipInput in, MembershipResult r, boolean json) {
        if (json) {
            Output.print(out, RationalNetsJson.tree(r));
            return;
        }
        Architecture d = r.architecture();
        out.println(r.mode().jsonName() + " membership in M" + d
                + (d.isShallow() ? " (docs/theory.md §6)" : " (docs/theory.md §7)"));
        for (int i = 0; i < in.numerators().size(); i++) {
            out.println("  P_" + (i + 1) + " = " + in.numerators().get(i));
        }
        out.println("  Q   = " + in.denominator());
        for (GroundField f : GroundField.values()) {
            if (r.fields().contains(f)) {
                WitnessWeights w = r.weights(f);
                out.println("in M(" + f + "): " + r.answer(f).word() + (w == null ? "" : "   weights " + w.toText()));
            }
        }
        out.println("in V (closure): " + r.closure().word());
        out.println("reason: " + r.reason());
        out.println("evidence:");
        r.evidence().forEach(e -> out.println("  - " + e));
        out.flush();
    }

    /**
     * The command-line argument a part of the question came from: {@code --fn} for a function, else
     * {@code --num} for the numerators and {@code --den} for the denominator.
     */
    static String argument(MembershipInput.Part part, boolean fromFunction) {
        if (fromFunction) {
            return "--fn";
        }
        return part == MembershipInput.Part.DENOMINATOR ? "--den" : "--num";
    }
}
