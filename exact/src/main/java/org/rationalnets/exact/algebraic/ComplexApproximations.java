package org.rationalnets.exact.algebraic;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.UnivariatePolynomial;

/**
 * Floating-point approximations of all complex roots of a square-free rational polynomial
 * (Aberth–Ehrlich iteration, then Newton polishing). Only for display and for telling apart the
 * roots of one polynomial; never used in a claim. Hand-written: Commons Numbers has no polynomial
 * root finder and {@code rings} works over exact rings only.
 */
final class ComplexApproximations {

    private static final int MAX_ITERATIONS = 2000;

    private ComplexApproximations() {
    }

    /** The {@code deg f} roots as pairs {@code {re, im}}; {@code f} square-free, degree ≥ 1. */
    static List<double[]> roots(UnivariatePolynomial<BigFraction> f) {
        int n = f.degree();
        BigFraction lc = f.leadingCoefficient();
        double[] c = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            c[i] = f.coefficient(i).divide(lc).doubleValue();
        }
        double radius = 0;
        for (int i = 0; i < n; i++) {
            radius = Math.max(radius, Math.pow(Math.abs(c[i]), 1.0 / (n - i)));
        }
        radius = Math.max(radius, 1e-3);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int k = 0; k < n; k++) {
            double angle = 2 * Math.PI * k / n + 0.4;
            re[k] = 0.5 * radius * Math.cos(angle);
            im[k] = 0.5 * radius * Math.sin(angle);
        }
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double maxStep = 0;
            for (int k = 0; k < n; k++) {
                double[] pd = evaluateWithDerivative(c, re[k], im[k]);
                double pr = pd[0];
                double pi = pd[1];
                double dr = pd[2];
                double di = pd[3];
                if (pr == 0 && pi == 0) {
                    continue;
                }
                // w = p / p'
                double den = dr * dr + di * di;
                double wr;
                double wi;
                if (den == 0) {
                    wr = 1e-3 * radius;
                    wi = 1e-3 * radius;
                } else {
                    wr = (pr * dr + pi * di) / den;
                    wi = (pi * dr - pr * di) / den;
                }
                // s = Σ_{j≠k} 1/(z_k − z_j)
                double sr = 0;
                double si = 0;
                for (int j = 0; j < n; j++) {
                    if (j != k) {
                        double ar = re[k] - re[j];
                        double ai = im[k] - im[j];
                        double d = ar * ar + ai * ai;
                        if (d != 0) {
                            sr += ar / d;
                            si += -ai / d;
                        }
                    }
                }
                // step = w / (1 − w s)
                double qr = 1 - (wr * sr - wi * si);
                double qi = -(wr * si + wi * sr);
                double qd = qr * qr + qi * qi;
                double stepR = qd == 0 ? wr : (wr * qr + wi * qi) / qd;
                double stepI = qd == 0 ? wi : (wi * qr - wr * qi) / qd;
                re[k] -= stepR;
                im[k] -= stepI;
                double scale = Math.max(Math.hypot(re[k], im[k]), 1e-300);
                maxStep = Math.max(maxStep, Math.hypot(stepR, stepI) / scale);
            }
            if (maxStep < 1e-15) {
                break;
            }
        }
        List<double[]> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(new double[] {re[k], im[k]});
        }
        return out;
    }

    /** {@code {Re p(z), Im p(z), Re p'(z), Im p'(z)}} by Horner. */
    private static double[] evaluateWithDerivative(double[] c, double zr, double zi) {
        int n = c.length - 1;
        double pr = c[n];
        double pi = 0;
        double dr = 0;
        double di = 0;
        for (int i = n - 1; i >= 0; i--) {
            double ndr = dr * zr - di * zi + pr;
            double ndi = dr * zi + di * zr + pi;
            dr = ndr;
            di = ndi;
            double npr = pr * zr - pi * zi + c[i];
            double npi = pr * zi + pi * zr;
            pr = npr;
            pi = npi;
        }
        return new double[] {pr, pi, dr, di};
    }

    /** {@code v(z)} for a rational polynomial {@code v} at a complex double {@code z}, by Horner. */
    static double[] evaluate(UnivariatePolynomial<BigFraction> v, double zr, double zi) {
        double pr = 0;
        double pi = 0;
        for (int i = v.degree(); i >= 0; i--) {
            double npr = pr * zr - pi * zi + v.coefficient(i).doubleValue();
            double npi = pr * zi + pi * zr;
            pr = npr;
            pi = npi;
        }
        return new double[] {pr, pi};
    }
}
