package org.councilpolicy.content.judgement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.councilpolicy.core.text.Lexicon;

/**
 * The one lexicon of every {@link Element} phrase, read once from {@code elements.txt} and
 * {@link NationalFigures}. A bad line fails with its file and line number.
 */
final class ElementVocabulary {

    /**
     * Payload of a lexicon entry.
     *
     * @param element what the phrase is
     * @param label   what a finding calls it (for a politician: "Name, office")
     * @param capital whether the phrase counts only when written with a capital ("Truss", not "truss")
     * @param beforePerson whether the phrase counts only before a person noun ("Polish families", not "Polish shop")
     */
    record Term(Element element, String label, boolean capital, boolean beforePerson) {
        Term(Element element, String label, boolean capital) {
            this(element, label, capital, false);
        }

        Term(Element element, String label) {
            this(element, label, false, false);
        }
    }

    /**
     * The sections whose phrases also match in their contracted and full forms (round 11): what a member says of a
     * matter, where "the answer's no" and "if I've anything to do with it" were missed. Kept to these sections so the
     * lexicon grows by few entries.
     */
    private static final java.util.Set<Element> CONTRACTED = java.util.EnumSet.of(Element.VOTE_STANCE,
            Element.DECISION, Element.COMMITMENT, Element.STANCE, Element.STANCE_FOR, Element.OPEN_MIND);

    /** Titles that make a surname a politician's ("Mr Farage", "Ms Reeves"). */
    private static final List<String> TITLES = List.of("mr", "mrs", "ms", "miss", "sir", "dame", "dr", "lord",
            "lady", "baroness", "chancellor", "minister", "secretary", "president");

    /** The particles of English phrasal verbs that let an object stand between verb and particle. */
    private static final List<String> PARTICLES = List.of("off", "up", "down", "out", "over", "away");
    /** The objects that stand there ("ripped you off", "let residents down"). */
    private static final List<String> OBJECTS = List.of("you", "him", "her", "them", "us", "me", "people",
            "everyone", "residents");

    /** The offence vocabulary's groups by protected characteristic, and its nationality adjectives. */
    private static final String GROUPS = "/org/councilpolicy/content/offence/hate-groups.tsv";
    private static final String DEMONYMS = "/org/councilpolicy/content/offence/demonyms.tsv";
    /** The nouns that make an adjective of those lists name people ("Polish families", not "Polish shop"). */
    private static final String PERSON_NOUNS = "/org/councilpolicy/content/offence/person-nouns.txt";
    /**
     * Words of those lists that name everyday things in council posts far more often than people: colours (bins,
     * goods), the home nations and Europe (water, power, funding), "foreign" (travel, languages).
     */
    private static final java.util.Set<String> EVERYDAY = java.util.Set.of("black", "white", "brown", "british",
            "brits", "english", "scots", "scottish", "welsh", "irish", "european", "europeans", "foreign", "american",
            "americans", "christian", "catholic", "protestant", "orthodox jewish", "evangelical", "quaker", "pagan");

    /** Person nouns, and the traders a council speaks of, that make a group adjective name people. */
    private static final java.util.Set<String> PERSON_NOUN_SET = personNouns();

    private static java.util.Set<String> personNouns() {
        java.util.Set<String> nouns = new java.util.HashSet<>(List.of("traders", "stallholders", "shopkeepers",
                "gangs", "owners"));
        read(PERSON_NOUNS, (line, n) -> nouns.add(line.strip()));
        return java.util.Set.copyOf(nouns);
    }

    /**
     * Whether the word right after {@code end} in a normalised text is a person noun: one look at one word.
     *
     * @param text the normalised text
     * @param end  where a group adjective ends
     * @return whether a person noun follows
     */
    static boolean personNounAfter(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int from = i;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        return i > from && i - from <= 16 && PERSON_NOUN_SET.contains(text.substring(from, i));
    }

    /** Immutable and thread-safe; built on first use (after the lists above, which loading uses). */
    static final Lexicon<Term> LEXICON = load();

    private ElementVocabulary() {
    }

    private static Lexicon<Term> load() {
        Lexicon.Builder<Term> b = Lexicon.builder();
        Element[] section = {null};
        read("elements.txt", (line, n) -> elementLine(b, line, section));
        NationalFigures.ALL.forEach(f -> politician(b, f));
        read(GROUPS, (line, n) -> groupLine(b, line));
        read(DEMONYMS, (line, n) -> groupLine(b, line));
        return b.build();
    }

    private interface LineReader {
        void accept(String line, int number);
    }

    private static void read(String resource, LineReader reader) {
        try (InputStream in = ElementVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    try {
                        reader.accept(line, n);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(resource + " line " + n + ": " + e.getMessage(), e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static void elementLine(Lexicon.Builder<Term> b, String line, Element[] section) {
        String s = line.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            section[0] = Element.valueOf(s.substring(1, s.length() - 1));
            return;
        }
        if (section[0] == null) {
            throw new IllegalArgumentException("phrase before any [SECTION]");
        }
        int bar = s.indexOf(" | ");
        String phrase = bar < 0 ? s : s.substring(0, bar).strip();
        String label = bar < 0 ? phrase : s.substring(bar + 3).strip();
        for (String form : CONTRACTED.contains(section[0]) ? Contractions.forms(phrase) : List.of(phrase)) {
            for (String v : variants(form)) {
                b.add(v, new Term(section[0], label));
            }
        }
        for (String v : separated(phrase)) {
            b.add(v, new Term(section[0], label));
        }
        if (section[0] == Element.SLOGAN && phrase.indexOf(' ') > 0 && phrase.indexOf('#') < 0) {
            // round 11: a slogan made a compound modifier is still the slogan ("the defund-the-police crowd")
            b.add(phrase.replace(' ', '-'), new Term(section[0], label));
        }
        if ((section[0] == Element.SLOGAN || section[0] == Element.SLOGAN_COMMON) && !phrase.startsWith("#")) {
            // the campaign's hashtag: "stop the boats" is also #StopTheBoats, a slogan wherever it is
            b.add("#" + phrase.replaceAll("[^\\p{L}\\p{N}]", ""), new Term(Element.SLOGAN, label));
        }
    }

    /**
     * Round 8: a group named by nationality, ethnic origin or faith (Equality Act 2010 s.9 and s.10), from the
     * offence vocabulary's lists with their sources, is a group a stereotype, suspicion or exclusion may be said of.
     * Written with a capital ("the Polish stallholders", not "polish the brass"), an adjective only before a person
     * noun ("Chinese families", not "Chinese New Year"); the rules compose it with a predicate.
     */
    private static void groupLine(Lexicon.Builder<Term> b, String line) {
        String[] f = line.split("\t");
        if (f.length < 2) {
            throw new IllegalArgumentException("expected term<TAB>characteristic");
        }
        String term = f[0].strip();
        boolean race = f[1].strip().equals("RACE");
        if (!race && !f[1].strip().equals("RELIGION_OR_BELIEF") || EVERYDAY.contains(term) || term.startsWith("the ")) {
            return;
        }
        boolean adjective = f.length > 2 && f[2].strip().equals("ADJ"); // names people only before a person noun
        Term t = new Term(Element.OUTSIDER_GROUP, race ? "a nationality or ethnic group" : "a faith group", true,
                adjective);
        for (String v : variants(term)) {
            b.add(v, t);
        }
    }

    private static void politician(Lexicon.Builder<Term> b, NationalFigures.Figure figure) {
        Term term = new Term(Element.POLITICIAN, figure.name() + ", " + figure.office());
        String name = figure.name();
        b.add(name, term);
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        for (String title : TITLES) {
            b.add(title + " " + surname, term); // "Ms Reeves", "Sir Keir" needs the forms column
        }
        for (String f : figure.forms()) {
            boolean capital = f.startsWith("^");
            Term t = capital ? new Term(Element.POLITICIAN, term.label(), true) : term;
            for (String v : variants(capital ? f.substring(1) : f)) {
                b.add(v, t);
            }
        }
    }

    /**
     * A two-word phrasal verb with an object between its verb and particle ("ripped off" is also "ripped you off",
     * "let down" also "let us down"): separable phrasal verbs take a pronoun object only there. Empty for any other
     * phrase.
     */
    static List<String> separated(String phrase) {
        int space = phrase.indexOf(' ');
        if (space < 0 || phrase.indexOf(' ', space + 1) >= 0 || !PARTICLES.contains(phrase.substring(space + 1))
                || phrase.indexOf('\'') >= 0) {
            return List.of();
        }
        String verb = phrase.substring(0, space);
        return OBJECTS.stream().map(o -> verb + " " + o + " " + phrase.substring(space + 1)).toList();
    }

    /** The phrase, plus its typographic-apostrophe spelling when it has an apostrophe. */
    static List<String> variants(String phrase) {
        return phrase.indexOf('\'') < 0 ? List.of(phrase) : List.of(phrase, phrase.replace('\'', '\u2019'));
    }
}
