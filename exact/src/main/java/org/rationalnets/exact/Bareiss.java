package org.rationalnets.exact;

import java.math.BigInteger;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Fraction-free Gaussian elimination (Bareiss) over the integers: every intermediate entry is a
 * minor of the input, so entries stay polynomially bounded and no gcd is ever taken. A rational
 * matrix is first scaled row by row to integers, which changes neither rank nor (up to the known
 * factor) the determinant.
 */
public final class Bareiss {

    private Bareiss() {
    }

    /** Result of elimination: the rank and, for a square matrix, the determinant. */
    private record Result(int rank, BigInteger determinant) {
    }

    /** The rank of a rational matrix. */
    public static int rank(Matrix<BigFraction> m) {
        return eliminate(toIntegerRows(m)).rank();
    }

    /**
     * The determinant of a square rational matrix.
     *
     * @throws IllegalArgumentException if the matrix is not square
     */
    public static BigFraction determinant(Matrix<BigFraction> m) {
        if (m.rows() != m.columns()) {
            throw new IllegalArgumentException("determinant of a non-square " + m.rows() + "×" + m.columns() + " matrix");
        }
        BigInteger scale = BigInteger.ONE;
        for (int i = 0; i < m.rows(); i++) {
            scale = scale.multiply(rowDenominator(m.row(i)));
        }
        return BigFraction.of(eliminate(toIntegerRows(m)).determinant(), scale);
    }

    private static BigInteger rowDenominator(List<BigFraction> row) {
        BigInteger l = BigInteger.ONE;
        for (BigFraction q : row) {
            BigInteger d = Rationals.denominator(q);
            l = l.divide(l.gcd(d)).multiply(d);
        }
        return l;
    }

    private static BigInteger[][] toIntegerRows(Matrix<BigFraction> m) {
        BigInteger[][] a = new BigInteger[m.rows()][m.columns()];
        for (int i = 0; i < m.rows(); i++) {
            BigInteger l = rowDenominator(m.row(i));
            for (int j = 0; j < m.columns(); j++) {
                BigFraction q = m.get(i, j);
                a[i][j] = Rationals.numerator(q).multiply(l.divide(Rationals.denominator(q)));
            }
        }
        return a;
    }

    /**
     * Bareiss elimination with row pivoting. For a square nonsingular matrix the last pivot is
     * the determinant (sign corrected for swaps).
     */
    private static Result eliminate(BigInteger[][] a) {
        int rows = a.length;
        int cols = rows == 0 ? 0 : a[0].length;
        BigInteger previous = BigInteger.ONE;
        int rank = 0;
        boolean negated = false;
        for (int c = 0; c < cols; c++) { // once rank = rows, no later column finds a pivot row
            int p = -1;
            for (int i = rank; i < rows; i++) {
                if (a[i][c].signum() != 0) {
                    p = i;
                    break;
                }
            }
            if (p < 0) {
                continue;
            }
            if (p != rank) {
                BigInteger[] t = a[p];
                a[p] = a[rank];
                a[rank] = t;
                negated = !negated;
            }
            BigInteger pivot = a[rank][c];
            for (int i = rank + 1; i < rows; i++) {
                for (int j = c + 1; j < cols; j++) {
                    // exact by Sylvester's identity
                    a[i][j] = pivot.multiply(a[i][j]).subtract(a[i][c].multiply(a[rank][j])).divide(previous);
                }
                a[i][c] = BigInteger.ZERO;
            }
            previous = pivot;
            rank++;
        }
        BigInteger det = BigInteger.ZERO;
        if (rows == cols && rank == rows) {
            det = rows == 0 ? BigInteger.ONE : (negated ? previous.negate() : previous);
        }
        return new Result(rank, det);
    }
}
