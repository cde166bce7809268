package org.rationalnets.algorithms.membership;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.core.Architecture;

/**
 * The answer to a membership question (docs/theory.md §3, §6, §7) for any architecture: for each
 * {@link GroundField} F that was asked, whether the input is in {@code M_d(F)} (an {@link Answer}:
 * yes, no, or unknown), a verified witness for every "yes", whether the point lies in the
 * neurovariety {@code V_d} ({@code closure_member}, possibly unknown), a
 * one-line reason, and the evidence behind each claim (certificates, identities checked, error
 * bounds of probabilistic steps). Immutable; build with {@link #builder}.
 *
 * <p>Consistency is enforced: a "yes" carries a witness; since
 * {@code M_d(Q) ⊆ M_d(R) ⊆ M_d(C) ⊆ V_d}, a "yes" over a field is never paired with a "no" over a
 * larger field or in the closure.
 *
 * <p>Example (deep binary or shallow alike):
 * <pre>{@code
 * MembershipResult r = MembershipResult.builder(d, MembershipResult.Mode.TUPLE)
 *         .answer(GroundField.Q, Answer.YES, WitnessWeights.rational(w))
 *         .closure(Answer.YES)
 *         .reason("Q splits into rational linear forms; every P_i is in span{Q/ℓ}")
 *         .evidence("witness expanded exactly: reproduces (P, Q) with scalar 1")
 *         .build();
 * }</pre>
 */
public final class MembershipResult {

    /** The two membership notions of docs/theory.md §3. */
    public enum Mode {
        /** Is the point {@code [P : Q]} of the ambient space in {@code M_d(F)}? */
        TUPLE,
        /** Is the rational function {@code P/Q} (any representative) equal to some {@code f_W}? */
        FUNCTION;

        /** {@code "tuple"} or {@code "function"}, as in docs/cli.md. */
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Architecture architecture;
    private final Mode mode;
    private final Set<GroundField> asked;
    private final Map<GroundField, Answer> member;
    private final Map<GroundField, WitnessWeights> weights;
    private final Answer closureMember;
    private final String reason;
    private final List<String> evidence;

    private MembershipResult(Builder b) {
        this.architecture = b.architecture;
        this.mode = b.mode;
        this.asked = Collections.unmodifiableSet(EnumSet.copyOf(b.asked.isEmpty() ? EnumSet.noneOf(GroundField.class) : b.asked));
        this.member = Collections.unmodifiableMap(new EnumMap<>(b.member));
        this.weights = Collections.unmodifiableMap(new EnumMap<>(b.weights));
        this.closureMember = b.closureMember;
        this.reason = b.reason;
        this.evidence = List.copyOf(b.evidence);
    }

    /** A builder for the given architecture and mode. */
    public static Builder builder(Architecture d, Mode mode) {
        return new Builder(d, mode);
    }

    /** The architecture. */
    public Architecture architecture() {
        return architecture;
    }

    /** Tuple or function membership. */
    public Mode mode() {
        return mode;
    }

    /** The fields that were asked about (the others are {@code UNKNOWN}, {@code null} in the JSON). */
    public Set<GroundField> fields() {
        return asked;
    }

    /** Membership in {@code M_d(F)}: yes, no, or unknown when undecided or not asked. */
    public Answer answer(GroundField f) {
        return member.getOrDefault(f, Answer.UNKNOWN);
    }

    /** The verified witness for a "yes" over {@code f}; null otherwise. */
    public WitnessWeights weights(GroundField f) {
        return weights.get(f);
    }

    /** Membership of the point in the neurovariety {@code V_d}; unknown when undecided. */
    public Answer closure() {
        return closureMember;
    }

    /** One line saying why. */
    public String reason() {
        return reason;
    }

    /** The evidence (certificates, identities checked, error bounds), one claim per line. */
    public List<String> evidence() {
        return evidence;
    }

    @Override
    public String toString() {
        return "MembershipResult" + architecture + " " + mode.jsonName() + " member=" + member + " closure=" + closureMember
                + " (" + reason + ")";
    }

    /** Collects the parts of a {@link MembershipResult}; {@link #build()} checks consistency. */
    public static final class Builder {
        private final Architecture architecture;
        private final Mode mode;
        private final Set<GroundField> asked = EnumSet.noneOf(GroundField.class);
        private final Map<GroundField, Answer> member = new EnumMap<>(GroundField.class);
        private final Map<GroundField, WitnessWeights> weights = new EnumMap<>(GroundField.class);
        private Answer closureMember = Answer.UNKNOWN;
        private String reason = "";
        private final List<String> evidence = new ArrayList<>();

        private Builder(Architecture architecture, Mode mode) {
            this.architecture = Objects.requireNonNull(architecture);
            this.mode = Objects.requireNonNull(mode);
        }

        /**
         * The answer over {@code f}: {@code YES} with a verified witness, {@code NO} or
         * {@code UNKNOWN} (witness null).
         */
        public Builder answer(GroundField f, Answer answer, WitnessWeights witness) {
            asked.add(f);
            member.put(f, Objects.requireNonNull(answer));
            if (witness == null) {
                weights.remove(f);
            } else {
                weights.put(f, witness);
            }
            return this;
        }

        /** Marks {@code f} as asked without an answer ({@code UNKNOWN}). */
        public Builder undecided(GroundField f) {
            return answer(f, Answer.UNKNOWN, null);
        }

        /** Membership in the closure {@code V_d} ({@code UNKNOWN} when undecided, the default). */
        public Builder closure(Answer inClosure) {
            this.closureMember = Objects.requireNonNull(inClosure);
            return this;
        }

        /** The one-line reason. */
        public Builder reason(String text) {
            this.reason = Objects.requireNonNull(text);
            return this;
        }

        /** Adds one line of evidence. */
        public Builder evidence(String line) {
            evidence.add(Objects.requireNonNull(line));
            return this;
        }

        /**
         * The result.
         *
         * @throws IllegalStateException if a "yes" has no witness, a witness is attached to a
         *         non-"yes", or the answers contradict {@code M(Q) ⊆ M(R) ⊆ M(C) ⊆ V}
         */
        public MembershipResult build() {
            for (GroundField f : GroundField.values()) {
                Answer a = member.get(f);
                if (a == Answer.YES && weights.get(f) == null) {
                    throw new IllegalStateException("member over " + f + " without a witness");
                }
                if (a != Answer.YES && weights.get(f) != null) {
                    throw new IllegalStateException("witness over " + f + " for an answer " + a);
                }
            }
            GroundField[] order = GroundField.values(); // Q ⊂ R ⊂ C
            for (int i = 0; i < order.length; i++) {
                if (member.get(order[i]) != Answer.YES) {
                    continue;
                }
                for (int j = i + 1; j < order.length; j++) {
                    if (member.get(order[j]) == Answer.NO) {
                        throw new IllegalStateException("member over " + order[i] + " but not over " + order[j]);
                    }
                }
                if (closureMember == Answer.NO) {
                    throw new IllegalStateException("member over " + order[i] + " but not in the closure V_d");
                }
            }
            return new MembershipResult(this);
        }
    }
}
