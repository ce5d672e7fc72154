package org.councilpolicy.content.judgement;

import java.util.List;
import java.util.Set;

/**
 * Round 10, discrimination: when a sentence speaks of a whole group, judged from its grammar. A bare plural group
 * opening its sentence with a present-tense predicate ("Eastern Europeans fill up our surgeries...") is said of
 * every one of them, as "these people" is; a tendency word right after the group ("older residents, who tend to
 * slow the classes down") makes whatever follows a generalisation, unless it is a need, a risk or an entitlement
 * ("tend to be at higher risk", "often miss out on pension credit"); and an insinuation ("we all know what
 * happens when they turn up") about a group cast as outsiders is a stereotype without saying one.
 */
final class Generalising {

    /** Words before a group that still leave it opening its sentence. */
    private static final Set<String> OPENING = Set.of("honestly", "frankly", "let's", "let’s", "be", "honest", "and",
            "but", "so", "sadly", "basically", "truth", "is", "the");
    /** Words after a group that tell of one occasion or a service, not of the group as a kind. */
    private static final Set<String> EPISODIC = Set.of("have", "has", "had", "were", "was", "will", "who", "from",
            "at", "on", "in", "of", "and", "or", "to", "for", "with", "can", "may", "could", "should", "living",
            "arrived", "moved", "left", "would", "might", "across", "near", "around", "groups", "group", "families",
            "community", "communities", "site", "sites", "forum", "network", "month", "week", "day", "history",
            "heritage", "welcome", "are", "is", "we", "our", "you", "the", "this", "that");
    /** Tendency words that, right after a group, make its predicate said of the kind. */
    private static final Set<String> TENDENCY = Set.of("tend to", "always", "never", "typically", "usually",
            "generally", "often");
    /** Predicates of need, risk or entitlement: a council says these of a group to offer help. */
    private static final Set<String> NEED = Set.of("need", "needs", "risk", "eligible", "entitled", "benefit",
            "prefer", "welcome", "affected", "vulnerable", "likely", "qualify", "miss", "feel", "face", "experience",
            "find", "use", "rely", "depend", "ask", "get", "receive", "live", "lonely", "isolated", "higher", "more",
            "less", "be");

    private Generalising() {
    }

    /**
     * Whether the group opens its sentence as a bare plural followed by a present-tense predicate.
     *
     * @param c     the composition
     * @param group the group
     * @return whether the sentence is said of the group as a kind
     */
    static boolean genericSubject(Composition c, Part group) {
        for (String w : Composition.wordsOf(c.wordsBefore(group, 4))) {
            if (!OPENING.contains(w)) {
                return false;
            }
        }
        String text = c.normalised().text();
        if (group.end() >= text.length() || !Character.isWhitespace(text.charAt(group.end()))) {
            return false; // "Pensioners:" or "Travellers," addresses or lists them
        }
        List<String> after = Composition.wordsOf(text.substring(group.end(), Math.min(text.length(), group.end() + 20)));
        if (after.isEmpty()) {
            return false;
        }
        String next = after.get(0);
        return !EPISODIC.contains(next) && !next.endsWith("ed");
    }

    /**
     * A tendency word right after the group whose predicate is not a need, a risk or an entitlement, or
     * {@code null}.
     *
     * @param c     the composition
     * @param group the group
     * @return the tendency part
     */
    static Part tendency(Composition c, Part group) {
        Part g = c.near(group, Element.GENERALISER, 14);
        if (g == null || g.start() < group.end() || !TENDENCY.contains(g.label())
                && !TENDENCY.contains(firstWord(g.label()))) { // round 12: "always leave" opens with "always"
            return null;
        }
        String between = c.normalised().text().substring(group.end(), g.start()).strip();
        if (!between.isEmpty() && !between.equals(", who") && !between.equals("who")) {
            return null;
        }
        String text = c.normalised().text();
        List<String> after = Composition.wordsOf(text.substring(g.end(), Math.min(text.length(), g.end() + 30)));
        for (int i = 0; i < Math.min(3, after.size()); i++) {
            if (NEED.contains(after.get(i))) {
                return null;
            }
        }
        return after.isEmpty() ? null : g;
    }

    private static String firstWord(String label) {
        int space = label.indexOf(' ');
        return space < 0 ? label : label.substring(0, space);
    }

    /**
     * An insinuation ("we all know what...", "you know what they're like") about an outsider group in its sentence
     * or the next, or {@code null}.
     *
     * @param c     the composition
     * @param group an outsider group
     * @return the insinuation part
     */
    static Part insinuation(Composition c, Part group) {
        Part g = c.within(group, Element.GENERALISER, DiscriminatoryWordingRule.WINDOW + 40);
        if (g == null || g.start() < group.end() || g.sentence() - group.sentence() > 1
                || !INSINUATION.equals(g.label()) || c.negated(g, 2)) {
            return null;
        }
        return g;
    }

    /** Openers of a rhetorical question about a group ("Why do the X...?", "How come the X..."). */
    private static final Set<String> WHY = Set.of("why", "how come");
    /** Words that mark a prohibition or enforcement: addressed to one group, the group is singled out. */
    private static final Set<String> PROHIBITION = Set.of("not allowed", "not permitted", "must not", "banned",
            "will be fined", "could be fined", "can be fined", "fixed penalty", "illegal", "against the law",
            "enforcement action", "even for your", "even for their", "rules apply", "rules apply to you",
            "apply to everyone", "applies to everyone");

    /**
     * Round 10: a loaded question about a group ("Why do the X families need five cars? Just asking."): the group
     * in a question that opens with "why" or "how come", with a generaliser in it or an insinuation in the draft.
     * {@code null} if none.
     *
     * @param c     the composition
     * @param group the group
     * @return a part over the group
     */
    static Part rhetorical(Composition c, Part group) {
        org.councilpolicy.core.rule.Span range = c.sentenceSpan(group.sentence());
        String sentence = c.normalised().text().substring(range.start(), range.end()).strip();
        if (!sentence.endsWith("?") || group.start() - range.start() > 40) {
            return null;
        }
        boolean why = false;
        for (String w : WHY) {
            why |= sentence.startsWith(w + " ");
        }
        if (!why) {
            return null;
        }
        // loaded, not a question a council answers: a generaliser in it, or an insinuation in the draft
        for (Part g : c.parts(Element.GENERALISER)) {
            if (g.sentence() == group.sentence() || INSINUATION.equals(g.label())) {
                return group;
            }
        }
        return null;
    }

    private static final String INSINUATION = "you know what they're like";

    /** A group told something in the passive, right after it. */
    private static final java.util.regex.Pattern TOLD = java.util.regex.Pattern.compile(
            "\\s+(?:are|is)\\s+(?:being\\s+)?(?:reminded|asked|warned|told|advised)\\b");
    /** Obligations, as well as prohibitions, for a group told a rule. */
    private static final Set<String> OBLIGATION = union(PROHIBITION, Set.of("must", "should", "need to", "have to",
            "are expected to", "are required to"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /**
     * Round 10: a rule or a warning addressed to one group ("Reminder to our Muslim residents that fireworks are not
     * allowed"): the group is whom the sentence speaks to (after "reminder to", "warning to", "message to", or
     * opening it with a colon) and the sentence or the next holds a prohibition. {@code null} if none.
     *
     * @param c     the composition
     * @param group the group
     * @return a part over the prohibition
     */
    static Part singledOut(Composition c, Part group) {
        String before = c.wordsBefore(group, 3);
        boolean addressed = before.endsWith("reminder to") || before.endsWith("reminder to our")
                || before.endsWith("warning to") || before.endsWith("warning to our") || before.endsWith("message to")
                || before.endsWith("message to our") || before.endsWith("calling all")
                || DiscriminatoryWordingRule.addressed(c, group);
        String text = c.normalised().text();
        // round 12: a faith or ethnic group told a rule in the passive ("X families are reminded that barbecues must
        // be out by 9pm"): any obligation then singles them out, as the rule is no more theirs than anyone's
        boolean told = !addressed && TOLD.matcher(text).region(group.end(), text.length()).lookingAt()
                && c.parts(Element.OUTSIDER_GROUP).stream().anyMatch(o -> o.overlaps(group));
        if (!addressed && !told) {
            return null;
        }
        int last = c.sentenceAt(text.length() - 1);
        int to = c.sentenceSpan(Math.min(last, group.sentence() + 1)).end();
        String span = text.substring(group.end(), to);
        for (String p : told ? OBLIGATION : PROHIBITION) {
            int at = span.indexOf(p);
            if (at >= 0) {
                int start = group.end() + at;
                return new Part(Element.EXCLUSION, start, start + p.length(), p, c.sentenceAt(start));
            }
        }
        return null;
    }
}
