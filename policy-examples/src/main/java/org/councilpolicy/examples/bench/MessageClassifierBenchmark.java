package org.councilpolicy.examples.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.content.messages.Channel;
import org.councilpolicy.content.messages.Classification;
import org.councilpolicy.content.messages.Message;
import org.councilpolicy.content.messages.MessageClassifier;
import org.councilpolicy.content.messages.Sender;
import org.councilpolicy.core.engine.RuleRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Inbound message classification throughput (issue 5): one {@link MessageClassifier} for the Suffolk profile,
 * a realistic mix of public replies and direct messages (requests in many phrasings, service questions,
 * complaints, jibes, thanks, spam; about a third requests). One operation classifies one message, so the score
 * is messages per second. Run: {@code java -cp policy-examples/target/policykit.jar org.openjdk.jmh.Main
 * MessageClassifierBenchmark -f 1 -wi 2 -w 2s -i 3 -r 2s -t 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MessageClassifierBenchmark {

    private static final String[] TEXTS = {
        "How much did the council spend on the new signage at the seafront last year?",
        "When is my bin day? I've just moved to Mill Road.",
        "Please send me the minutes of the last three meetings of the licensing committee. Helen Crane",
        "Third week in a row my bin hasn't been emptied. Absolutely useless.",
        "Thank you to the team at the library for a brilliant storytime session this morning!",
        "Can you tell me how many fixed penalty notices for littering were issued in 2024? Thanks",
        "Is the tip open on Sunday?",
        "How much did you waste on that ridiculous sculpture?!",
        "I'd like a copy of all the information the council holds about me please. Karen Wells",
        "Please provide the water quality test results for the boating lake from this summer.",
        "Earn £500 a day working from home!! DM me for details",
        "What is the council's position on the new incinerator proposal?",
        "The potholes on Ash Road are a disgrace. I've burst two tyres this month. Sort it out.",
        "FOI request: number of staff on sick leave for more than 6 months in 2024/25, broken down by department",
        "Where can I pay my council tax online? The link on the letter doesn't work.",
        "Lovely to see the flowers back in the square, well done everyone",
        "Good afternoon, please could you provide details of the council's spend with external recruitment "
                + "agencies in each of the last three financial years. Kind regards, Simon Archer",
        "Why are you so useless?",
        "How many potholes were reported on the A140 in 2024 and how many were repaired within the target time?",
        "Can I book a bulky waste collection for a sofa?",
        "I want to make a formal complaint about the way the planning officer spoke to me on the phone yesterday.",
        "@SuffolkCC what's the total spent on the christmas lights switch on event including the celebrity fee?",
        "Shared with my local group, everyone should know about this",
        "Under GDPR I want all emails that mention me between council staff about my complaint last year.",
    };

    private MessageClassifier classifier;
    private Message[] messages;
    private int next;

    /** Builds the classifier once, as an application would, and the messages. */
    /** Builds the engine and the inputs once per trial. */
    @Setup
    public void setUp() {
        classifier = MessageClassifier.forProfile(RuleRegistry.discover().profileLoader().builtIn("suffolk"));
        messages = new Message[TEXTS.length];
        LocalDate day = LocalDate.of(2026, 3, 2);
        for (int i = 0; i < TEXTS.length; i++) {
            Message.Builder b = Message.builder(TEXTS[i]).receivedAt(day.plusDays(i))
                    .channel(i % 3 == 0 ? Channel.PRIVATE : Channel.PUBLIC)
                    .platform(i % 2 == 0 ? Platform.X : Platform.FACEBOOK);
            if (i % 4 == 0) {
                b.sender(Sender.named("Jo Bloggs").withHandle("@jobloggs").withEmail("jo@example.com"));
            } else {
                b.sender(Sender.named(null).withHandle("@resident" + i));
            }
            messages[i] = b.build();
        }
    }

    /**
     * Classifies the next message of the mix.
     *
     * @return the classification, consumed by JMH
     */
    @Benchmark
    public Classification classify() {
        Message m = messages[next];
        next = next + 1 == messages.length ? 0 : next + 1;
        return classifier.classify(m);
    }
}
