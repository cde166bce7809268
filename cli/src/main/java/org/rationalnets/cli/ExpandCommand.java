package org.rationalnets.cli;

import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.UndefinedNetworkException;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.RationalPolynomials;
import org.rationalnets.oracle.json.RationalNetsJson;
import org.rationalnets.oracle.json.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code expand}: the closed form of docs/theory.md §2 and its lowest terms. */
@Command(name = "expand", mixinStandardHelpOptions = true,
        description = "Closed form (P_1, …, P_dL)/Q of a RationalNet (docs/theory.md §2), exactly, and its lowest terms.")
public final class ExpandCommand implements Callable<Integer> {

    @Mixin
    ArchitectureOption arch;

    @Option(names = "--weights", required = true, paramLabel = "W",
            description = "JSON array of matrices (rows of exact rationals), or @file.json.")
    String weights;

    @Option(names = "--max-terms", defaultValue = "2000000", paramLabel = "N",
            description = "Refuse (exit 3) when the denominator could have more than N terms (default ${DEFAULT-VALUE}).")
    long maxTerms;

    @Mixin
    ActivationOption activation;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Architecture d = arch.architecture();
        Weights w = Inputs.weights("--weights", d, weights);
        org.rationalnets.core.Activation sigma = activation.activation();
        org.rationalnets.core.Degrees degrees = org.rationalnets.core.Degrees.of(d, sigma);
        long dq = degrees.denominatorDegree();
        BigInteger possible = org.rationalnets.core.AmbientSpace.monomialCount(d.inputDimension(), dq);
        if (possible.compareTo(BigInteger.valueOf(maxTerms)) > 0) {
            throw new LimitException("the denominator of " + d + " has degree " + dq + " and up to " + possible
                    + " terms, above --max-terms " + maxTerms + "; raise --max-terms to try anyway");
        }
        ClosedForm<BigFraction> cf;
        try {
            cf = RationalNet.of(w, sigma).closedForm();
        } catch (UndefinedNetworkException e) {
            throw new InputException("--weights", e.getMessage());
        }
        RationalPolynomials.Fraction lowest = RationalPolynomials.lowestTerms(cf.numerators(), cf.denominator());
        PrintWriter out = common.out();
        if (common.json) {
            Output.print(out, Reports.expansion(cf, lowest, sigma));
        } else {
            out.println("RationalNet " + d + (sigma.isReciprocal() ? "" : ", σ(t) = " + sigma) + ", weights " + RationalNetsJson.line(w));
            out.println("closed form f = " + (d.outputDimension() == 1 ? "P_1" : d.outputDimension() == 2 ? "(P_1, P_2)"
                    : "(P_1, …, P_" + d.outputDimension() + ")")
                    + " / Q   (docs/theory.md §2" + (sigma.isReciprocal() ? "" : "; docs/monomial.md §1") + ")");
            printFraction(out, cf.numerators(), cf.denominator());
            out.println("degrees: D_P = " + degrees.numeratorDegree() + ", D_Q = " + dq);
            if (lowest.commonFactor().isConstant()) {
                out.println("lowest terms: already (no common factor)");
            } else {
                out.println("lowest terms: common factor " + lowest.commonFactor() + " removed");
                printFraction(out, lowest.numerators(), lowest.denominator());
            }
        }
        out.flush();
        return 0;
    }

    private static void printFraction(PrintWriter out, List<Polynomial<BigFraction>> num, Polynomial<BigFraction> den) {
        for (int i = 0; i < num.size(); i++) {
            out.println("  P_" + (i + 1) + " = " + num.get(i));
        }
        out.println("  Q   = " + den);
    }
}
