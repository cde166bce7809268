package org.rationalnets.algorithms.factor;

import static org.assertj.core.api.Assertions.assertThat;

import cc.redberry.rings.Rings;
import cc.redberry.rings.poly.PolynomialFactorDecomposition;
import cc.redberry.rings.poly.multivar.MultivariateFactorization;
import cc.redberry.rings.poly.multivar.MultivariatePolynomial;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.RationalPolynomials;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;

/**
 * The factorisation against {@code rings}' multivariate factorisation over Q on random products of
 * linear forms (rational, and conjugate irrational ones multiplied out to rational forms), and against
 * the rank criterion on random quadratic forms. Every case is a seeded
 * random instance, printed with its seed on failure.
 */
class LinearFactorizationProperties {

    private static String[] names(int n) {
        String[] v = new String[n];
        for (int i = 0; i < n; i++) {
            v[i] = "x" + (i + 1);
        }
        return v;
    }

    /**
     * rings' factorisation over Q: primitive irreducible factor → exponent (constants dropped).
     *
     * <p>rings 2.5.8 reports some homogeneous bivariate forms as irreducible (its Newton-polygon
     * irreducibility test assumes a two-dimensional polygon; PoslavskySV/rings#62), e.g.
     * {@code (x1+2x2)(x1+3x2)(17x1²−18x1x2+19x2²)}. So the form is first moved by
     * {@code x_i → x_i + (i+2)·x_n} ({@code i < n}) and dehomogenised at {@code x_n = 1}; each factor is then
     * homogenised and moved back, and the power of {@code x_n} restored from the degree.
     */
    static Map<Polynomial<BigFraction>, Integer> ringsFactors(Polynomial<BigFraction> form) {
        int n = form.variables();
        int last = n - 1;
        Polynomial<BigFraction> moved = RationalPolynomials.primitivePart(shear(form, 1));
        // dehomogenise: x_n = 1, as a polynomial in x_1..x_{n-1} (rings sees n − 1 variables)
        Map<org.rationalnets.exact.Monomial, BigFraction> affineTerms = new HashMap<>();
        for (Polynomial.Term<BigFraction> t : moved.terms()) {
            int[] e = java.util.Arrays.copyOf(t.monomial().exponents(), Math.max(last, 1));
            if (last == 0) {
                e[0] = 0;
            }
            affineTerms.merge(org.rationalnets.exact.Monomial.of(e), t.coefficient(), BigFraction::add);
        }
        int m = Math.max(last, 1);
        Polynomial<BigFraction> affine = Polynomial.of(Rationals.Q, m, affineTerms);
        Map<Polynomial<BigFraction>, Integer> out = new HashMap<>();
        int degree = 0;
        if (!affine.isConstant()) {
            MultivariatePolynomial<cc.redberry.rings.bigint.BigInteger> r = MultivariatePolynomial.parse(
                    RationalPolynomials.primitivePart(affine).toString(), Rings.Z, names(m));
            PolynomialFactorDecomposition<MultivariatePolynomial<cc.redberry.rings.bigint.BigInteger>> d =
                    MultivariateFactorization.Factor(r);
            for (int i = 0; i < d.size(); i++) {
                if (d.get(i).isConstant()) {
                    continue;
                }
                Polynomial<BigFraction> f = PolynomialParser.parse(d.get(i).toString(names(m)), m);
                List<Polynomial<BigFraction>> parts = new ArrayList<>();
                if (f.size() == 1) {
                    // rings returns the monomial content x^a y^b as one "factor"
                    for (int v = 0; v < m; v++) {
                        for (int e = 0; e < f.leadingMonomial().exponent(v); e++) {
                            parts.add(Polynomial.variable(Rationals.Q, m, v));
                        }
                    }
                } else {
                    parts.add(f);
                }
                for (Polynomial<BigFraction> part : parts) {
                    Polynomial<BigFraction> g = RationalPolynomials.primitivePart(shear(homogenise(part, n), -1));
                    out.merge(g, d.getExponent(i), Integer::sum);
                    degree += d.getExponent(i) * g.degree();
                }
            }
        }
        if (degree < form.degree()) {
            out.merge(Polynomial.variable(Rationals.Q, n, last), form.degree() - degree, Integer::sum);
        }
        return out;
    }

    /** {@code f(x_1 + s·2·x_n, …, x_{n−1} + s·n·x_n, x_n)}: an invertible change of coordinates. */
    static Polynomial<BigFraction> shear(Polynomial<BigFraction> f, int s) {
        int n = f.variables();
        List<Polynomial<BigFraction>> images = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Polynomial<BigFraction> xi = Polynomial.variable(Rationals.Q, n, i);
            images.add(i == n - 1 ? xi : xi.add(Polynomial.variable(Rationals.Q, n, n - 1).scale(BigFraction.of(s * (i + 2)))));
        }
        Polynomial<BigFraction> out = Polynomial.zero(Rationals.Q, n);
        for (Polynomial.Term<BigFraction> t : f.terms()) {
            Polynomial<BigFraction> term = Polynomial.constant(Rationals.Q, n, t.coefficient());
            for (int i = 0; i < n; i++) {
                term = term.multiply(images.get(i).pow(t.monomial().exponent(i)));
            }
            out = out.add(term);
        }
        return out;
    }

    /** The homogenisation of a polynomial in {@code x_1..x_{n−1}} by {@code x_n}, in n variables. */
    static Polynomial<BigFraction> homogenise(Polynomial<BigFraction> f, int n) {
        int d = f.degree();
        Map<org.rationalnets.exact.Monomial, BigFraction> terms = new HashMap<>();
        for (Polynomial.Term<BigFraction> t : f.terms()) {
            int[] e = java.util.Arrays.copyOf(t.monomial().exponents(), n);
            if (n == 1) {
                e[0] = 0;
            }
            e[n - 1] += d - t.monomial().degree();
            terms.put(org.rationalnets.exact.Monomial.of(e), t.coefficient());
        }
        return Polynomial.of(Rationals.Q, n, terms);
    }

    /** Our classes' norms (made primitive) with multiplicities. */
    static Map<Polynomial<BigFraction>, Integer> ourFactors(LinearFactorization f) {
        Map<Polynomial<BigFraction>, Integer> out = new HashMap<>();
        for (FactorClass c : f.classes()) {
            out.merge(RationalPolynomials.primitivePart(c.norm()), c.multiplicity(), Integer::sum);
        }
        return out;
    }

    static Polynomial<BigFraction> randomLinear(Random rnd, int n) {
        while (true) {
            List<BigFraction> c = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                c.add(BigFraction.of(rnd.nextInt(7) - 3));
            }
            if (c.stream().anyMatch(x -> x.signum() != 0)) {
                return Polynomial.linearForm(Rationals.Q, c);
            }
        }
    }

    /** Whether the linear forms are linearly independent. */
    static boolean independent(List<Polynomial<BigFraction>> forms, int n) {
        List<List<BigFraction>> rows = new ArrayList<>();
        for (Polynomial<BigFraction> l : forms) {
            List<BigFraction> row = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                row.add(l.coefficient(org.rationalnets.exact.Monomial.variable(n, i)));
            }
            rows.add(row);
        }
        return Matrix.of(Rationals.Q, rows).rank() == forms.size();
    }

    /** The exact identity, recomputed here: Q = c·Π N(ℓ)^e. */
    static void assertIdentity(LinearFactorization f) {
        Polynomial<BigFraction> product = Polynomial.constant(Rationals.Q, f.form().variables(), f.scalar());
        for (FactorClass c : f.classes()) {
            product = product.multiply(c.norm().pow(c.multiplicity()));
        }
        assertThat(product).isEqualTo(f.form());
    }

    /** A form, the seed of the factorisation and, for conjugate quadratic irrationals, the d of √d. */
    record SeededForm(Polynomial<BigFraction> form, long seed, int d) {
    }

    /** c·Π ℓ_j^{e_j}: 2 ≤ n ≤ 4 variables, 1 ≤ k ≤ 5 rational linear forms, e_j ∈ {1, 2}. */
    static Stream<Instance<SeededForm>> rationalProducts() {
        return Instances.of(rnd -> {
            int n = 2 + rnd.nextInt(3);
            int k = 1 + rnd.nextInt(5);
            Polynomial<BigFraction> form = Polynomial.constant(Rationals.Q, n, BigFraction.of(rnd.nextInt(9) + 1));
            for (int j = 0; j < k; j++) {
                form = form.multiply(randomLinear(rnd, n).pow(1 + rnd.nextInt(2)));
            }
            return new SeededForm(form, rnd.nextLong(), 1);
        });
    }

    @ParameterizedTest
    @MethodSource("rationalProducts")
    void rationalProductsAgreeWithRings(Instance<SeededForm> instance) {
        Polynomial<BigFraction> form = instance.value().form();
        long seed = instance.value().seed();
        LinearFactorization f = LinearFactorization.of(form, seed);
        assertThat(f.splitsOver(GroundField.Q)).as("seed %d: %s", seed, f.reason()).isTrue();
        assertThat(f.splitsOver(GroundField.R)).isTrue();
        assertThat(f.classes()).allMatch(FactorClass::isRational);
        assertThat(ourFactors(f)).as("seed %d, form %s", seed, form).isEqualTo(ringsFactors(form));
        assertIdentity(f);
    }

    /** (u − √d v)(u + √d v) times 0 to 2 rational linear forms, u, v independent, 2 ≤ n ≤ 4. */
    static Stream<Instance<SeededForm>> conjugateQuadraticIrrationals() {
        return Instances.of(rnd -> {
            int n = 2 + rnd.nextInt(3);
            int rationalFactors = rnd.nextInt(3);
            int[] ds = {2, 3, 5, 7, -1, -2, -3};
            int d = ds[rnd.nextInt(ds.length)];
            Polynomial<BigFraction> u;
            Polynomial<BigFraction> v;
            do {
                u = randomLinear(rnd, n);
                v = randomLinear(rnd, n);
            } while (!independent(List.of(u, v), n));
            Polynomial<BigFraction> form = u.multiply(u).subtract(v.multiply(v).scale(BigFraction.of(d)));
            for (int j = 0; j < rationalFactors; j++) {
                form = form.multiply(randomLinear(rnd, n));
            }
            return new SeededForm(form, rnd.nextLong(), d);
        });
    }

    @ParameterizedTest
    @MethodSource("conjugateQuadraticIrrationals")
    void conjugateQuadraticIrrationalsAgreeWithRings(Instance<SeededForm> instance) {
        Polynomial<BigFraction> form = instance.value().form();
        long seed = instance.value().seed();
        int d = instance.value().d();
        LinearFactorization f = LinearFactorization.of(form, seed,
                new LinearFactorization.Options(2, 3, 20, true));
        assertThat(f.splitsOver(GroundField.C)).as("seed %d: %s", seed, f.reason()).isTrue();
        assertThat(f.splitsOver(GroundField.R)).as("seed %d: %s", seed, f.reason()).isEqualTo(d > 0);
        assertThat(f.splitsOver(GroundField.Q)).as("seed %d", seed).isFalse();
        assertThat(ourFactors(f)).as("seed %d, form %s", seed, form).isEqualTo(ringsFactors(form));
        assertIdentity(f);
        // with classes split only at zero divisors: the same distinct factors, possibly fewer classes
        LinearFactorization g = LinearFactorization.of(form, seed + 1, new LinearFactorization.Options(2, 3, 20, false));
        assertThat(g.distinctFactorCount()).isEqualTo(f.distinctFactorCount());
        assertIdentity(g);
        assertThat(g.factors().stream().filter(LinearFactor::isReal).count())
                .isEqualTo(f.factors().stream().filter(LinearFactor::isReal).count());
    }

    /** N(u + θ v + θ² w) over θ³ = 2: u³ + 2v³ + 4w³ − 6uvw (one real, two complex factors), 3 ≤ n ≤ 4. */
    static Stream<Instance<SeededForm>> conjugateCubicIrrationals() {
        return Instances.of(rnd -> {
            int n = 3 + rnd.nextInt(2);
            Polynomial<BigFraction> u;
            Polynomial<BigFraction> v;
            Polynomial<BigFraction> w;
            do {
                u = randomLinear(rnd, n);
                v = randomLinear(rnd, n);
                w = randomLinear(rnd, n);
            } while (!independent(List.of(u, v, w), n));
            Polynomial<BigFraction> form = u.pow(3).add(v.pow(3).scale(BigFraction.of(2)))
                    .add(w.pow(3).scale(BigFraction.of(4))).subtract(u.multiply(v).multiply(w).scale(BigFraction.of(6)));
            return new SeededForm(form, rnd.nextLong(), 2);
        });
    }

    @ParameterizedTest
    @MethodSource("conjugateCubicIrrationals")
    void conjugateCubicIrrationalsSplitOverCOnly(Instance<SeededForm> instance) {
        Polynomial<BigFraction> form = instance.value().form();
        long seed = instance.value().seed();
        LinearFactorization f = LinearFactorization.of(form, seed);
        assertThat(f.splitsOver(GroundField.C)).as("seed %d: %s", seed, f.reason()).isTrue();
        assertThat(f.splitsOver(GroundField.R)).isFalse();
        assertThat(f.splitsOver(GroundField.Q)).isFalse();
        assertThat(f.distinctFactorCount()).isEqualTo(3);
        assertThat(f.factors().stream().filter(LinearFactor::isReal).count()).isEqualTo(1);
        assertThat(ourFactors(f)).isEqualTo(ringsFactors(form));
        assertIdentity(f);
    }

    /**
     * Random dense forms (degree 2–4, often not products of linear forms), sometimes times a random
     * linear form: the answer over Q is "yes" exactly when every factor rings finds is linear, a "yes" over
     * C carries the identity, and the distinct factors found are as many as rings' factors' degrees.
     */
    /** Dense forms of degree 2 or 3 in 3 or 4 variables (each monomial kept with probability 2/3), times 0 or 1 linear form. */
    static Stream<Instance<SeededForm>> denseForms() {
        return Instances.of(rnd -> {
            int n = 3 + rnd.nextInt(2);
            int degree = 2 + rnd.nextInt(2);
            int linearFactors = rnd.nextInt(2);
            Polynomial<BigFraction> form = Polynomial.zero(Rationals.Q, n);
            for (org.rationalnets.exact.Monomial m : org.rationalnets.exact.Monomial.ofDegree(n, degree)) {
                if (rnd.nextInt(3) > 0) {
                    form = form.add(Polynomial.monomial(Rationals.Q, BigFraction.of(rnd.nextInt(9) - 4), m));
                }
            }
            for (int j = 0; j < linearFactors && !form.isZero(); j++) {
                form = form.multiply(randomLinear(rnd, n));
            }
            return new SeededForm(form, rnd.nextLong(), 1);
        });
    }

    @ParameterizedTest
    @MethodSource("denseForms")
    void randomFormsAgreeWithRingsOverQ(Instance<SeededForm> instance) {
        Polynomial<BigFraction> form = instance.value().form();
        long seed = instance.value().seed();
        if (form.isZero()) {
            return;
        }
        Map<Polynomial<BigFraction>, Integer> rings = ringsFactors(form);
        boolean allLinear = rings.keySet().stream().allMatch(f -> f.degree() == 1);
        // one quick and one full line: enough for these assertions, and "no" answers stay cheap
        LinearFactorization f = LinearFactorization.of(form, seed, new LinearFactorization.Options(1, 1, 20, true));
        assertThat(f.splitsOver(GroundField.Q)).as("seed %d, form %s, rings %s", seed, form, rings).isEqualTo(allLinear);
        if (f.splitsOver(GroundField.C)) {
            assertIdentity(f);
            assertThat(f.distinctFactorCount()).isEqualTo(rings.keySet().stream().mapToInt(Polynomial::degree).sum());
        } else {
            assertThat(allLinear).isFalse();
        }
    }

    /** A quadratic form in 3 or 4 variables, integer coefficients in [−5, 5], with its symmetric matrix. */
    record QuadraticForm(Polynomial<BigFraction> form, Matrix<BigFraction> symmetricMatrix, long seed) {
    }

    static Stream<Instance<QuadraticForm>> quadraticForms() {
        return Instances.of(rnd -> {
            int n = 3 + rnd.nextInt(2);
            List<List<BigFraction>> s = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                s.add(new ArrayList<>(java.util.Collections.nCopies(n, BigFraction.ZERO)));
            }
            Polynomial<BigFraction> form = Polynomial.zero(Rationals.Q, n);
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++) {
                    BigFraction c = BigFraction.of(rnd.nextInt(11) - 5);
                    s.get(i).set(j, i == j ? c : c.divide(2));
                    s.get(j).set(i, i == j ? c : c.divide(2));
                    form = form.add(Polynomial.variable(Rationals.Q, n, i).multiply(Polynomial.variable(Rationals.Q, n, j)).scale(c));
                }
            }
            return new QuadraticForm(form, Matrix.of(Rationals.Q, s), rnd.nextLong());
        });
    }

    /** A quadratic form splits over C iff its symmetric matrix has rank ≤ 2. */
    @ParameterizedTest
    @MethodSource("quadraticForms")
    void quadraticFormsFollowTheRankCriterion(Instance<QuadraticForm> instance) {
        Polynomial<BigFraction> form = instance.value().form();
        long seed = instance.value().seed();
        if (form.isZero()) {
            return;
        }
        int rank = instance.value().symmetricMatrix().rank();
        LinearFactorization f = LinearFactorization.of(form, seed);
        assertThat(f.splitsOver(GroundField.C)).as("seed %d, rank %d, %s", seed, rank, form).isEqualTo(rank <= 2);
        if (rank <= 2) {
            assertIdentity(f);
        } else {
            assertThat(f.errorBound().signum()).isPositive();
        }
    }
}
