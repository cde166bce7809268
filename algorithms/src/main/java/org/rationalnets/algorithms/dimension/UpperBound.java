package org.rationalnets.algorithms.dimension;

import java.util.List;

/**
 * One proven upper bound for the dimension of a neurovariety (docs/theory.md, "Upper bounds for
 * monomial activations"): its value, the reason as a reader can check it by hand (e.g.
 * {@code T_1: 35 = dim(2,2) + dim(2,4,5,4,6,4,1) − 2}), and the certificates of the smaller
 * architectures it was built from.
 *
 * @param name the bound's label: {@code #params − tor}, {@code amb}, {@code AH}, {@code §6}, {@code S}, {@code F_t}, {@code TC}, {@code W1}, {@code T_k}, {@code G_k},
 *     {@code C_k}, {@code B1_k}, {@code B2_k}, {@code H_k}
 * @param value the bound
 * @param reason the bound with its arithmetic
 * @param parts the certificates of the architectures the reason names, in order
 */
public record UpperBound(String name, long value, String reason, List<DimensionCertificate> parts) {

    /** Copies the parts. */
    public UpperBound {
        parts = List.copyOf(parts);
    }
}
