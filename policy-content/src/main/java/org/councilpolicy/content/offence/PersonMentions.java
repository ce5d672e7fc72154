package org.councilpolicy.content.offence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.councilpolicy.content.personaldata.PeopleDetector;
import org.councilpolicy.content.personaldata.PeopleFindings;
import org.councilpolicy.content.personaldata.PeopleMention;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.Token;
import org.councilpolicy.core.text.Tokenizer;

/**
 * The people a comment names, for the offence detectors: private persons as the one person-name finder of the
 * personal-data rules finds them ({@link PeopleDetector}: names in natural sentences, children, with places
 * and venues from the gazetteers ruled out), and public figures named after their office ("Cllr Jane Smith"),
 * which that finder deliberately leaves out. A name is only acted on together with other evidence (an
 * incident, an allegation).
 */
final class PersonMentions {

    /** A candidate name; {@code official} when introduced by Cllr/Councillor/MP/Mayor (a public figure). */
    record Mention(Span span, boolean titled, boolean official) {
    }

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr");
    private static final Set<String> OFFICIAL = Set.of("cllr", "councillor", "councilor", "mp", "mayor", "msp", "ms",
            "sir", "dame", "lord", "lady");
    private static final Set<String> NOT_NAMES = Set.of("the", "this", "that", "these", "those", "it", "i", "we", "you", "they", "he",
            "she", "a", "an", "our", "my", "your", "their", "his", "her", "when", "why", "what", "who",
            "where", "how", "if", "and", "but", "so", "on", "in", "at", "to", "for", "from", "last",
            "next", "every", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "council", "county", "district", "borough",
            "town", "city", "fire", "police", "road", "street", "lane", "avenue", "close", "drive",
            "way", "crescent", "park", "hill", "green", "square", "place", "terrace", "gardens",
            "court", "hall", "centre", "center", "school", "academy", "college", "hospital", "station",
            "church", "service", "services", "team", "department", "rescue", "village", "bridge",
            "estate", "primary", "library", "surgery", "market", "high", "north", "south", "east",
            "west", "new", "old", "great", "little", "upper", "lower", "st", "saint", "cllr",
            "councillor", "please", "thanks", "thank", "well", "just", "also", "yes", "no", "not",
            "shame", "absolutely", "totally", "typical", "again", "today", "yesterday", "tonight",
            "christmas", "easter", "facebook", "twitter", "nhs", "uk", "england", "wales", "scotland",
            "britain", "british", "english", "labour", "conservative", "tory", "tories", "lib", "dem",
            "dems", "reform", "party", "government", "ltd", "limited", "plc", "bank", "holiday",
            "recycling", "leisure", "pool", "tip", "car", "bus", "stop", "even", "all", "some", "any",
            "both", "after", "before", "since", "until", "with", "without", "about", "over", "under",
            "is", "was", "are", "were", "has", "have", "had", "do", "did", "does", "can", "could",
            "will", "would", "should", "must", "might", "been", "be", "am", "its", "there", "here",
            "then", "than", "as", "or", "nor", "love", "hate", "god", "jesus", "oh", "hi", "hello",
            "dear", "sorry", "ok", "okay", "wow", "lol", "omg", "planning", "highways",
            "environmental", "health", "housing", "waste", "bins", "parking", "trading", "standards",
            "social", "care", "children", "adult", "adults", "community", "parish", "cabinet",
            "committee", "officer", "officers", "chief", "executive", "leader", "head", "director",
            "manager", "member", "members", "hmm", "ps", "update", "news", "sir", "madam");

    /**
     * The mentions of one text, found on first use: most texts have no insult, allegation or incident word, so
     * most never need them. One analysis, one thread: not shared.
     */
    static final class Lazy {
        private final String text;
        /** The shared analysis of {@code text}, or null to analyse it afresh. */
        private final TextAnalysis analysis;
        private List<Mention> mentions;
        private List<Span> references;
        private Set<Integer> ends;
        private Set<Integer> privateEnds;

        Lazy(String text, TextAnalysis analysis) {
            this.text = text;
            this.analysis = analysis;
        }

        /** {@return the text the mentions are of} */
        String text() {
            return text;
        }

        /** {@return the natural references to people ({@link IncidentPeople}), found on first use} */
        List<Span> references() {
            if (references == null) {
                references = IncidentPeople.find(text);
            }
            return references;
        }

        List<Mention> get() {
            if (mentions == null) {
                mentions = find(text, analysis);
            }
            return mentions;
        }

        /**
         * Whether a mention ends at offset {@code end} (a private person's only, when {@code privateOnly}): one
         * look-up, where a scan of every mention for each word asked grew with the square of a long comment.
         */
        boolean endsAt(int end, boolean privateOnly) {
            if (ends == null) {
                ends = new HashSet<>();
                privateEnds = new HashSet<>();
                for (Mention m : get()) {
                    ends.add(m.span().end());
                    if (!m.official()) {
                        privateEnds.add(m.span().end());
                    }
                }
            }
            return (privateOnly ? privateEnds : ends).contains(end);
        }
    }

    private PersonMentions() {
    }

    /** The mentions of {@code text}, reading its words from {@code analysis} (of the same text) when not null. */
    static List<Mention> find(String text, TextAnalysis analysis) {
        List<Mention> out = new ArrayList<>();
        // Private persons: the one person-name finder the personal-data rules use.
        PeopleFindings people = analysis == null ? PeopleDetector.withoutProfile().analyse(text)
                : PeopleDetector.withoutProfile().analyse(analysis);
        for (PeopleMention m : people.names()) {
            out.add(new Mention(m.span(), m.sure(), false));
        }
        for (PeopleMention m : people.children()) {
            out.add(new Mention(m.span(), true, false));
        }
        // Public figures: a name after an office ("Cllr Jane Smith"), which the personal-data finder leaves out.
        List<Token> toks = Tokenizer.words(text);
        for (int i = 1; i + 1 < toks.size(); i++) {
            Token a = toks.get(i);
            Token b = toks.get(i + 1);
            String title = toks.get(i - 1).text().toLowerCase(Locale.ROOT).replace(".", "");
            if (OFFICIAL.contains(title) && onlySpaceOrDot(text, toks.get(i - 1).end(), a.start())
                    && onlySpaceOrDot(text, a.end(), b.start()) && capitalised(a.text()) && capitalised(b.text())
                    && !NOT_NAMES.contains(a.text().toLowerCase(Locale.ROOT))) {
                out.add(new Mention(new Span(a.start(), b.end()), false, true));
                i++;
            }
        }
        out.sort(Comparator.comparingInt(m -> m.span().start()));
        return out;
    }

    private static boolean onlySpaceOrDot(String s, int from, int to) {
        if (to - from > 2 || to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalised(String w) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLowerCase(c) && c != '\'' && c != '-' && !Character.isUpperCase(c)) {
                return false;
            }
        }
        // All-capitals words are shouting, not names.
        return w.chars().skip(1).anyMatch(Character::isLowerCase);
    }
}
