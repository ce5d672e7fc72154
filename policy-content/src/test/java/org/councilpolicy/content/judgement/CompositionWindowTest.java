package org.councilpolicy.content.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The looks around a part ({@link Composition#near}, {@link Composition#within}, {@link Composition#before}) scan only
 * the parts in their window; on seeded random texts they find exactly what a scan of every part finds.
 */
class CompositionWindowTest {

    private static final String[] WORDS = {"well done to the", "driver", "who parked across", "the wrong bin", "residents",
        "Cllr", "Dean", "clueless", "our staff", "the bins", "on Tuesday", "lovely", "again", "🙄", "the cabinet",
        "a blazing row", "funny how", "people", "can't read", ".", ",", "and", "the"};
    private static final Element[] ELEMENTS = {Element.MOCK, Element.MISDEED, Element.RESIDENT, Element.COUNCILLOR,
        Element.BELITTLE, Element.STAFF, Element.INTERNAL_DISPUTE, Element.IRONY};
    private static final int[] GAPS = {0, 3, 25, 80, 120, 400};

    @Test
    void windowedLooksAgreeWithAFullScan() {
        Random random = new Random(13);
        int compared = 0;
        for (int n = 0; n < 200; n++) {
            StringBuilder text = new StringBuilder();
            int words = 5 + random.nextInt(120);
            for (int i = 0; i < words; i++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            Composition c = Composition.of(text.toString());
            for (Element from : ELEMENTS) {
                for (Part p : c.parts(from)) {
                    for (Element to : ELEMENTS) {
                        List<Part> all = c.parts(to);
                        for (int gap : GAPS) {
                            agree(c.near(p, to, gap), near(all, p, gap), text, "near");
                            agree(c.within(p, to, gap), within(all, p, gap), text, "within");
                            agree(c.before(p, to, gap), before(all, p, gap), text, "before");
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(10_000);
    }

    /**
     * The windowed look's answer equals the full scan's. Compared with {@code equals} first and handed to AssertJ
     * (with the text in the description) only when they differ: the same check, without building an assertion and a
     * description of the whole text for every comparison (issue 19: 16.5 s of the class's time, now 2 s).
     */
    private static void agree(Part windowed, Part full, CharSequence text, String look) {
        if (!Objects.equals(windowed, full)) {
            assertThat(windowed).as(text + " " + look).isEqualTo(full);
        }
    }

    private static Part near(List<Part> all, Part p, int maxGap) {
        Part best = null;
        for (Part q : all) {
            if (q.sentence() == p.sentence() && p.gap(q) <= maxGap && (best == null || p.gap(q) < p.gap(best))) {
                best = q;
            }
        }
        return best;
    }

    private static Part within(List<Part> all, Part p, int maxGap) {
        Part best = null;
        for (Part q : all) {
            if (p.gap(q) <= maxGap && (best == null || p.gap(q) < p.gap(best))) {
                best = q;
            }
        }
        return best;
    }

    private static Part before(List<Part> all, Part p, int maxGap) {
        Part best = null;
        for (Part q : all) {
            if (q.end() <= p.start() && p.sentence() - q.sentence() <= 1 && p.gap(q) <= maxGap
                    && (best == null || q.end() > best.end())) {
                best = q;
            }
        }
        return best;
    }
}
