package org.councilpolicy.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.AccountType;
import org.junit.jupiter.api.Test;

/** One engine shared by 8 threads over 10,000 drafts gives exactly the reports one thread gives. */
class EngineConcurrencyTest {

    private static final String[] PARTS = {
        "Green bin collections resume on Monday.", "Call 07700 900123 for details.", "#SHDC", "#WDBC",
        "Email jane.doe@example.com today.", "The A38 is closed tonight.", "Planning ref 24/01234/FUL.",
        "Mrs Whitfield of 12 Elm Road, TQ9 5NE complained.", "Vote Labour on Thursday!", "Fuck this council.",
        "Library opens at 9.30am on Saturday.", "Card 4111 1111 1111 1111 was used.", "OFFICIAL-SENSITIVE",
        "Thanks to the Conservative-led administration.", "I will be voting against the application.",
        "Our NHS number line: 943 476 5919.", "Amelia, 7, from St Mary's Primary won.", "Flood warning for Totnes."
    };

    @Test
    void eightThreadsGiveTheSameReportsAsOne() throws Exception {
        RuleRegistry registry = RuleRegistry.discover();
        Engine engine = Engine.builder().registry(registry)
                .profile(registry.profileLoader().builtIn("south-hams-west-devon")).build();
        Random random = new Random(20261121L);
        List<Draft> drafts = new ArrayList<>();
        AccountType[] accounts = AccountType.values();
        PostKind[] kinds = PostKind.values();
        for (int i = 0; i < 10_000; i++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(5);
            for (int j = 0; j < n; j++) {
                text.append(PARTS[random.nextInt(PARTS.length)]).append(' ');
            }
            drafts.add(Draft.builder(text.toString().trim()).account(accounts[random.nextInt(accounts.length)])
                    .kind(kinds[random.nextInt(kinds.length)]).build());
        }
        List<Report> single = drafts.stream().map(engine::check).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Report>> futures = new ArrayList<>();
            for (Draft d : drafts) {
                futures.add(pool.submit(() -> engine.check(d)));
            }
            List<Report> parallel = new ArrayList<>();
            for (Future<Report> f : futures) {
                parallel.add(f.get());
            }
            assertThat(parallel).isEqualTo(single);
        } finally {
            pool.shutdownNow();
        }
        assertThat(single).as("the drafts exercise the rules").anyMatch(r -> !r.findings().isEmpty());
    }
}
