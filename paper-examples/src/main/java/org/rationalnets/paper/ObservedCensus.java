package org.rationalnets.paper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rationalnets.algorithms.dimension.CertifiedDimension;
import org.rationalnets.algorithms.dimension.DimensionCensus;
import org.rationalnets.algorithms.dimension.DimensionCensus.Range;
import org.rationalnets.algorithms.dimension.DimensionCertificate;
import org.rationalnets.core.Architecture;

/**
 * The two censuses of docs/theory.md §9 [observed], certified by §5 with a given seed and the default prime,
 * computed once per seed and shared by the census checks of {@link CensusChecks} and the figure of
 * the reproduction report.
 *
 * <ul>
 *   <li>{@link #hiddenWidthsAtLeastTwo}: {@code d_0 ∈ {2,3}}, hidden widths in {@code {2,3,4}},
 *       {@code 2 ≤ L ≤ 4}, {@code d_L ≤ 3}, {@code #params ≤ 60};</li>
 *   <li>{@link #widthsOneToThree}: {@code d_0 ≤ 3}, hidden widths in {@code {1,2,3}}, {@code 2 ≤ L ≤ 4},
 *       {@code d_L ≤ 3} (the 225 with a width-1 hidden layer are the ones §9 counts).</li>
 * </ul>
 */
public final class ObservedCensus {

    /** The range of the first census, as text for reports. */
    public static final String HIDDEN_AT_LEAST_TWO_RANGE = "d_0 ∈ {2,3}, hidden widths ∈ {2,3,4}, 2 ≤ L ≤ 4, d_L ≤ 3, #params ≤ 60";
    /** The range of the second census, as text for reports. */
    public static final String WIDTHS_ONE_TO_THREE_RANGE = "d_0 ≤ 3, hidden widths ∈ {1,2,3}, 2 ≤ L ≤ 4, d_L ≤ 3";

    private static final Map<Long, List<DimensionCertificate>> AT_LEAST_TWO = new ConcurrentHashMap<>();
    private static final Map<Long, List<DimensionCertificate>> ONE_TO_THREE = new ConcurrentHashMap<>();

    private ObservedCensus() {
    }

    /** The certificates of the census with every hidden width ≥ 2, in census order. */
    public static List<DimensionCertificate> hiddenWidthsAtLeastTwo(long seed) {
        return AT_LEAST_TWO.computeIfAbsent(seed, s -> certify(DimensionCensus.architectures(
                new Range(2, 3), new Range(2, 4), new Range(2, 4), new Range(1, 3), 60, 100_000), s));
    }

    /** The certificates of the census with hidden widths 1..3 (with and without a width-1 layer), in census order. */
    public static List<DimensionCertificate> widthsOneToThree(long seed) {
        return ONE_TO_THREE.computeIfAbsent(seed, s -> certify(DimensionCensus.architectures(
                new Range(1, 3), new Range(1, 3), new Range(2, 4), new Range(1, 3), Long.MAX_VALUE, 100_000), s));
    }

    /** Both censuses, each architecture once (first census first). */
    public static List<DimensionCertificate> union(long seed) {
        Map<Architecture, DimensionCertificate> all = new LinkedHashMap<>();
        hiddenWidthsAtLeastTwo(seed).forEach(c -> all.putIfAbsent(c.architecture(), c));
        widthsOneToThree(seed).forEach(c -> all.putIfAbsent(c.architecture(), c));
        return List.copyOf(all.values());
    }

    private static List<DimensionCertificate> certify(List<Architecture> architectures, long seed) {
        List<DimensionCertificate> out = new ArrayList<>(architectures.size());
        for (Architecture d : architectures) {
            out.add(CertifiedDimension.of(d, seed, CertifiedDimension.DEFAULT_PRIME));
        }
        return List.copyOf(out);
    }
}
