package org.rationalnets.core;

/**
 * The weights do not define a network (docs/theory.md §1): the pre-activation of a hidden neuron is the
 * zero function, so {@code σ} is applied to zero. Names the layer and neuron (1-based).
 */
public final class UndefinedNetworkException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int layer;
    private final int neuron;

    /** The pre-activation of {@code neuron} in {@code layer} is identically zero. */
    public UndefinedNetworkException(int layer, int neuron) {
        super("not a network: the pre-activation of neuron " + neuron + " in hidden layer " + layer
                + " is identically zero" + (layer == 1 ? " (row " + neuron + " of W_1 is zero)" : ""));
        this.layer = layer;
        this.neuron = neuron;
    }

    /** The 1-based layer. */
    public int layer() {
        return layer;
    }

    /** The 1-based neuron. */
    public int neuron() {
        return neuron;
    }
}
