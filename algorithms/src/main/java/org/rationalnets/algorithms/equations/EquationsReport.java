package org.rationalnets.algorithms.equations;

import java.util.ArrayList;
import java.util.List;

/** The certificates of {@link EquationsResult} and {@link IdealResult} as sentences, for printing and for exported scripts. */
public final class EquationsReport {

    /** At most this many uncertified blocks are named. */
    static final int NAMED_BLOCKS = 5;

    private EquationsReport() {
    }

    /** What is certified about {@code r}, and how: the rank bound, the lift, the proofs. */
    public static List<String> certificateLines(EquationsResult r) {
        EquationsResult.Certificate c = r.certificate();
        int k = r.degree();
        List<String> out = new ArrayList<>();
        out.add(r.certified() ? "certified: dim I_" + k + " = " + r.count() + ", these equations are a basis"
                : "NOT certified: " + r.count() + " equations proved, " + r.count() + " ≤ dim I_" + k + " ≤ " + c.upperBound());
        String blocks = c.multigraded() ? " in " + c.blocks().size() + " multidegree blocks (largest " + c.largestBlock() + ")"
                : " in one block";
        out.add("upper bound: " + c.monomials() + " monomials of degree " + k + blocks + " at " + c.samples()
                + " random networks (seed " + c.seed() + ", integer weights in [-" + c.weightBound() + "," + c.weightBound()
                + "]); ranks mod p (p = " + c.rankPrime() + (c.blocks().stream().allMatch(b -> b.rankPrime() == c.rankPrime())
                ? "" : " or below") + ") sum to " + c.rankModP() + ", so dim I_" + k + " ≤ " + c.upperBound());
        out.add("lower bound: " + c.candidates() + " kernel vectors lifted to Q (at most " + c.reconstructionPrimes().size()
                + " primes per block); " + c.verified() + " vanish identically on the parametrisation with " + c.weightVariables()
                + " symbolic weights, so dim I_" + k + " ≥ " + c.verified());
        if (!r.certified()) {
            out.add(uncertifiedBlocks(c.blocks()));
        }
        return out;
    }

    private static String uncertifiedBlocks(List<EquationsResult.BlockCertificate> blocks) {
        List<String> names = new ArrayList<>();
        long failed = 0;
        for (EquationsResult.BlockCertificate b : blocks) {
            if (!b.certified()) {
                if (failed++ < NAMED_BLOCKS) {
                    names.add(b.multidegree() == null ? "all monomials" : b.multidegree().toString());
                }
            }
        }
        return "bounds do not meet in " + failed + " block(s): " + String.join("; ", names) + (failed > NAMED_BLOCKS ? "; …" : "")
                + " (too few samples, or an unlucky prime); listed equations are proved, the count is only a lower bound";
    }

    /** What is certified about {@code r}, degree by degree. */
    public static List<String> certificateLines(IdealResult r) {
        List<String> out = new ArrayList<>();
        boolean dims = r.degrees().stream().allMatch(IdealResult.DegreePart::certified);
        boolean gens = r.degrees().stream().allMatch(IdealResult.DegreePart::fromLowerExact);
        out.add((dims ? "certified: dim I_j for every j ≤ " : "NOT certified: dim I_j for some j ≤ ") + r.degrees().size()
                + (dims ? "" : " (see the table: proved lower bound and rank upper bound)")
                + (dims && gens ? ", and the number of minimal generators in each degree" : "")
                + (dims && !gens ? "; the count of products of lower degree is only a lower bound in some degree" : ""));
        out.add("per multidegree block: rank mod p of the evaluation matrix at random networks bounds dim I_β from above; "
                + "independent products (coordinate × proved equation of degree j−1) and new generators, each proved by "
                + "substitution of the symbolic parametrisation, meet it from below");
        out.add("dim(R_1·I_{j−1}): rank mod p of the products, exact because the lifted functionals of its kernel vanish "
                + "exactly on every product");
        for (IdealResult.DegreePart p : r.degrees()) {
            out.add("degree " + p.degree() + ": dim I = " + p.dimension() + (p.certified() ? "" : " (≤ " + p.upperBound() + ")")
                    + ", from lower degrees " + p.fromLowerDegrees() + (p.fromLowerExact() ? "" : " (lower bound)") + ", new "
                    + p.newGenerators() + "; " + p.blocks() + " blocks (largest " + p.largestBlock() + "), " + p.samples()
                    + " samples");
        }
        return out;
    }
}
