package org.rationalnets.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.UndefinedNetworkException;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;

/** The random networks, points and forms the statement checks draw from their seed. */
final class RandomNetworks {

    private RandomNetworks() {
    }

    /** A random integer network that is defined (no hidden pre-activation identically zero). */
    static RationalNet<BigFraction> definedNetwork(Architecture d, Random random) {
        for (int attempt = 0; ; attempt++) {
            RationalNet<BigFraction> net = RationalNet.of(Weights.randomIntegers(d, 5, random));
            try {
                net.closedForm();
                return net;
            } catch (UndefinedNetworkException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    static List<BigFraction> randomPoint(int n, Random random) {
        List<BigFraction> x = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            x.add(BigFraction.of(random.nextInt(19) - 9, random.nextInt(5) + 1));
        }
        return x;
    }

    static Polynomial<BigFraction> randomForm(int n, int degree, Random random) {
        Polynomial<BigFraction> f = Polynomial.zero(Rationals.Q, n);
        for (Monomial m : Monomial.ofDegree(n, degree)) {
            f = f.add(Polynomial.monomial(Rationals.Q, BigFraction.of(random.nextInt(19) - 9), m));
        }
        return f;
    }

    static int[] randomPermutation(int n, Random random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
