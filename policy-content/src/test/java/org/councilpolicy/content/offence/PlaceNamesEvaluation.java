package org.councilpolicy.content.offence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.councilpolicy.core.testsupport.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * Great Britain place names in plain sentences are never flagged (issue 12): the 192 rude-looking names of
 * ../shared/corpus/uk-place-names-dev.jsonl in three sentences each, and every one of the 42,986 names of
 * gb-places.csv in a road-closure sentence (both derived from OS Open Names, OGL v3). "Flagged" means profanity,
 * a slur, hate or abuse was found. Failures are reported by count and name only.
 */
class PlaceNamesEvaluation {

    private static final String[] FRAMES = {"The road through %s is closed until Friday.", "%s",
            "Bin collections in %s are delayed this week."};

    @Test
    void devPlaceNamesInPlainSentencesAreNotFlagged() throws IOException {
        ObjectMapper om = new ObjectMapper();
        List<String> flagged = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(SharedCorpus.file("uk-place-names-dev.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode r = om.readTree(line);
            for (String frame : FRAMES) {
                n++;
                if (flagged(String.format(frame, r.get("name").asText()))) {
                    flagged.add(r.get("name").asText());
                }
            }
        }
        assertThat(n).isEqualTo(576);
        assertThat(flagged).as("place names flagged").isEmpty();
    }

    @Test
    void everyGazetteerNameInARoadClosureIsNotFlagged() throws IOException {
        List<String> lines = Files.readAllLines(SharedCorpus.file("gb-places.csv"));
        List<String> flagged = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String name = l.startsWith("\"") ? l.substring(1, l.indexOf('"', 1)) : l.substring(0, l.indexOf(','));
            if (flagged("Roadworks on the main road in " + name + " start on Monday.")) {
                flagged.add(name);
            }
        }
        assertThat(lines.size() - 1).isGreaterThan(40_000);
        assertThat(flagged).as("gazetteer names flagged").isEmpty();
    }

    @Test
    void aPlaceNameInAnInsultFrameIsStillAnInsult() {
        assertThat(flagged("You're a right bell end")).isTrue();
        assertThat(flagged("you absolute bell end")).isTrue();
        assertThat(flagged("We walked from Bell End to the canal")).isFalse();
        assertThat(flagged("Ashby cum Fenby parish council meets on Tuesday")).isFalse();
    }

    private static boolean flagged(String text) {
        OffenceAnalysis a = OffenceDetector.standard().analyse(text);
        return !a.profanity(false).isEmpty() || !a.offences(OffenceKind.HATE).isEmpty()
                || !a.offences(OffenceKind.ABUSE).isEmpty();
    }
}
