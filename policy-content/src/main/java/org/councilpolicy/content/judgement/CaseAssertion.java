package org.councilpolicy.content.judgement;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpolicy.core.rule.Span;

/**
 * Round 10, contempt of court: what the case is about stated as a fact in the speaker's own voice while it is live
 * ("has preyed on older residents for years", "has ripped off dozens", "have been living in squalor"). The decision
 * is grammatical, not a list of offences: a perfect tense ("has", "have", "had", with "been" or an adverb between)
 * whose subject is not the council, the court or the police and whose verb is not a step of the proceedings
 * ("has been charged", "has pleaded", "has been bailed"). Only asked when the case is live and no other comment was
 * found; a hedge ("allegedly", "is accused of") before it keeps it a report.
 */
final class CaseAssertion {

    /** A subject, a perfect auxiliary, up to three adverbs or "been", and the verb. */
    private static final Pattern PERFECT = Pattern.compile(
            "\\b([\\p{L}'’]+),?\\s+(?:has|have|had)\\s+((?:[\\p{L}]+ly\\s+|been\\s+|now\\s+|also\\s+|even\\s+){0,3})"
                    + "([\\p{L}]+)\\b");
    /** Subjects that are the proceedings' side or its officers, not the defendant or the facts of the case. */
    private static final Set<String> NOT_THE_CASE = Set.of("we", "i", "council", "police", "court", "officers",
            "officer", "team", "you", "it", "there", "case", "hearing", "trial", "prosecution", "investigation",
            "standards", "authority", "inspectors", "magistrates", "judge", "jury", "this", "that", "which", "who's",
            "anyone", "everyone", "nobody", "service", "cps", "matter", "date", "licence", "application");
    /** Verbs that are steps of the proceedings or of the council's work, not what the case says was done. */
    private static final Set<String> STEPS = Set.of("charged", "remanded", "bailed", "summonsed", "summoned",
            "arrested", "released", "granted", "suspended", "revoked", "adjourned", "listed", "appeared", "pleaded",
            "denied", "elected", "sent", "committed", "cautioned", "interviewed", "investigated", "prosecuted",
            "brought", "taken", "issued", "received", "asked", "told", "referred", "contacted", "given", "launched",
            "started", "opened", "closed", "said", "confirmed", "decided", "agreed", "been", "affected", "bought",
            "used", "seen", "worked", "helped", "supported", "reported", "identified", "named", "served", "fined",
            "convicted", "sentenced", "ordered", "banned", "jailed", "found", "admitted", "changed", "moved",
            "updated", "visited", "inspected", "written", "called", "applied", "requested", "indicated", "attended",
            "appealed", "lodged", "filed", "set", "fixed", "scheduled", "postponed", "delayed", "heard", "read",
            "followed", "gathered", "collected", "submitted", "passed", "completed", "concluded", "finished", "ended",
            "obtained", "rehoused", "relocated", "offered", "provided", "placed", "housed", "notified",
            "invited", "reminded", "advised", "warned", "welcomed", "thanked", "paid", "refunded", "compensated",
            "shut", "seized", "removed", "cleared", "secured", "tested", "sampled", "assessed",
            "checked", "reviewed", "considered", "instructed", "represented", "registered", "licensed");
    /** Participles that do not end in -ed or -ing. */
    private static final Set<String> IRREGULAR = Set.of("done", "stolen", "hidden", "lied", "got", "put", "made",
            "left", "run", "broken", "known", "kept", "sold", "let", "built", "taken", "fled", "spent", "beaten",
            "bitten", "driven", "thrown", "dealt", "lent", "struck", "swindled", "ruined");
    /** Words before the subject that report a suspicion, not an assertion. */
    private static final Set<String> HEDGES = Set.of("allegedly", "alleged", "accused", "suspected", "claimed",
            "alleges", "allege", "claims", "that");

    private CaseAssertion() {
    }

    /**
     * The first perfect-tense assertion of what the case is about, as a {@link Element#GUILT} part, or {@code null}.
     *
     * @param c the composition of a draft whose case is live
     * @return the part, labelled with the verb
     */
    static Part find(Composition c) {
        String text = c.normalised().text();
        if (text.isEmpty()) {
            return null;
        }
        int last = c.sentenceAt(text.length() - 1);
        for (int s = 0; s <= last; s++) {
            Span range = c.sentenceSpan(s);
            Matcher m = PERFECT.matcher(text).region(range.start(), range.end());
            while (m.find()) {
                String subject = m.group(1);
                String verb = m.group(3);
                if (NOT_THE_CASE.contains(subject) || HEDGES.contains(subject) || STEPS.contains(verb)
                        || !participle(verb)) {
                    continue;
                }
                Part p = new Part(Element.GUILT, m.start(3), m.end(3), "has " + verb, s);
                if (hedged(c, m.start(1), s)) {
                    continue;
                }
                return p;
            }
        }
        return null;
    }

    private static boolean participle(String verb) {
        return verb.length() > 4 && (verb.endsWith("ed") || verb.endsWith("ing")) || IRREGULAR.contains(verb);
    }

    private static boolean hedged(Composition c, int subjectStart, int sentence) {
        Part probe = new Part(Element.GUILT, subjectStart, subjectStart, "", sentence);
        for (String w : Composition.wordsOf(c.wordsBefore(probe, 3))) {
            if (HEDGES.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
