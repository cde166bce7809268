package org.rationalnets.exact.instances;

import java.security.SecureRandom;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Seeded random instance streams for {@code @ParameterizedTest @MethodSource} properties.
 *
 * <p>Every stream is derived from one base seed: {@value #SEED_PROPERTY} if set (a number, or
 * {@code random} for a fresh one), otherwise {@link #DEFAULT_SEED}, so that {@code verify} is
 * reproducible. The stream of a source method is determined by the base seed and the method's name;
 * its case {@code i} does not depend on the number of tries, so a failure seen with 25 tries is
 * the same case with 200. Each case is an {@link Instance} whose text gives the base seed and the
 * instance; {@link InstanceReporter} puts that text into the failure message.
 *
 * <p>The number of tries of a property is {@value #TRIES_PROPERTY} (200 unless set: the build sets it,
 * lower in the mutation profile); a property that names its own number of tries keeps it.
 */
public final class Instances {

    /** System property overriding the base seed: a {@code long}, or {@code random}. */
    public static final String SEED_PROPERTY = "rationalnets.seed";
    /** System property giving the default number of tries per property. */
    public static final String TRIES_PROPERTY = "rationalnets.tries";
    /** The base seed when {@value #SEED_PROPERTY} is not set. */
    public static final long DEFAULT_SEED = 250_911_088L;
    private static final int DEFAULT_TRIES = 200;
    private static final long BASE_SEED = readBaseSeed();

    private Instances() {
    }

    /** The base seed of this run. */
    public static long baseSeed() {
        return BASE_SEED;
    }

    /** The default number of tries per property ({@value #TRIES_PROPERTY}, else 200). */
    public static int tries() {
        String s = System.getProperty(TRIES_PROPERTY);
        if (s == null || s.isBlank()) {
            return DEFAULT_TRIES;
        }
        int tries = Integer.parseInt(s.strip());
        if (tries < 1) {
            throw new IllegalArgumentException(TRIES_PROPERTY + " must be at least 1, got " + s);
        }
        return tries;
    }

    /** {@link #tries()} instances drawn by {@code generator}, the stream named after the calling method. */
    public static <T> Stream<Instance<T>> of(Function<Random, T> generator) {
        return of(tries(), callerName(), generator);
    }

    /** {@code tries} instances drawn by {@code generator}, for a property that fixes its own number of tries. */
    public static <T> Stream<Instance<T>> of(int tries, Function<Random, T> generator) {
        return of(tries, callerName(), generator);
    }

    /**
     * {@code tries} instances of the stream called {@code name}: case {@code i} is drawn by
     * {@code generator} from a {@link Random} seeded with the {@code i}-th number of a
     * {@link SplittableRandom} seeded from the base seed and the name.
     */
    public static <T> Stream<Instance<T>> of(int tries, String name, Function<Random, T> generator) {
        SplittableRandom seeds = new SplittableRandom(BASE_SEED ^ ((long) name.hashCode() << 32 | name.length()));
        long[] caseSeeds = seeds.longs(tries).toArray();
        return java.util.stream.IntStream.range(0, tries)
                .mapToObj(i -> new Instance<>(BASE_SEED, i + 1, generator.apply(new Random(caseSeeds[i]))));
    }

    private static String callerName() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.filter(f -> f.getDeclaringClass() != Instances.class).findFirst())
                .map(f -> f.getDeclaringClass().getName() + "." + f.getMethodName())
                .orElseThrow();
    }

    private static long readBaseSeed() {
        String s = System.getProperty(SEED_PROPERTY);
        if (s == null || s.isBlank()) {
            return DEFAULT_SEED;
        }
        if (s.strip().equals("random")) {
            return new SecureRandom().nextLong();
        }
        return Long.parseLong(s.strip());
    }
}
