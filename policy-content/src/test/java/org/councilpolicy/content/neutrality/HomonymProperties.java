package org.councilpolicy.content.neutrality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.testsupport.Seeded;
import org.councilpolicy.testkit.Combine;
import org.councilpolicy.testkit.Gen;
import org.junit.jupiter.api.Test;

/** Homonyms of party names, anywhere in clean council text, never make an official post POLITICAL. */
class HomonymProperties {

    static final List<String> HOMONYMS = List.of("green waste", "Green waste", "green spaces", "the labour market",
            "Labour costs", "labour costs", "a conservative estimate", "Conservative estimates", "reform of the service",
            "Labour Day", "conservation area", "Greens Lane", "go green", "the Reform Act", "Green Flag award",
            "the village green", "Independent Living Service", "an independent review", "Alliance Leisure",
            "the Conservative Club", "Green light", "liberal use of grit", "Labour Exchange building", "green belt",
            "Greens Close", "plaid blankets", "Labour shortages", "Reform of parking permits", "Green Homes Grant");

    static final List<String> CLEAN = List.of("Bin collections are a day late this week.",
            "The library reopens on Monday at 9am.", "Roadworks start on Fore Street next week.",
            "Have your say on the new play park.", "Council tax bills are on their way.",
            "Free parking every Saturday in December.", "Report a pothole online.",
            "The leisure centre pool is closed for repairs.", "Thank you to all our volunteers.",
            "Our planning committee meets on Tuesday.", "Register to vote before 17 April.",
            "Drop-in session at the town hall from 2pm to 7pm.");

    private static Gen<String> cleanTextWithHomonyms() {
        Gen<String> sentence = Gen.of(CLEAN);
        Gen<String> homonym = Gen.of(HOMONYMS);
        Gen<String> joiner = Gen.of(" ", ". ", ", ", " and ", ": ", "\n", " - ", " (", "! ");
        Gen<String> piece = Gen.oneOf(sentence, homonym,
                Combine.of(homonym, Gen.of(" news", " update", " today", " on Monday",
                        " is changing", " will be published"))
                        .as((h, tail) -> h + tail));
        return Combine.of(piece.list(1, 6), joiner.list(6, 6))
                .as((pieces, joins) -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < pieces.size(); i++) {
                        if (i > 0) {
                            b.append(joins.get(i));
                        }
                        b.append(pieces.get(i));
                    }
                    return b.toString();
                });
    }

    @Test
    void homonymsNeverGiveAPoliticalFinding() {
        Gen<String> texts = cleanTextWithHomonyms();
        Gen<AccountType> official = Gen.of(AccountType.CORPORATE, AccountType.SERVICE, AccountType.PROFESSIONAL);
        Seeded.forAll(81, 300, r -> noPoliticalFinding(texts.next(r), official.next(r)));
    }

    private static void noPoliticalFinding(String text, AccountType account) {
        Report r = NeutralityCorpus.engine("neutrality-fixture").check(Draft.builder(text).account(account).build());
        assertThat(r.findings(Category.POLITICAL)).as(text).isEmpty();
    }

    @Test
    void anyTextIsAnalysedWithoutFailingAndHitsStayInRange() {
        Seeded.forAll(82, 200, r -> hitsInRange(Seeded.anyString(r, 255)));
    }

    private static void hitsInRange(String text) {
        DraftSignals s = DraftSignals.of(text);
        for (Signal sig : Signal.values()) {
            for (Hit h : s.hits(sig)) {
                assertThat(h.end()).isLessThanOrEqualTo(s.text().length());
                assertThat(s.span(h.start(), h.end()).end()).isLessThanOrEqualTo(text.length());
            }
        }
        s.political().parties().forEach(p -> assertThat(p.end()).isLessThanOrEqualTo(s.text().length()));
    }
}
