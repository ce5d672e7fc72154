package org.councilpolicy.core.text;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable set of words for the large word lists looked up once per word of every text, with the cheap
 * look-up of {@link WordMap}: a word not in the set costs one read of an array of hash codes. Thread-safe.
 */
public final class WordSet extends AbstractSet<String> {

    private final WordMap<Boolean> map;

    private WordSet(Collection<String> words) {
        Map<String, Boolean> m = new LinkedHashMap<>();
        for (String w : words) {
            m.put(Objects.requireNonNull(w, "word"), Boolean.TRUE);
        }
        this.map = WordMap.copyOf(m);
    }

    /**
     * An immutable copy of {@code words}; a word listed twice is kept once.
     *
     * @param words the words; no null
     * @return the set
     */
    public static WordSet copyOf(Collection<String> words) {
        return new WordSet(Objects.requireNonNull(words, "words"));
    }

    @Override
    public boolean contains(Object o) {
        return map.containsKey(o);
    }

    @Override
    public Iterator<String> iterator() {
        return map.keySet().iterator();
    }

    @Override
    public int size() {
        return map.size();
    }
}
