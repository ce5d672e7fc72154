package org.councilpolicy.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordSectionsTest {

    private static final String FILE = "word-sections-test.txt";

    @Test
    void wordsAreSplitAndLinesAreKeptWhole() {
        assertThat(WordSections.load(WordSectionsTest.class, FILE).get("WORDS"))
                .containsExactlyInAnyOrder("bed", "bugs", "high", "street");
        assertThat(WordSections.loadLines(WordSectionsTest.class, FILE).get("WORDS"))
                .containsExactlyInAnyOrder("bed bugs", "high street");
        assertThat(WordSections.loadLines(WordSectionsTest.class, FILE).get("EMPTY")).isEmpty();
    }

    @Test
    void aMissingFileOrSectionIsNamed() {
        assertThatThrownBy(() -> WordSections.loadLines(WordSectionsTest.class, "no-such.txt"))
                .hasMessageContaining("no-such.txt");
        assertThatThrownBy(() -> WordSections.loadLines(WordSectionsTest.class, FILE).get("OTHER"))
                .hasMessageContaining("[OTHER]");
    }
}
