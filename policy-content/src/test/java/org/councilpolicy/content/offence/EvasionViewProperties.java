package org.councilpolicy.content.offence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.random.RandomGenerator;
import org.councilpolicy.core.testsupport.Seeded;
import org.councilpolicy.core.text.NormalisationOptions;
import org.councilpolicy.core.text.NormalisedText;
import org.junit.jupiter.api.Test;

class EvasionViewProperties {

    /** Characters that make joins likely: short pieces, joining separators, masks, leet, line breaks. */
    private static final String EVASIVE = "abfuckhte ..--_~|/\u00b7*!'\n4@$15#+ \u00e9";

    @Test
    void joinedFromPlainIsTheJoinedViewBuiltAfresh() {
        Seeded.forAll(29, 2_000, random -> {
            String text = random.nextBoolean() ? Seeded.anyString(random, 60) : evasive(random, 40);
            NormalisedText nt = NormalisedText.of(text, NormalisationOptions.LEETSPEAK);
            EvasionView plain = EvasionView.plain(nt);
            EvasionView shared = EvasionView.joined(nt, plain);
            EvasionView fresh = EvasionView.joined(nt);
            assertThat(shared.skeleton).as(text).isEqualTo(fresh.skeleton);
            assertThat(shared.ntStart).as(text).isEqualTo(fresh.ntStart);
            assertThat(shared.ntEnd).as(text).isEqualTo(fresh.ntEnd);
            assertThat(shared.runs).as(text).isEqualTo(fresh.runs);
            assertThat(shared.pieceStart).as(text).isEqualTo(fresh.pieceStart);
            assertThat(shared.mergedAcrossPiece()).as(text).isEqualTo(fresh.mergedAcrossPiece());
        });
    }

    @Test
    void joinedFromPlainSharesThePlainViewOnlyWhenNothingIsJoined() {
        NormalisedText plainText = NormalisedText.of("a plain sentence, nothing spaced out", NormalisationOptions.LEETSPEAK);
        EvasionView plain = EvasionView.plain(plainText);
        assertThat(EvasionView.joined(plainText, plain)).isSameAs(plain);
        NormalisedText spaced = NormalisedText.of("you are a f u c k i n g idiot", NormalisationOptions.LEETSPEAK);
        EvasionView spacedPlain = EvasionView.plain(spaced);
        EvasionView joined = EvasionView.joined(spaced, spacedPlain);
        assertThat(joined).isNotSameAs(spacedPlain);
        assertThat(joined.skeleton).contains("fucking");
    }

    private static String evasive(RandomGenerator random, int max) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            sb.append(EVASIVE.charAt(random.nextInt(EVASIVE.length())));
        }
        return sb.toString();
    }
}
