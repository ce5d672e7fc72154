package org.councilpolicy.examples.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.councilpolicy.content.conduct.ContemptOfCourtRule;
import org.councilpolicy.content.conduct.CouncillorInsultRule;
import org.councilpolicy.content.conduct.DisparagingCouncilRule;
import org.councilpolicy.content.conduct.MeetingOffTopicRule;
import org.councilpolicy.content.conduct.PersonalPromotionRule;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.content.neutrality.AffirmThirdPartyRule;
import org.councilpolicy.content.neutrality.CampaigningRule;
import org.councilpolicy.content.neutrality.CouncillorShareRule;
import org.councilpolicy.content.neutrality.DebateInReplyRule;
import org.councilpolicy.content.neutrality.PartyPoliticsRule;
import org.councilpolicy.content.neutrality.PoliticalOpinionRule;
import org.councilpolicy.content.neutrality.PreElectionRule;
import org.councilpolicy.content.neutrality.PredeterminationRule;
import org.councilpolicy.content.neutrality.ViewsAsCouncilRule;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.rule.Rule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Drafts per second through the political-neutrality and conduct rules (issue 4): the full default profile
 * ({@code uk-council}, every discovered rule) and those 14 rules alone, on a rotation of 280-character drafts
 * (clean and political, official and councillor accounts, posts and replies).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NeutralityBenchmark {

    private static final List<String> TEXTS = List.of(
            "Green waste collections resume on Monday 3 March. Make sure your brown bin is out by 7am. ",
            "Thanks to the hard work of the Conservative-led administration, the new leisure centre opens today. ",
            "Our latest report on the local labour market shows more people in work across the district than last year. ",
            "We believe the ULEZ expansion is a cash grab and must be scrapped. Sign the petition against the government. ",
            "Planning application 25/0417/FUL for a conservation area consent at 12 Fore Street is open for comments. ",
            "Sat in full council and Argyle are 2-0 up! Cllr Bloggs is a clown who hasn't read the report. ",
            "Roadworks on Greens Lane will start on Monday for two weeks. Please follow the signed diversion. ",
            "I will be voting against the Sherford planning application on Tuesday. The council believes it is wrong. ");

    private Engine fullDefault;
    private Engine neutralityOnly;
    private Draft[] drafts;
    private int next;

    /** Builds the engine and the inputs once per trial. */
    @Setup
    public void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);
        fullDefault = Engine.builder().clock(clock).build();
        Engine.Builder b = Engine.builder().withoutDiscovery().clock(clock);
        for (Rule<?> r : List.<Rule<?>>of(new PartyPoliticsRule(), new CampaigningRule(), new PoliticalOpinionRule(),
                new DebateInReplyRule(), new AffirmThirdPartyRule(), new CouncillorShareRule(), new PreElectionRule(),
                new ViewsAsCouncilRule(), new PredeterminationRule(), new ContemptOfCourtRule(),
                new DisparagingCouncilRule(), new PersonalPromotionRule(), new CouncillorInsultRule(),
                new MeetingOffTopicRule())) {
            b.addRule(r);
        }
        neutralityOnly = b.build();
        AccountType[] accounts = AccountType.values();
        drafts = new Draft[TEXTS.size() * accounts.length];
        int i = 0;
        for (String t : TEXTS) {
            String text = (t + t + t + t).substring(0, 280);
            for (AccountType a : accounts) {
                Draft.Builder d = Draft.builder(text).account(a);
                if (i % 3 == 0) {
                    d.kind(PostKind.REPLY).replyTo("Labour have ruined this town and the bin men are lazy idiots.");
                }
                drafts[i++] = d.build();
            }
        }
    }

    private Draft nextDraft() {
        Draft d = drafts[next];
        next = next + 1 == drafts.length ? 0 : next + 1;
        return d;
    }

    /**
     * Every discovered rule, default profile.
     *
     * @return the result, consumed by JMH
     */
    @Benchmark
    public Report fullDefaultProfile() {
        return fullDefault.check(nextDraft());
    }

    /**
     * The 14 neutrality and conduct rules only.
     *
     * @return the result, consumed by JMH
     */
    @Benchmark
    public Report neutralityAndConductRules() {
        return neutralityOnly.check(nextDraft());
    }
}
