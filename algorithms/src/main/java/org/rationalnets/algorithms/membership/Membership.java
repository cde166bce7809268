package org.rationalnets.algorithms.membership;

import java.util.Set;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.core.Architecture;

/**
 * Membership, the one public entry: is the point {@code [P : Q]} (tuple mode) or the function
 * {@code P/Q} (function mode) in {@code M_d(F)} for {@code F = Q, R, C}, and is it in the closure
 * {@code V_d}? Shallow architectures {@code (d_0, d_1, d_2)} are decided by the algorithm of
 * docs/theory.md §6, architectures with binary hidden layers {@code (d_0, 2, …, 2, d_L)},
 * {@code L ≥ 3}, by that of §7; every "yes" carries a verified witness.
 *
 * <p>Example: CF2 of docs/examples.md, {@code (2,2,2,1)}, {@code P = 2 x1 x2²},
 * {@code Q = x2² − x1²}: {@code decide(in, EnumSet.allOf(GroundField.class), 1).answer(GroundField.Q)}
 * is {@link Answer#YES}.
 */
public final class Membership {

    private Membership() {
    }

    /** Whether membership is implemented for {@code d}: shallow, or binary hidden layers. */
    public static boolean covers(Architecture d) {
        return d.isShallow() || DeepBinaryMembership.applies(d);
    }

    /**
     * Decides membership of a validated question over the given fields, with closure membership.
     *
     * @param in the question
     * @param fields the fields to decide (the others are unknown; empty means all three)
     * @param seed seed of the random lines and points of the shallow algorithm (the deep binary one
     *        is deterministic); a result never depends on it except through a stated error bound
     * @throws IllegalArgumentException if membership is not implemented for the architecture
     *         ({@link #covers} is false)
     */
    public static MembershipResult decide(MembershipInput in, Set<GroundField> fields, long seed) {
        Architecture d = in.architecture();
        if (d.isShallow()) {
            return ShallowMembership.decide(in, fields, seed);
        }
        if (DeepBinaryMembership.applies(d)) {
            return DeepBinaryMembership.decide(in, fields, seed);
        }
        throw new IllegalArgumentException("expected a shallow architecture (d_0, d_1, d_2) or binary hidden layers "
                + "(d_0, 2, …, 2, d_L), got " + d);
    }
}
