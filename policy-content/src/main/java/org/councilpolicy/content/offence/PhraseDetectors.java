package org.councilpolicy.content.offence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.councilpolicy.content.offence.OffenceLexicons.Predicate;
import org.councilpolicy.content.offence.OffenceLexicons.TargetKind;
import org.councilpolicy.content.offence.OffenceLexicons.ThreatKind;
import org.councilpolicy.content.offence.OffenceLexicons.WordKey;
import org.councilpolicy.content.offence.WordView.WordMatch;
import org.councilpolicy.core.rule.Span;

/**
 * Hate, threats, abuse and defamation signals found by a small window parser over a {@link WordView}: lexicon
 * matches (groups, predicates, cues) are combined per sentence, with negation, reported speech, quotation and
 * reclaimed use taken into account. Linear in the number of words plus matches.
 */
final class PhraseDetectors {

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "nobody", "none", "nothing", "neither",
            "nor", "cannot", "dont", "cant", "wont", "isnt", "arent", "doesnt", "didnt", "wouldnt", "shouldnt",
            "couldnt", "aint", "opposite", "without");
    private static final Set<String> MODALS = Set.of("should", "ought", "must", "will", "would", "shall", "going",
            "gonna", "want", "wanna", "let's", "lets", "deserve", "deserves", "need", "needs", "hope", "wish", "if",
            "start", "time", "gotta", "can", "may", "might", "love", "i'll", "we'll", "they'll", "you'll", "i'd",
            "we'd", "someone", "somebody");
    private static final Set<String> SECOND_PERSON = Set.of("you", "you're", "youre", "ur", "u", "ya", "yourself",
            "your", "yous", "youse");
    private static final Set<String> PERSON_REFS = Set.of("cllr", "councillor", "councilor", "mr", "mrs", "ms",
            "miss", "dr", "he", "she", "he's", "she's", "hes", "shes", "officer", "mayor", "leader", "executive",
            "director", "manager", "man", "woman", "bloke", "chap", "lady", "guy", "mp", "chairman", "chair", "person",
            "him", "her", "they", "lot", "councillors", "officers", "staff", "admin", "whoever");
    private static final Set<String> COPULA_VERBS = Set.of("is", "are", "was", "were", "'s", "am", "be", "being",
            "r", "he's", "she's", "hes", "shes");
    private static final Set<String> ROLE_REFS = Set.of("cllr", "councillor", "councilor", "mr", "mrs", "ms", "miss",
            "dr", "officer", "mayor", "leader", "executive", "director", "manager", "mp", "chairman", "chair",
            "inspector", "warden", "clerk", "planner");
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "'s", "be", "being", "such", "what",
            "a", "an", "total", "complete", "utter", "absolute", "proper", "bloody", "fucking", "right", "real",
            "useless", "little", "big", "fat", "stupid", "just", "another", "typical");
    private static final Set<String> HARM_VERBS = Set.of("kill", "murder", "stab", "shoot", "smash", "punch",
            "batter", "beat", "hurt", "burn", "torch", "glass", "knife", "hang", "strangle", "lynch", "bomb",
            "firebomb", "throttle", "slap", "kick", "attack", "deck", "break", "string", "bash", "hit", "thump",
            "petrol", "run");
    private static final Set<String> HARM_TARGETS = Set.of("you", "your", "ya", "u", "yourself", "him", "her",
            "them", "his", "their", "cllr", "councillor", "officer", "officers", "staff", "mayor", "leader", "ur");
    private static final Set<String> INTENT_SUBJECTS = Set.of("i", "i'll", "i'm", "im", "ill", "i'd", "we", "we'll",
            "we're", "someone", "somebody", "gonna", "should", "hope", "let's", "lets", "wanna");
    private static final Set<String> ADJECTIVE_INSULTS = Set.of("stupid", "thick", "ugly", "dense", "brain dead",
            "braindead", "halfwitted", "gormless", "brainless", "vile", "knuckle-dragging");

    /** Words that may follow a swear word used as an insult: "you plonker and everyone knows it", "a pillock mate". */
    private static final Set<String> INSULT_ENDS = Set.of("and", "who", "mate", "lol", "haha", "lmao", "innit",
            "because", "cos", "coz");

    private final OffenceLexicons lex;
    private final HateComposer hate;
    private final ThreatComposer threats;
    private final VocativeInsults vocatives = new VocativeInsults();
    private final Targeting targeting = new Targeting();

    PhraseDetectors(OffenceLexicons lex) {
        this.lex = lex;
        this.hate = new HateComposer(lex);
        this.threats = new ThreatComposer(lex);
    }

    /** Per-text word-level facts shared by the detectors. */
    private static final class Facts {
        final WordView wv;
        /** Per word, a negator (made on first use: only a threat, insult or allegation found asks). */
        private boolean[] negator;
        private final List<WordMatch<String>> neutral;
        final boolean[] inPredicate;
        private boolean[] electedSentence;

        Facts(WordView wv, List<WordMatch<Predicate>> preds, List<WordMatch<String>> neutral) {
            this.wv = wv;
            this.neutral = neutral;
            inPredicate = new boolean[wv.size()];
            for (WordMatch<Predicate> p : preds) {
                for (int i = p.from(); i < p.to(); i++) {
                    inPredicate[i] = true;
                }
            }
        }

        /** Whether word {@code i} is a negator ("not", "can't"), outside a neutralising phrase ("nothing but"). */
        boolean negator(int i) {
            if (negator == null) {
                int n = wv.size();
                boolean[] neg = new boolean[n];
                for (int k = 0; k < n; k++) {
                    String w = wv.words[k];
                    neg[k] = NEGATORS.contains(w) || w.endsWith("n't");
                }
                for (WordMatch<String> m : neutral) {
                    for (int k = m.from(); k < m.to(); k++) {
                        neg[k] = false;
                    }
                }
                negator = neg;
            }
            return negator[i];
        }

        /** A negator before {@code at} in the same clause, not part of a predicate phrase. */
        boolean negated(int at) {
            for (int i = at - 1; i >= 0 && wv.clause[i] == wv.clause[at]; i--) {
                if (negator(i) && !inPredicate[i]) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Per sentence, whether it names an elected member (a word or a phrase of the threat targets' ELECTED class:
         * "councillor", "the portfolio holder"), computed once: asking each insult to scan its sentence was quadratic
         * in a long comment with no sentence break.
         */
        boolean electedInSentence(OffenceLexicons lex, int at) {
            if (electedSentence == null) {
                int n = wv.size();
                electedSentence = new boolean[n == 0 ? 0 : wv.sentence[n - 1] + 1];
                for (int i = 0; i < n; i++) {
                    if (lex.electedWords.contains(wv.words[i])) {
                        electedSentence[wv.sentence[i]] = true;
                    }
                }
                for (WordMatch<Object> m : wv.select(lex, WordKey.TARGET)) {
                    if (m.payload() == TargetKind.ELECTED) {
                        electedSentence[wv.sentence[m.from()]] = true;
                    }
                }
            }
            return electedSentence[wv.sentence[at]];
        }
    }

    void detect(WordView wv, List<Offence> lexical, PersonMentions.Lazy people, String original,
                List<Offence> out) {
        if (wv.size() == 0) {
            return;
        }
        List<WordMatch<Predicate>> preds = wv.<Predicate>select(lex, WordKey.PREDICATE);
        Facts f = new Facts(wv, preds, wv.<String>select(lex, WordKey.NEUTRALISER));
        RepairedWords rw = new RepairedWords(wv, lex);
        List<WordMatch<OffenceLexicons.Tagged>> all = rw.tagged(lex);
        hate.detect(rw, all, lexical, out);
        int before = out.size();
        threats(f, out);
        threats.detect(rw, all, people, out);
        ThreatForecasts.STANDARD.detect(rw, all, people, out);
        OwnKinJokes.drop(wv, lex, out, before);
        targeting.detect(rw, all, people, out);
        Menace.STANDARD.detect(rw, all, people, out, before);
        hate.threatsAgainstGroups(rw, all, out, before);
        Whereabouts.STANDARD.addHarassment(out, before);
        abuse(f, people, out);
        vocatives.detect(wv, at -> electedInSentence(f, at), out);
        mildProfanityAtPerson(f, lexical, people, out);
        defamation(f, people, out);
    }

    // ---- threats and harassment -------------------------------------------------------------------------

    private void threats(Facts f, List<Offence> out) {
        WordView wv = f.wv;
        List<Span> found = new ArrayList<>();
        java.util.Set<Integer> ballots = new java.util.HashSet<>();
        boolean[] idiom = null; // "hang his head", "heads should roll": idioms of disapproval, not harm
        boolean[] contest = null; // "we beat them by ten points": winning a game
        for (WordMatch<Object> b : wv.select(lex, WordKey.THREAT_PART)) {
            if (b.payload() == OffenceLexicons.ThreatPart.BALLOT) {
                ballots.add(wv.sentence[b.from()]); // "what's coming at the ballot box" is a vote, not a threat
            } else if (b.payload() == OffenceLexicons.ThreatPart.IDIOM) {
                idiom = idiom == null ? new boolean[wv.size()] : idiom;
                java.util.Arrays.fill(idiom, b.from(), b.to(), true);
            } else if (b.payload() == OffenceLexicons.ThreatPart.CONTEST) {
                contest = contest == null ? new boolean[wv.size()] : contest;
                java.util.Arrays.fill(contest, b.from(), b.to(), true);
            }
        }
        for (WordMatch<ThreatKind> m : wv.<ThreatKind>select(lex, WordKey.THREAT)) {
            if (wv.quoted[m.from()] || negatedNear(f, m.from(), 3) || ballots.contains(wv.sentence[m.from()])
                    || idiom != null && idiom[m.to() - 1]) { // "should be hung out to dry": an idiom, no threat
                continue;
            }
            Span span = wv.toOriginal(m.from(), m.to());
            OffenceKind kind = m.payload() == ThreatKind.THREAT ? OffenceKind.THREAT : OffenceKind.HARASSMENT;
            out.add(new Offence(kind, span, Strength.STRONG, Optional.empty(), String.join(" ",
                    java.util.Arrays.copyOfRange(wv.words, m.from(), m.to())),
                    kind == OffenceKind.THREAT ? "a threatening phrase" : "intimidation of a person", false));
            found.add(span);
        }
        for (int i = 0; i < wv.size(); i++) {
            if (!HARM_VERBS.contains(wv.words[i]) || wv.quoted[i] || idiom != null && idiom[i]) {
                continue;
            }
            int target = -1;
            for (int k = i + 1; k <= i + 3 && k < wv.size() && wv.clause[k] == wv.clause[i]; k++) {
                if (HARM_TARGETS.contains(wv.words[k])) {
                    target = k;
                    break;
                }
            }
            if (target < 0 || evicts(wv, target) || !intent(wv, i) || f.negated(i)
                    || ThreatFrames.contest(wv.words, k -> wv.clause[k], i, contest)) {
                continue;
            }
            Span span = wv.toOriginal(i, target + 1);
            if (found.stream().anyMatch(s -> s.overlaps(span))) {
                continue;
            }
            out.add(new Offence(OffenceKind.THREAT, span, Strength.STRONG, Optional.empty(), wv.words[i],
                    "a threat of harm to a person", false));
        }
    }

    /** "Kick them out", "run him out of town", "boot them all out": removal from office, not harm to a person. */
    private static boolean evicts(WordView wv, int target) {
        int next = target + 1;
        if (next < wv.size() && wv.words[next].equals("all")) {
            next++;
        }
        return next < wv.size() && wv.words[next].equals("out");
    }

    private static boolean intent(WordView wv, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 5) && wv.clause[i] == wv.clause[at]; i--) {
            if (INTENT_SUBJECTS.contains(wv.words[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean negatedNear(Facts f, int at, int window) {
        for (int i = at - 1; i >= Math.max(0, at - window) && f.wv.clause[i] == f.wv.clause[at]; i--) {
            if (f.negator(i)) {
                return true;
            }
        }
        return false;
    }

    // ---- abuse --------------------------------------------------------------------------------------------

    private void abuse(Facts f, PersonMentions.Lazy people, List<Offence> out) {
        WordView wv = f.wv;
        for (WordMatch<String> m : wv.<String>select(lex, WordKey.INSULT)) {
            if (wv.quoted[m.from()] || negatedNear(f, m.from(), 3)) {
                continue;
            }
            boolean adjective = ADJECTIVE_INSULTS.contains(m.payload());
            String whom = target(wv, m.from(), adjective, people);
            whom = whom != null ? whom : PredicativeInsults.target(wv, m.from(), m.to(), adjective, lex.workerNouns,
                    lex.electedWords, people);
            whom = whom != null || !vocatives.exclamation(wv, m.from(), m.to()) ? whom : "the people just named";
            if (whom == null) {
                continue;
            }
            boolean elected = electedInSentence(f, m.from());
            out.add(new Offence(OffenceKind.ABUSE, wv.toOriginal(m.from(), m.to()), Strength.MEDIUM, Optional.empty(),
                    m.payload(), "an insult aimed at " + (elected ? "an elected member" : whom), elected));
        }
    }

    /**
     * Mild swearing aimed at a person ("you absolute plonker", "the bloke on the phone is a pillock") is abuse: the
     * word alone is mild, the aim makes it an insult. Elected members are flagged for review, as for insults.
     */
    private void mildProfanityAtPerson(Facts f, List<Offence> lexical, PersonMentions.Lazy people,
                                       List<Offence> out) {
        WordView wv = f.wv;
        for (Offence o : lexical) {
            if (o.kind() != OffenceKind.PROFANITY) {
                continue;
            }
            int at = wv.wordAtOriginal(o.span());
            if (at < 0 || wv.quoted[at]) {
                continue;
            }
            int next = at + 1;
            while (next < wv.size() && wv.toOriginal(next, next + 1).start() < o.span().end()) {
                next++;
            }
            // The swear word must be the insult itself, ending its clause ("you smug git"), not part of a
            // phrase about something else ("are you taking the piss with these charges").
            String whom = target(wv, at, false, people);
            if (next < wv.size() && wv.clause[next] == wv.clause[at] && !INSULT_ENDS.contains(wv.words[next])) {
                // "you're a pillock Dean": a name ending the clause is the person addressed
                whom = whom == null ? null : PredicativeInsults.named(wv, next, lex.electedWords);
            } else if (whom == null && vocatives.exclamation(wv, at, next)) {
                whom = "the people just named"; // "... ignored us. Useless pillocks."
            }
            if (whom == null) {
                continue;
            }
            boolean elected = electedInSentence(f, at);
            out.add(new Offence(OffenceKind.ABUSE, o.span(), Strength.MEDIUM, Optional.empty(), o.term(),
                    "swearing aimed at " + (elected ? "an elected member" : whom), elected));
        }
    }

    /**
     * Whether the insult's sentence names an elected member: public figures must tolerate robust criticism, so a
     * person reviews it rather than the comment being deleted (MD-1).
     */
    private boolean electedInSentence(Facts f, int at) {
        return f.electedInSentence(lex, at);
    }

    /**
     * Who an insult at word {@code at} is aimed at, or null when it is not aimed at a person: the nearest anchor
     * before it (at most four words back, in its clause) must be a second-person word ("you idiot", "you're all
     * idiots"), "what a"/"such a", or a copula whose subject names a person ("Cllr Jones is a moron", "the person
     * running this page is a clown"). A copula whose subject is a thing ("this decision is ...") is criticism.
     */
    private String target(WordView wv, int at, boolean adjective, PersonMentions.Lazy people) {
        String original = wv.normalised.original();
        if (at + 2 < wv.size() && wv.words[at + 1].equals("like") && SECOND_PERSON.contains(wv.words[at + 2])) {
            return "the person addressed"; // "idiots like you are why...", "only an imbecile like you would..."
        }
        // A list of adjectives split by commas stays one clause: "is a smug, useless idiot"
        int clause = at >= 2 && wv.clause[at - 2] == wv.clause[at] - 1 && wv.clause[at - 1] == wv.clause[at]
                ? wv.clause[at] - 1 : wv.clause[at];
        for (int i = at - 1; i >= Math.max(0, at - 4) && (wv.clause[i] == wv.clause[at] || wv.clause[i] == clause); i--) {
            String w = wv.words[i];
            if (SECOND_PERSON.contains(w)) {
                boolean predicative = w.equals("you're") || w.equals("youre") || w.equals("ur")
                        || i + 1 < at && (wv.words[i + 1].equals("are") || wv.words[i + 1].equals("r"));
                return adjective && !predicative ? null : "the person addressed";
            }
            if ((w.equals("what") || w.equals("such")) && !adjective) {
                return "a person";
            }
            if (w.equals("he's") || w.equals("she's") || w.equals("hes") || w.equals("shes")) {
                return "a person";
            }
            if (COPULA_VERBS.contains(w)) {
                for (int k = i - 1; k >= Math.max(0, i - 5) && wv.clause[k] == wv.clause[i]; k--) {
                    String s = wv.words[k];
                    if (SECOND_PERSON.contains(s)) {
                        return "the person addressed";
                    }
                    if (PERSON_REFS.contains(s) || lex.workerNouns.contains(s) || people.endsAt(wv.toOriginal(k, k + 1).end(), false)
                            || k > 0 && PredicativeInsults.name(original, wv.toOriginal(k, k + 1))
                            && PERSON_REFS.contains(wv.words[k - 1])) {
                        return "a named person";
                    }
                }
                return null;
            }
        }
        return null;
    }



    // ---- defamation ----------------------------------------------------------------------------------------

    private void defamation(Facts f, PersonMentions.Lazy people, List<Offence> out) {
        WordView wv = f.wv;
        // Whether each sentence names a person, found once per sentence: many allegations in one long sentence must
        // not read it again each time (hostile input stays linear).
        Map<Integer, Boolean> personIn = new HashMap<>();
        for (WordMatch<String> m : wv.<String>select(lex, WordKey.ALLEGATION)) {
            if (wv.quoted[m.from()] || negatedNear(f, m.from(), 3)) {
                continue;
            }
            if (!personIn.computeIfAbsent(wv.sentence[m.from()], sent -> namesAPerson(wv, people, m.from()))) {
                continue;
            }
            out.add(new Offence(OffenceKind.DEFAMATION, wv.toOriginal(m.from(), m.to()), Strength.MEDIUM,
                    Optional.empty(), m.payload(), "an allegation of crime or dishonesty against an identifiable "
                    + "person", true));
        }
    }

    /** Whether the sentence of word {@code at} (its words are contiguous) holds a role or a person's name. */
    private static boolean namesAPerson(WordView wv, PersonMentions.Lazy people, int at) {
        int sent = wv.sentence[at];
        int from = at;
        while (from > 0 && wv.sentence[from - 1] == sent) {
            from--;
        }
        for (int i = from; i < wv.size() && wv.sentence[i] == sent; i++) {
            if (ROLE_REFS.contains(wv.words[i]) || people.endsAt(wv.toOriginal(i, i + 1).end(), false)) {
                return true;
            }
        }
        return false;
    }
}
