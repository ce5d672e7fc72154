package org.councilpolicy.core.text;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map from words to values, for the large word lists looked up once per word of every text (names,
 * vocabularies, typo tables). It is an ordinary unmodifiable {@link Map}, but a look-up reads one array of hash
 * codes and touches a key only when its hash code matches: a word not in the list (the common case) costs one
 * cache line, where a general-purpose table dereferences and compares the keys it probes. Thread-safe.
 *
 * @param <V> the value type
 */
public final class WordMap<V> extends AbstractMap<String, V> {

    /** Per slot: the key's hash code with its lowest bit set, or 0 for an empty slot. */
    private final int[] tags;
    private final String[] keys;
    private final Object[] values;
    private final int mask;
    private final int size;

    private WordMap(Map<String, ? extends V> source) {
        int capacity = Integer.highestOneBit(Math.max(2, source.size()) * 2 - 1) << 1; // load at most one half
        tags = new int[capacity];
        keys = new String[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        for (Map.Entry<String, ? extends V> e : source.entrySet()) {
            String k = Objects.requireNonNull(e.getKey(), "key");
            int i = slot(k.hashCode());
            while (tags[i] != 0) {
                i = (i + 1) & mask;
            }
            tags[i] = k.hashCode() | 1;
            keys[i] = k;
            values[i] = Objects.requireNonNull(e.getValue(), "value");
        }
        size = source.size();
    }

    /**
     * An immutable copy of {@code source}.
     *
     * @param source the entries; no null key or value
     * @param <V>    the value type
     * @return the map
     */
    public static <V> WordMap<V> copyOf(Map<String, ? extends V> source) {
        return new WordMap<>(Objects.requireNonNull(source, "source"));
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }

    private int indexOf(Object key) {
        if (!(key instanceof String s)) {
            return -1;
        }
        int h = s.hashCode();
        int tag = h | 1;
        for (int i = slot(h); tags[i] != 0; i = (i + 1) & mask) {
            if (tags[i] == tag && keys[i].equals(s)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < keys.length && keys[i] == null) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Entry<String, V> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, V> e = new SimpleImmutableEntry<>(keys[next], (V) values[next]);
                        next = advance(next + 1);
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
