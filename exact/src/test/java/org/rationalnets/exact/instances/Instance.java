package org.rationalnets.exact.instances;

/**
 * One case of a property: a value drawn from the {@code index}-th seeded random stream of a test
 * method. Its text names the base seed, so that a failure can be replayed with
 * {@code -Drationalnets.seed=<base seed>}, and the value itself, so that it can be copied into a unit test.
 *
 * @param baseSeed the run's base seed ({@link Instances#baseSeed()})
 * @param index    the case number within its stream, from 1
 * @param value    the instance (a record of everything the law is checked on)
 * @param <T>      the type of the instance
 */
public record Instance<T>(long baseSeed, int index, T value) {

    @Override
    public String toString() {
        return "seed " + baseSeed + " #" + index + ": " + value;
    }
}
