package org.councilpolicy.content.requiredcontent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.content.publishing.PublishingEngines;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.Test;

class PlatformLimitRuleTest {

    private static final String RULE = "required-content.platform-limit";

    private static List<Finding> check(Platform platform, String text) {
        return PublishingEngines.findings("uk-council", Draft.builder(text).platform(platform).build(), RULE);
    }

    @Test
    void xPostOverTwoHundredAndEightyIsBlocked() {
        String text = "a".repeat(281);
        List<Finding> f = check(Platform.X, text);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.BLOCK);
            assertThat(x.category()).isEqualTo(Category.PLATFORM);
            assertThat(x.kindName()).isEqualTo("LENGTH");
            assertThat(x.span().start()).isEqualTo(280);
            assertThat(x.span().end()).isEqualTo(281);
            assertThat(x.clauses()).containsExactly("RC-14");
        });
    }

    @Test
    void xPostOfExactlyTwoHundredAndEightyPasses() {
        assertThat(check(Platform.X, "a".repeat(280))).isEmpty();
    }

    @Test
    void linksCountAsTwentyThreeOnX() {
        String longUrl = "https://www.southhams.gov.uk/article/1234/very-long-path-about-green-waste-collections-and-more";
        String text = "b".repeat(250) + " " + longUrl; // 250 + 1 + 23 = 274
        assertThat(PlatformCounting.xWeightedLength(text)).isEqualTo(274);
        assertThat(check(Platform.X, text)).isEmpty();
        // The same text is long for Threads' 500? No: 250 + 1 + 97 code points fits; over 500 it would not.
        assertThat(check(Platform.THREADS, text)).isEmpty();
    }

    @Test
    void cjkAndEmojiCountDoubleOnX() {
        assertThat(PlatformCounting.xWeightedLength("你好")).isEqualTo(4);
        assertThat(PlatformCounting.xWeightedLength("👍")).isEqualTo(2);
        assertThat(PlatformCounting.xWeightedLength("👍🏽")).isEqualTo(2);
        assertThat(PlatformCounting.xWeightedLength("👨‍👩‍👧")).isEqualTo(2);
        assertThat(PlatformCounting.xWeightedLength("🇬🇧")).isEqualTo(2);
        assertThat(PlatformCounting.xWeightedLength("café – “quote”")).isEqualTo(14);
        String text = "你".repeat(141); // 282 weighted
        assertThat(check(Platform.X, text)).singleElement()
                .satisfies(x -> assertThat(x.span().start()).isEqualTo(140));
        assertThat(check(Platform.X, "你".repeat(140))).isEmpty();
        assertThat(check(Platform.FACEBOOK, "你".repeat(141))).isEmpty();
    }

    @Test
    void instagramHashtagLimitIsHardAndAdviceIsSoft() {
        StringBuilder sb = new StringBuilder("Summer at the country park");
        for (int i = 0; i < 31; i++) {
            sb.append(" #tag").append((char) ('a' + i % 26)).append(i);
        }
        List<Finding> f = check(Platform.INSTAGRAM, sb.toString());
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kindName()).isEqualTo("HASHTAGS");
            assertThat(x.severity()).isEqualTo(Severity.BLOCK);
        });
        List<Finding> soft = check(Platform.INSTAGRAM, "Summer fun #parks #suffolk #outdoors #family #picnic #sunshine");
        assertThat(soft).singleElement().satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ADVICE));
        assertThat(check(Platform.INSTAGRAM, "Summer fun #parks #suffolk #outdoors")).isEmpty();
    }

    @Test
    void instagramMentionLimit() {
        StringBuilder sb = new StringBuilder("Thanks to");
        for (int i = 0; i < 21; i++) {
            sb.append(" @helper").append(i);
        }
        assertThat(check(Platform.INSTAGRAM, sb.toString())).singleElement()
                .satisfies(x -> assertThat(x.kindName()).isEqualTo("MENTIONS"));
    }

    @Test
    void xAdvisesOnManyHashtagsButNotOnEmailsOrLinks() {
        assertThat(check(Platform.X, "Bins #SHDC #WDBC #recycling #green")).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ADVICE));
        assertThat(check(Platform.X, "Bins #SHDC #WDBC #recycling. Email bins@example.org or see example.org/#a#b#c#d"))
                .isEmpty();
        assertThat(PlatformLimitRule.tags("C# and #1 and #ok", '#', List.of())).hasSize(1);
    }

    @Test
    void otherPlatformLimits() {
        assertThat(check(Platform.LINKEDIN, "x".repeat(3001))).hasSize(1);
        assertThat(check(Platform.LINKEDIN, "x".repeat(3000))).isEmpty();
        assertThat(check(Platform.THREADS, "x".repeat(501))).hasSize(1);
        assertThat(check(Platform.TIKTOK, "x".repeat(4001))).hasSize(1);
        assertThat(check(Platform.FACEBOOK, "x".repeat(63_207))).hasSize(1);
        assertThat(check(Platform.FACEBOOK, "x".repeat(63_206))).isEmpty();
        assertThat(check(Platform.OTHER, "x".repeat(100_000))).isEmpty();
    }

    @Test
    void everyLimitNamesItsSource() {
        for (Platform p : Platform.values()) {
            PlatformLimits.builtIn().of(p).forEach(l -> assertThat(l.source()).startsWith("https://"));
        }
        assertThat(PlatformLimits.builtIn().of(Platform.X)).isNotEmpty();
    }
}
