package org.councilpolicy.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A plain generator of test values over {@link RandomGenerator}: no property-testing framework needed. Seed the
 * random generator to repeat a run ({@code new SplittableRandom(42)}); adapt it to a framework in two lines
 * (see the README: jqwik's {@code Arbitraries.randomValue(gen::next)}, QuickTheories'
 * {@code longs().all().map(seed -> gen.next(new SplittableRandom(seed)))}).
 *
 * @param <T> the type of value
 */
@FunctionalInterface
public interface Gen<T> {

    /**
     * The next value.
     *
     * @param random where the randomness comes from
     * @return a value
     */
    T next(RandomGenerator random);

    /**
     * {@code n} values from a generator seeded with {@code seed}: the same seed gives the same values.
     *
     * @param seed the seed
     * @param n how many
     * @return the values
     */
    default List<T> sample(long seed, int n) {
        RandomGenerator random = new java.util.SplittableRandom(seed);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(next(random));
        }
        return out;
    }

    /**
     * Maps each value.
     *
     * @param f the mapping
     * @param <U> the mapped type
     * @return the mapped generator
     */
    default <U> Gen<U> map(Function<? super T, ? extends U> f) {
        return random -> f.apply(next(random));
    }

    /**
     * Uses each value to choose the next generator.
     *
     * @param f the choice
     * @param <U> the resulting type
     * @return the resulting generator
     */
    default <U> Gen<U> flatMap(Function<? super T, Gen<U>> f) {
        return random -> f.apply(next(random)).next(random);
    }

    /**
     * Keeps only values that pass; gives up after 10,000 rejections in a row (a filter that rejects nearly
     * everything is a bug in the generator).
     *
     * @param keep the test
     * @return the filtered generator
     */
    default Gen<T> filter(Predicate<? super T> keep) {
        return random -> {
            for (int i = 0; i < 10_000; i++) {
                T v = next(random);
                if (keep.test(v)) {
                    return v;
                }
            }
            throw new IllegalStateException("filter rejected 10,000 values in a row");
        };
    }

    /**
     * Lists of {@code min} to {@code max} values.
     *
     * @param min the least size
     * @param max the greatest size
     * @return the list generator
     */
    default Gen<List<T>> list(int min, int max) {
        return random -> {
            int n = min + random.nextInt(max - min + 1);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(next(random));
            }
            return out;
        };
    }

    /**
     * Lists of {@code min} to {@code max} distinct values (fewer when the generator cannot give that many).
     *
     * @param min the least size
     * @param max the greatest size
     * @return the list generator
     */
    default Gen<List<T>> uniqueList(int min, int max) {
        return random -> {
            int n = min + random.nextInt(max - min + 1);
            Set<T> out = new LinkedHashSet<>();
            for (int tries = 0; out.size() < n && tries < 100 * n; tries++) {
                out.add(next(random));
            }
            return new ArrayList<>(out);
        };
    }

    /**
     * Always the same value.
     *
     * @param value the value
     * @param <T> its type
     * @return the generator
     */
    static <T> Gen<T> just(T value) {
        return random -> value;
    }

    /**
     * One of the values, uniformly.
     *
     * @param values the values (at least one)
     * @param <T> their type
     * @return the generator
     */
    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(Arrays.asList(values));
    }

    /**
     * One of the values, uniformly.
     *
     * @param values the values (at least one)
     * @param <T> their type
     * @return the generator
     */
    static <T> Gen<T> of(List<T> values) {
        List<T> copy = List.copyOf(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("no values to choose from");
        }
        return random -> copy.get(random.nextInt(copy.size()));
    }

    /**
     * A value of one of the generators, chosen uniformly.
     *
     * @param gens the generators (at least one)
     * @param <T> the value type
     * @return the generator
     */
    static <T> Gen<T> oneOf(List<Gen<T>> gens) {
        return of(gens).flatMap(Function.identity());
    }

    /**
     * A value of one of the generators, chosen uniformly.
     *
     * @param gens the generators (at least one)
     * @param <T> the value type
     * @return the generator
     */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<T>... gens) {
        return oneOf(Arrays.asList(gens));
    }

    /**
     * Integers from {@code min} to {@code max}, both included.
     *
     * @param min the least
     * @param max the greatest
     * @return the generator
     */
    static Gen<Integer> ints(int min, int max) {
        return random -> random.nextInt(min, max + 1);
    }

    /**
     * Strings of {@code length} decimal digits.
     *
     * @param length how many digits
     * @return the generator
     */
    static Gen<String> digits(int length) {
        return random -> {
            char[] c = new char[length];
            for (int i = 0; i < length; i++) {
                c[i] = (char) ('0' + random.nextInt(10));
            }
            return new String(c);
        };
    }

    /**
     * A generator with a weight, for {@link #frequencyOf}.
     *
     * @param weight how often, relative to the others
     * @param gen the generator
     * @param <T> the value type
     * @return the weighted generator
     */
    static <T> Weighted<T> weight(int weight, Gen<T> gen) {
        return new Weighted<>(weight, gen);
    }

    /**
     * A value of one of the generators, chosen by weight.
     *
     * @param choices the weighted generators
     * @param <T> the value type
     * @return the generator
     */
    @SafeVarargs
    static <T> Gen<T> frequencyOf(Weighted<T>... choices) {
        List<Weighted<T>> list = List.of(choices);
        int total = list.stream().mapToInt(Weighted::weight).sum();
        return random -> {
            int pick = random.nextInt(total);
            for (Weighted<T> w : list) {
                pick -= w.weight();
                if (pick < 0) {
                    return w.gen().next(random);
                }
            }
            throw new AssertionError("unreachable");
        };
    }

    /**
     * A generator and how often it is chosen.
     *
     * @param weight how often, relative to the others (positive)
     * @param gen the generator
     * @param <T> the value type
     */
    record Weighted<T>(int weight, Gen<T> gen) {
        /**
         * Validates it.
         *
         * @param weight how often, relative to the others (positive)
         * @param gen the generator
         */
        public Weighted {
            if (weight <= 0) {
                throw new IllegalArgumentException("weight must be positive: " + weight);
            }
            Objects.requireNonNull(gen, "gen");
        }
    }

    /**
     * One value of each generator, as a list.
     *
     * @param gens the generators
     * @param <T> the value type
     * @return the generator of lists, one value per generator in order
     */
    static <T> Gen<List<T>> combineAll(List<Gen<T>> gens) {
        List<Gen<T>> copy = List.copyOf(gens);
        return random -> {
            List<T> out = new ArrayList<>(copy.size());
            for (Gen<T> g : copy) {
                out.add(g.next(random));
            }
            return out;
        };
    }
}
