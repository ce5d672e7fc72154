package org.councilpolicy.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Token ids of BERT's uncased vocabulary (bert-base-uncased, which all-MiniLM-L6-v2 shares), as the Hugging Face
 * tokenizer gives them.
 */
class WordPieceTest {

    static WordPiece tokenizer;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = WordPiece.class.getResourceAsStream(SentenceEncoder.TOKENIZER)) {
            tokenizer = WordPiece.fromTokenizerJson(in);
        }
    }

    @Test
    void knownIds() {
        assertThat(tokenizer.ids("Hello, world!")).containsExactly(101, 7592, 1010, 2088, 999, 102);
        assertThat(tokenizer.ids("The bins are collected on Monday.")).containsExactly(101, 1996, 8026, 2015, 2024,
                5067, 2006, 6928, 1012, 102);
    }

    @Test
    void accentsAreStrippedAndCaseFolded() {
        assertThat(tokenizer.ids("CAFÉ")).containsExactly(tokenizer.ids("cafe"));
    }

    @Test
    void unknownWordsAreOneUnkAndLongTextIsCut() {
        assertThat(tokenizer.ids("☃")).containsExactly(101, 100, 102);
        long[] ids = tokenizer.ids("word ".repeat(1000));
        assertThat(ids).hasSize(WordPiece.MAX_TOKENS);
        assertThat(ids[ids.length - 1]).isEqualTo(102);
    }
}
