package org.councilpolicy.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.councilpolicy.core.text.NormalisedText;
import org.councilpolicy.core.text.Token;
import org.councilpolicy.core.text.Tokenizer;

/** The words of a text's lexical view, in order, each with its span in the original. Immutable. */
public final class Words {

    private final List<Word> words;

    private Words(List<Word> words) {
        this.words = Collections.unmodifiableList(words);
    }

    /**
     * The words of {@code view}.
     *
     * @param view a lexical view
     * @return its words
     */
    public static Words of(NormalisedText view) {
        List<Token> tokens = Tokenizer.words(view.text());
        List<Word> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(new Word(t.text(), t.start(), t.end(), view.toOriginal(t.start(), t.end())));
        }
        return new Words(out);
    }

    /** {@return the words, in text order} */
    public List<Word> all() {
        return words;
    }

    /** {@return how many words} */
    public int size() {
        return words.size();
    }

    /**
     * The word at {@code index}.
     *
     * @param index 0-based
     * @return the word
     */
    public Word get(int index) {
        return words.get(index);
    }

    @Override
    public String toString() {
        return "Words[" + words.size() + "]";
    }
}
