package org.rationalnets.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.algorithms.membership.Membership;
import org.rationalnets.algorithms.membership.MembershipInput;
import org.rationalnets.algorithms.membership.MembershipResult;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.rationalnets.oracle.json.RationalNetsJson;

/** {@code member}: tuple and function membership over Q, R, C with witness weights (docs/theory.md §6; deep binary §7). */
@Command(name = "member", mixinStandardHelpOptions = true,
        description = "Is [P : Q] (tuple mode) or the function P/Q (function mode) a RationalNet of the architecture, "
                + "with weights in Q, R or C? Prints verified witness weights and closure membership (docs/theory.md §6, §7).")
public final class MemberCommand implements Callable<Integer> {

    @Option(names = "--arch", required = true, paramLabel = "A", description = "Widths d_0,d_1,d_2 (shallow), e.g. 3,2,1, or d_0,2,…,2,d_L (deep binary), e.g. 2,2,2,2.")
    String arch;

    @Option(names = "--num", paramLabel = "P", description = "A numerator P_i (repeat d_L times), with --den.")
    List<String> numerators;

    @Option(names = "--den", paramLabel = "Q", description = "The common denominator Q, with --num.")
    String denominator;

    @Option(names = "--fn", paramLabel = "P/Q", description = "A single-output function 'P/Q', e.g. '2*x1/(x1^2 + x2^2)'.")
    String function;

    @Option(names = "--mode", paramLabel = "tuple|function",
            description = "tuple: is the point [P : Q] in M_d(F)?  function: is P/Q (any representative) some f_W? "
                    + "Default: tuple with --num/--den, function with --fn.")
    String mode;

    @Option(names = "--field", defaultValue = "all", paramLabel = "Q|R|C|all", description = "Field(s) of the weights (default ${DEFAULT-VALUE}).")
    String field;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the random lines and points (default ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Architecture d = Inputs.architecture("--arch", arch);
        if (!Membership.covers(d)) {
            throw new InputException("--arch", "expected a shallow architecture d_0,d_1,d_2 or binary hidden layers "
                    + "d_0,2,…,2,d_L (membership is implemented for these), got " + d.toArgument());
        }
        MembershipInput in = input(d);
        MembershipReport.print(common.out(), in, Membership.decide(in, fields(), seed), common.json);
        return 0;
    }

    private Set<GroundField> fields() {
        String f = field.strip().toUpperCase(Locale.ROOT);
        if (f.equals("ALL")) {
            return EnumSet.allOf(GroundField.class);
        }
        try {
            return EnumSet.of(GroundField.valueOf(f));
        } catch (IllegalArgumentException e) {
            throw new InputException("--field", "expected Q, R, C or all, got \"" + field + "\"");
        }
    }

    private MembershipResult.Mode mode() {
        if (mode == null) {
            return function != null ? MembershipResult.Mode.FUNCTION : MembershipResult.Mode.TUPLE;
        }
        for (MembershipResult.Mode m : MembershipResult.Mode.values()) {
            if (mode.equalsIgnoreCase(m.jsonName())) {
                return m;
            }
        }
        throw new InputException("--mode", "expected tuple or function, got \"" + mode + "\"");
    }

    private MembershipInput input(Architecture d) {
        if (function != null && (numerators != null || denominator != null)) {
            throw new InputException("--fn", "expected either --fn 'P/Q' or --num … --den …, got both");
        }
        if (function == null && numerators == null && denominator == null) {
            throw new InputException("--num", "expected --num P_1 … --num P_dL --den Q, or --fn 'P/Q', got neither");
        }
        MembershipResult.Mode m = mode();
        int n = d.inputDimension();
        MembershipInput.Fraction f = null;
        if (function != null) {
            try {
                f = MembershipInput.parseFunction(function, n);
            } catch (PolynomialSyntaxException e) {
                throw new InputException("--fn", e.getMessage() + " in \"" + function + "\"");
            }
        } else if (numerators == null) {
            throw new InputException("--num", "expected d_L = " + d.outputDimension() + " numerators --num P_i, got none");
        } else if (denominator == null) {
            throw new InputException("--den", "expected a denominator --den Q, got none");
        }
        List<Polynomial<BigFraction>> num = function != null ? List.of(f.numerator()) : Inputs.polynomials("--num", numerators, n);
        Polynomial<BigFraction> den = function != null ? f.denominator() : Inputs.polynomial("--den", denominator, n);
        try {
            return MembershipInput.of(d, m, num, den);
        } catch (MembershipInput.InvalidInputException e) {
            boolean fromFunction = function != null;
            throw new InputException(MembershipReport.argument(e.part(), fromFunction), e.getMessage()
                    + (fromFunction && e.part() == MembershipInput.Part.NUMERATORS ? " (--fn gives one output; use --num … --den …)" : ""));
        }
    }
}
