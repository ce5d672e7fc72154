package org.councilpolicy.testkit;

/** Combinations of two to five {@link Gen generators}: {@code Combine.of(a, b).as((x, y) -> ...)}. */
public final class Combine {

    private Combine() {
    }

    /**
     * Combines 2 generators; finish with {@code .as(...)}.
     *
     * @param g0 generator 1
     * @param g1 generator 2
     * @param <A> value type 1
     * @param <B> value type 2
     * @return the combination
     */
    public static <A, B> Of2<A, B> of(Gen<A> g0, Gen<B> g1) {
        return new Of2<>(g0, g1);
    }

    /**
     * Combines 3 generators; finish with {@code .as(...)}.
     *
     * @param g0 generator 1
     * @param g1 generator 2
     * @param g2 generator 3
     * @param <A> value type 1
     * @param <B> value type 2
     * @param <C> value type 3
     * @return the combination
     */
    public static <A, B, C> Of3<A, B, C> of(Gen<A> g0, Gen<B> g1, Gen<C> g2) {
        return new Of3<>(g0, g1, g2);
    }

    /**
     * Combines 4 generators; finish with {@code .as(...)}.
     *
     * @param g0 generator 1
     * @param g1 generator 2
     * @param g2 generator 3
     * @param g3 generator 4
     * @param <A> value type 1
     * @param <B> value type 2
     * @param <C> value type 3
     * @param <D> value type 4
     * @return the combination
     */
    public static <A, B, C, D> Of4<A, B, C, D> of(Gen<A> g0, Gen<B> g1, Gen<C> g2, Gen<D> g3) {
        return new Of4<>(g0, g1, g2, g3);
    }

    /**
     * Combines 5 generators; finish with {@code .as(...)}.
     *
     * @param g0 generator 1
     * @param g1 generator 2
     * @param g2 generator 3
     * @param g3 generator 4
     * @param g4 generator 5
     * @param <A> value type 1
     * @param <B> value type 2
     * @param <C> value type 3
     * @param <D> value type 4
     * @param <E> value type 5
     * @return the combination
     */
    public static <A, B, C, D, E> Of5<A, B, C, D, E> of(Gen<A> g0, Gen<B> g1, Gen<C> g2, Gen<D> g3, Gen<E> g4) {
        return new Of5<>(g0, g1, g2, g3, g4);
    }

    /**
     * 2 generators to combine with {@link #as}.
     *
     * @param g0 generator 1
     * @param g1 generator 2
     * @param <A> value type 1
     * @param <B> value type 2
     */
    public record Of2<A, B>(Gen<A> g0, Gen<B> g1) {
        /**
         * Combines one value of each.
         *
         * @param f the combining function
         * @param <R> the result type
         * @return a generator of the combined values
         */
        public <R> Gen<R> as(F2<A, B, R> f) {
            return random -> f.apply(g0.next(random), g1.next(random));
        }
    }

    /**
     * A function of 2 values.
     *
     * @param <A> value type 1
     * @param <B> value type 2
     * @param <R> the result type
     */
    @FunctionalInterface
    public interface F2<A, B, R> {
        /**
         * Applies it.
         *
         * @param a value 1
         * @param b value 2
         * @return the result
         */
        R apply(A a, B b);
    }

    /**
     * 3 generators to combine with {@link #as}.
     *
     * @param g0 generator 1
     * @param g1 generator 2
     * @param g2 generator 3
     * @param <A> value type 1
     * @param <B> value type 2
     * @param <C> value type 3
     */
    public record Of3<A, B, C>(Gen<A> g0, Gen<B> g1, Gen<C> g2) {
        /**
         * Combines one value of each.
         *
         * @param f the combining function
         * @param <R> the result type
         * @return a generator of the combined values
         */
        public <R> Gen<R> as(F3<A, B, C, R> f) {
            return random -> f.apply(g0.next(random), g1.next(random), g2.next(random));
        }
    }

    /**
     * A function of 3 values.
     *
     * @param <A> value type 1
     * @param <B> value type 2
     * @param <C> value type 3
     * @param <R> the result type
     */
    @FunctionalInterface
    public interface F3<A, B, C, R> {
        /**
         * Applies it.
         *
         * @param a value 1
         * @param b value 2
         * @param c value 3
         * @return the result
         */
        R apply(A a, B b, C c);
    }

    /**
     * 4 generators to combine with {@link #as}.
     *
     * @param g0 generator 1
     * @param g1 generator 2
     * @param g2 generator 3
     * @param g3 generator 4
     * @param <A> value type 1
     * @param <B> value type 2
     * @param <C> value type 3
     * @param <D> value type 4
     */
    public record Of4<A, B, C, D>(Gen<A> g0, Gen<B> g1, Gen<C> g2, Gen<D> g3) {
        /**
         * Combines one value of each.
         *
         * @param f the combining function
         * @param <R> the result type
         * @return a generator of the combined values
         */
        public <R> Gen<R> as(F4<A, B, C, D, R> f) {
            return random -> f.apply(g0.next(random), g1.next(random), g2.next(random), g3.next(random));
        }
    }

    /**
     * A function of 4 values.
     *
     * @param <A> value type 1
     * @param <B> value type 2
     * @param <C> value type 3
     * @param <D> value type 4
     * @param <R> the result type
     */
    @FunctionalInterface
    public interface F4<A, B, C, D, R> {
        /**
         * Applies it.
         *
         * @param a value 1
         * @param b value 2
         * @param c value 3
         * @param d value 4
         * @return the result
         */
        R apply(A a, B b, C c, D d);
    }

    /**
     * 5 generators to combine with {@link #as}.
     *
     * @param g0 generator 1
     * @param g1 generator 2
     * @param g2 generator 3
     * @param g3 generator 4
     * @param g4 generator 5
     * @param <A> value type 1
     * @param <B> value type 2
     * @param <C> value type 3
     * @param <D> value type 4
     * @param <E> value type 5
     */
    public record Of5<A, B, C, D, E>(Gen<A> g0, Gen<B> g1, Gen<C> g2, Gen<D> g3, Gen<E> g4) {
        /**
         * Combines one value of each.
         *
         * @param f the combining function
         * @param <R> the result type
         * @return a generator of the combined values
         */
        public <R> Gen<R> as(F5<A, B, C, D, E, R> f) {
            return random -> f.apply(g0.next(random), g1.next(random), g2.next(random), g3.next(random), g4.next(random));
        }
    }

    /**
     * A function of 5 values.
     *
     * @param <A> value type 1
     * @param <B> value type 2
     * @param <C> value type 3
     * @param <D> value type 4
     * @param <E> value type 5
     * @param <R> the result type
     */
    @FunctionalInterface
    public interface F5<A, B, C, D, E, R> {
        /**
         * Applies it.
         *
         * @param a value 1
         * @param b value 2
         * @param c value 3
         * @param d value 4
         * @param e value 5
         * @return the result
         */
        R apply(A a, B b, C c, D d, E e);
    }
}
