package org.councilpolicy.content.requiredcontent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.MediaRef;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.content.draft.SharedFrom;
import org.councilpolicy.content.publishing.PublishingEngines;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.Test;

class AttributionRuleTest {

    private static final String RULE = "required-content.attribution";

    private static List<Finding> check(Draft d) {
        return PublishingEngines.findings("south-hams-west-devon", d, RULE);
    }

    private static Draft share(String text, String from) {
        return Draft.builder(text).kind(PostKind.SHARE).sharedFrom(new SharedFrom(from, false)).build();
    }

    @Test
    void shareWithOurWordsAndNoCreditIsAdvised() {
        assertThat(check(share("Great advice on keeping warm this winter #SHDC", "@DevonCommunityNews")))
                .singleElement().satisfies(f -> {
                    assertThat(f.kindName()).isEqualTo("SHARE_UNATTRIBUTED");
                    assertThat(f.severity()).isEqualTo(Severity.ADVICE);
                    assertThat(f.suggestion()).contains("@DevonCommunityNews");
                });
    }

    @Test
    void shareThatCreditsOrNamesItsSourcePasses() {
        assertThat(check(share("Great advice on keeping warm this winter via @DevonCommunityNews #SHDC",
                "@DevonCommunityNews"))).isEmpty();
        assertThat(check(share("Great advice from DevonCommunityNews on keeping warm #SHDC", "@DevonCommunityNews")))
                .isEmpty();
        assertThat(check(share("RT @DevonCommunityNews: keeping warm this winter", "@DevonCommunityNews"))).isEmpty();
        assertThat(check(share("", "@DevonCommunityNews"))).isEmpty();
    }

    @Test
    void reuploadedMediaWithoutCreditIsReview() {
        Draft d = Draft.builder("Stunning sunrise over Salcombe this morning #SHDC").kind(PostKind.SHARE)
                .sharedFrom(new SharedFrom("@SalcombeSnaps", false)).media(new MediaRef("sunrise.jpg", "Sunrise")).build();
        assertThat(check(d)).singleElement().satisfies(f -> {
            assertThat(f.kindName()).isEqualTo("MEDIA_UNCREDITED");
            assertThat(f.severity()).isEqualTo(Severity.REVIEW);
        });
        Draft credited = Draft.builder("Stunning sunrise over Salcombe this morning (photo: @SalcombeSnaps) #SHDC")
                .kind(PostKind.SHARE).media(new MediaRef("sunrise.jpg", "Sunrise")).build();
        assertThat(check(credited)).isEmpty();
        for (String mark : new String[] {"(c) Sam Example", "© Sam Example", "Credit: Sam Example", "h/t @SalcombeSnaps",
                "MT @SalcombeSnaps"}) {
            Draft d2 = Draft.builder("Stunning sunrise over Salcombe this morning " + mark).kind(PostKind.SHARE)
                    .media(new MediaRef("sunrise.jpg", "Sunrise")).build();
            assertThat(check(d2)).as(mark).isEmpty();
        }
    }

    @Test
    void postThatRepostsOrQuotesWithoutCredit() {
        String repost = "Reposting this brilliant photo of the Tamar bridge at dusk #WDBC";
        assertThat(check(Draft.of(repost))).singleElement().satisfies(f -> {
            assertThat(f.kindName()).isEqualTo("REPOST_UNATTRIBUTED");
            assertThat(f.span().of(repost)).isEqualTo("Reposting");
        });
        String quote = "\"The best thing about living here is the people who look out for each other\" #SHDC";
        assertThat(check(Draft.of(quote))).singleElement()
                .satisfies(f -> assertThat(f.kindName()).isEqualTo("QUOTE_UNATTRIBUTED"));
        assertThat(check(Draft.of(quote.replace(" #SHDC", " said Mrs Example at the awards #SHDC")))).isEmpty();
        assertThat(check(Draft.of("Reposting this brilliant photo of the Tamar bridge, credit: Sam Example #WDBC")))
                .isEmpty();
    }

    @Test
    void ownPostsPass() {
        assertThat(check(Draft.of("Green bin collections resume on Monday. #SHDC"))).isEmpty();
        assertThat(check(Draft.of("The \"Love Where You Live\" awards open today #SHDC"))).isEmpty();
    }
}
