package org.rationalnets.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A dense matrix over a {@link Field}, immutable. Rank, determinant, linear solve and nullspace
 * are one Gauss–Jordan elimination written once over the field abstraction; over Q,
 * {@link Bareiss} is the fraction-free alternative used to cross-check it.
 *
 * @param <T> entry type
 */
public final class Matrix<T> {

    private final Field<T> field;
    private final int rows;
    private final int cols;
    private final Object[][] entries;

    private Matrix(Field<T> field, int rows, int cols, Object[][] entries) {
        this.field = field;
        this.rows = rows;
        this.cols = cols;
        this.entries = entries;
    }

    /**
     * The matrix with the given rows.
     *
     * @throws IllegalArgumentException if the rows have different lengths
     */
    public static <T> Matrix<T> of(Field<T> field, List<? extends List<T>> rowList) {
        int r = rowList.size();
        int c = r == 0 ? 0 : rowList.get(0).size();
        Object[][] e = new Object[r][];
        for (int i = 0; i < r; i++) {
            if (rowList.get(i).size() != c) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + rowList.get(i).size()
                        + " entries, expected " + c);
            }
            e[i] = rowList.get(i).toArray();
        }
        return new Matrix<>(field, r, c, e);
    }

    /** The {@code r × c} zero matrix. */
    public static <T> Matrix<T> zero(Field<T> field, int r, int c) {
        Object[][] e = new Object[r][c];
        for (Object[] row : e) {
            Arrays.fill(row, field.zero());
        }
        return new Matrix<>(field, r, c, e);
    }

    /** The {@code n × n} identity. */
    public static <T> Matrix<T> identity(Field<T> field, int n) {
        Object[][] e = zero(field, n, n).entries;
        for (int i = 0; i < n; i++) {
            e[i][i] = field.one();
        }
        return new Matrix<>(field, n, n, e);
    }

    /** The entry field. */
    public Field<T> field() {
        return field;
    }

    /** Number of rows. */
    public int rows() {
        return rows;
    }

    /** Number of columns. */
    public int columns() {
        return cols;
    }

    /** Entry {@code (i, j)}, 0-based. */
    @SuppressWarnings("unchecked")
    public T get(int i, int j) {
        return (T) entries[i][j];
    }

    /** Row {@code i} as a list. */
    @SuppressWarnings("unchecked")
    public List<T> row(int i) {
        return (List<T>) List.of(entries[i]);
    }

    /** All rows. */
    public List<List<T>> rowList() {
        List<List<T>> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            out.add(row(i));
        }
        return out;
    }

    /** Column {@code j} as a list. */
    public List<T> column(int j) {
        List<T> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            out.add(get(i, j));
        }
        return out;
    }

    /** The transpose. */
    public Matrix<T> transpose() {
        Object[][] e = new Object[cols][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                e[j][i] = entries[i][j];
            }
        }
        return new Matrix<>(field, cols, rows, e);
    }

    /**
     * The product {@code this · other}.
     *
     * @throws IllegalArgumentException if the inner dimensions differ
     */
    public Matrix<T> multiply(Matrix<T> other) {
        if (cols != other.rows) {
            throw new IllegalArgumentException("cannot multiply " + rows + "×" + cols + " by " + other.rows + "×" + other.cols);
        }
        Object[][] e = new Object[rows][other.cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < other.cols; j++) {
                T s = field.zero();
                for (int k = 0; k < cols; k++) {
                    s = field.add(s, field.multiply(get(i, k), other.get(k, j)));
                }
                e[i][j] = s;
            }
        }
        return new Matrix<>(field, rows, other.cols, e);
    }

    /** The product with a column vector. */
    public List<T> apply(List<T> v) {
        if (v.size() != cols) {
            throw new IllegalArgumentException("expected a vector of length " + cols + ", got " + v.size());
        }
        List<T> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            T s = field.zero();
            for (int k = 0; k < cols; k++) {
                s = field.add(s, field.multiply(get(i, k), v.get(k)));
            }
            out.add(s);
        }
        return out;
    }

    /** The image under an entry map {@code F → G}. */
    public <S> Matrix<S> map(Field<S> target, java.util.function.Function<T, S> f) {
        Object[][] e = new Object[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                e[i][j] = f.apply(get(i, j));
            }
        }
        return new Matrix<>(target, rows, cols, e);
    }

    /** Reduced row echelon form with its pivot columns. */
    private record Echelon(Object[][] rref, int[] pivots, boolean negated) {
    }

    private Echelon reduce(boolean full) {
        Object[][] a = new Object[rows][];
        for (int i = 0; i < rows; i++) {
            a[i] = entries[i].clone();
        }
        int[] pivots = new int[Math.min(rows, cols)];
        int rank = 0;
        boolean negated = false;
        for (int c = 0; c < cols; c++) { // once rank = rows, no later column finds a pivot row
            int p = -1;
            for (int i = rank; i < rows; i++) {
                if (!field.isZero(at(a, i, c))) {
                    p = i;
                    break;
                }
            }
            if (p < 0) {
                continue;
            }
            if (p != rank) {
                Object[] tmp = a[p];
                a[p] = a[rank];
                a[rank] = tmp;
                negated = !negated;
            }
            T inv = field.reciprocal(at(a, rank, c));
            if (full) {
                for (int j = c; j < cols; j++) {
                    a[rank][j] = field.multiply(inv, at(a, rank, j));
                }
            }
            for (int i = full ? 0 : rank + 1; i < rows; i++) {
                if (i == rank || field.isZero(at(a, i, c))) {
                    continue;
                }
                T factor = full ? at(a, i, c) : field.multiply(at(a, i, c), inv);
                for (int j = c; j < cols; j++) {
                    a[i][j] = field.subtract(at(a, i, j), field.multiply(factor, at(a, rank, j)));
                }
            }
            pivots[rank++] = c;
        }
        return new Echelon(a, Arrays.copyOf(pivots, rank), negated);
    }

    @SuppressWarnings("unchecked")
    private T at(Object[][] a, int i, int j) {
        return (T) a[i][j];
    }

    /** The rank. */
    public int rank() {
        return reduce(false).pivots().length;
    }

    /**
     * The determinant (product of the pivots of Gaussian elimination, with the sign of the row swaps).
     *
     * @throws IllegalArgumentException if the matrix is not square
     */
    public T determinant() {
        if (rows != cols) {
            throw new IllegalArgumentException("determinant of a non-square " + rows + "×" + cols + " matrix");
        }
        Echelon e = reduce(false);
        if (e.pivots().length < rows) {
            return field.zero();
        }
        T d = e.negated() ? field.negate(field.one()) : field.one();
        for (int i = 0; i < rows; i++) {
            d = field.multiply(d, at(e.rref(), i, i));
        }
        return d;
    }

    /**
     * One solution {@code x} of {@code this · x = b}, or empty if the system is inconsistent.
     * Free variables are set to zero.
     *
     * @throws IllegalArgumentException if {@code b} has the wrong length
     */
    public Optional<List<T>> solve(List<T> b) {
        if (b.size() != rows) {
            throw new IllegalArgumentException("expected a right-hand side of length " + rows + ", got " + b.size());
        }
        List<List<T>> augmented = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            List<T> r = new ArrayList<>(row(i));
            r.add(b.get(i));
            augmented.add(r);
        }
        Echelon e = of(field, augmented).reduce(true);
        int[] piv = e.pivots();
        if (piv.length > 0 && piv[piv.length - 1] == cols) {
            return Optional.empty();
        }
        List<T> x = new ArrayList<>(Collections.nCopies(cols, field.zero()));
        for (int k = 0; k < piv.length; k++) {
            x.set(piv[k], at(e.rref(), k, cols));
        }
        return Optional.of(List.copyOf(x));
    }

    /**
     * The inverse of a square matrix. Up to 2 × 2 it is the adjugate over the determinant, which
     * needs no pivot choice and so also holds over an algebra {@code Q[w]/(R)} whose determinant is
     * a unit; larger matrices are solved column by column by Gaussian elimination.
     *
     * @throws IllegalArgumentException if the matrix is not square
     * @throws ArithmeticException if it is singular (its determinant is not invertible)
     */
    public Matrix<T> inverse() {
        if (rows != cols) {
            throw new IllegalArgumentException("inverse of a non-square " + rows + "×" + cols + " matrix");
        }
        if (rows <= 2) {
            T det = determinant2();
            if (field.isZero(det)) {
                throw new ArithmeticException("singular matrix " + this);
            }
            T inv = field.reciprocal(det);
            if (rows == 1) {
                return of(field, List.of(List.of(inv)));
            }
            return of(field, List.of(
                    List.of(field.multiply(inv, get(1, 1)), field.negate(field.multiply(inv, get(0, 1)))),
                    List.of(field.negate(field.multiply(inv, get(1, 0))), field.multiply(inv, get(0, 0)))));
        }
        if (rank() < rows) {
            throw new ArithmeticException("singular matrix " + this);
        }
        List<List<T>> columns = new ArrayList<>(rows);
        for (int j = 0; j < rows; j++) {
            List<T> e = new ArrayList<>(Collections.nCopies(rows, field.zero()));
            e.set(j, field.one());
            columns.add(solve(e).orElseThrow());
        }
        return of(field, columns).transpose();
    }

    /** The determinant of a 1 × 1 or 2 × 2 matrix by its formula. */
    private T determinant2() {
        if (rows == 1) {
            return get(0, 0);
        }
        return field.subtract(field.multiply(get(0, 0), get(1, 1)), field.multiply(get(0, 1), get(1, 0)));
    }

    /** A basis of the right nullspace {@code {x : this · x = 0}}, one vector per free column. */
    public List<List<T>> nullspace() {
        Echelon e = reduce(true);
        int[] piv = e.pivots();
        boolean[] isPivot = new boolean[cols];
        for (int c : piv) {
            isPivot[c] = true;
        }
        List<List<T>> basis = new ArrayList<>();
        for (int free = 0; free < cols; free++) {
            if (isPivot[free]) {
                continue;
            }
            List<T> v = new ArrayList<>(Collections.nCopies(cols, field.zero()));
            v.set(free, field.one());
            for (int k = 0; k < piv.length; k++) {
                v.set(piv[k], field.negate(at(e.rref(), k, free)));
            }
            basis.add(List.copyOf(v));
        }
        return basis;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix<?> m && m.rows == rows && m.cols == cols && Arrays.deepEquals(m.entries, entries);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(entries);
    }

    /** Rows in brackets, e.g. {@code [[1, 1/2], [0, -3]]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < rows; i++) {
            sb.append(i == 0 ? "[" : ", [");
            for (int j = 0; j < cols; j++) {
                sb.append(j == 0 ? "" : ", ").append(field.format(get(i, j)));
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }
}
