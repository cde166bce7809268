package org.rationalnets.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.Degrees;
import org.rationalnets.oracle.json.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code degrees}: e_k, c_k, D_P, D_Q, amb, #params, tor, edim (docs/theory.md §2–§4). */
@Command(name = "degrees", mixinStandardHelpOptions = true,
        description = "Degrees e_k, c_k, D_P, D_Q (docs/theory.md §2), the ambient dimension (§3), #params, the "
                + "symmetry dimension and the expected dimension edim (§4).")
public final class DegreesCommand implements Callable<Integer> {

    @Mixin
    ArchitectureOption arch;

    @Mixin
    ActivationOption activation;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Architecture d = arch.architecture();
        org.rationalnets.core.Activation sigma = activation.activation();
        Degrees g;
        try {
            g = Degrees.of(d, sigma);
        } catch (ArithmeticException e) {
            throw new LimitException("a degree of " + d + " exceeds 2^63−1; no larger degrees are supported");
        }
        PrintWriter out = common.out();
        if (common.json) {
            Output.print(out, Reports.degrees(d, sigma));
        } else {
            StringBuilder e = new StringBuilder();
            for (int k = 1; k <= d.depth(); k++) {
                e.append(k == 1 ? "" : ", ").append("e_").append(k).append(" = ").append(g.e(k));
            }
            StringBuilder c = new StringBuilder();
            for (int k = 0; k <= d.depth(); k++) {
                c.append(k == 0 ? "" : ", ").append("c_").append(k).append(" = ").append(g.c(k));
            }
            out.println("architecture " + d + ", L = " + d.depth() + (sigma.isReciprocal() ? "" : ", σ(t) = " + sigma));
            out.println("  " + e + "      (degree of p^(k))");
            out.println("  " + c + "      (degree of q^(k))");
            out.println("  D_P = " + g.numeratorDegree() + ", D_Q = " + g.denominatorDegree());
            org.rationalnets.core.AmbientSpace amb = org.rationalnets.core.AmbientSpace.of(d, sigma);
            out.println("  ambient dimension amb = " + amb.dimension() + (sigma.isPolynomial()
                    ? " (affine: tuples of forms of degree " + g.numeratorDegree() + "; projective " + amb.projectiveDimension() + ")" : ""));
            out.println("  #params = " + d.parameterCount() + ", symmetry dimension tor = " + d.symmetryDimension());
            out.println("  expected dimension edim = min(#params − tor, amb) = " + d.expectedDimension(sigma));
        }
        out.flush();
        return 0;
    }
}
