package org.rationalnets.core;

import java.util.List;

/**
 * Evaluation hit a pole: the pre-activation of a hidden neuron vanishes at the given point, so
 * {@code f_W} is not defined there (though the network may be).
 */
public final class PoleException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    private final int layer;
    private final int neuron;

    /** The pre-activation of {@code neuron} in {@code layer} is zero at {@code point}. */
    public PoleException(int layer, int neuron, List<?> point) {
        super("the pre-activation of neuron " + neuron + " in hidden layer " + layer + " vanishes at " + point);
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
