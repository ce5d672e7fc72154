package org.councilpolicy.content.offence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.councilpolicy.content.personaldata.NameGazetteer;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.Token;
import org.councilpolicy.core.text.Tokenizer;

/**
 * How residents point at a member of the public when they blame them for an incident (MD-3/MD-4), beyond the full
 * names the person-name finder reports: a family by its surname ("the Hendersons", "the Cooper brothers", "the
 * Dawsons' lad"), a known first name placed by workplace or street ("Gary from the chippy", "Tracey at number 4",
 * "Sam who works at the Spar"), and a known first name followed by a capitalised word ("Darren Pike"). The first
 * names and surnames are the name finder's own lists ({@link NameGazetteer}). These references are weaker than
 * the finder's names, so they are only used together with an incident or accusation in the same sentence, and a
 * reference after an office ("Cllr Wilson") is a public figure, never one of these. Linear in the words.
 */
final class IncidentPeople {

    /** Words after a surname that make it a family or a group of relatives. */
    private static final Set<String> KIN = Set.of("family", "brothers", "sisters", "twins", "lot", "lad", "lads",
            "boy", "boys", "girl", "girls", "kid", "kids", "son", "sons", "daughter", "daughters", "clan", "household");
    /** Words before a surname that point at a family: "the Hendersons", "that Jenkins lad", "them Kowalskis". */
    private static final Set<String> FAMILY_POINTERS = Set.of("the", "that", "those", "them", "these", "this");
    /** Courtesy titles: "Mr Okafor from the corner shop", "Mrs Dale at 23" name a private person, any surname. */
    private static final Set<String> COURTESY = Set.of("mr", "mrs", "miss", "ms", "mister");
    /** Words that introduce a name whatever it is: "a lad called Tyler", "her son, named Kai". */
    private static final Set<String> NAMING = Set.of("called", "named", "calls", "name's", "names");
    /** Words that place an ambiguous first name by a workplace ("Jade at the Spar", "Dean from the chippy"). */
    private static final Set<String> PLACES_BY_NAME = Set.of("from", "at");
    /** After "from the"/"at the": times and matches ("Chelsea at the weekend"), not a workplace. */
    private static final Set<String> NOT_WORKPLACES = Set.of("weekend", "moment", "minute", "time", "end", "start",
            "match", "game", "final", "back", "front", "top", "bottom");
    /** After "from the": the council's own services; a worker placed there is staff, not a member of the public. */
    private static final Set<String> COUNCIL_SERVICES = Set.of("council", "town", "civic", "highways", "planning",
            "housing", "depot", "environmental", "bins", "parking", "licensing", "library", "leisure");
    /** "Dean at flat 7", "Jade from number 12": a house placing an ambiguous first name. */
    private static final Set<String> HOUSE = Set.of("flat", "number", "no");
    /** Verbs after "NAME who" that describe a person by their life: "Gaz who works at the car wash". */
    private static final Set<String> DESCRIBED_BY = Set.of("works", "lives", "drives", "runs", "owns", "worked",
            "lived", "used");
    /** Capitalised words before "who works" that are no name. */
    private static final Set<String> NOT_PEOPLE = Set.of("anyone", "everyone", "someone", "somebody", "anybody",
            "everybody", "nobody", "whoever", "those", "people", "staff", "and", "but", "or", "the", "a", "he", "she",
            "they", "one", "each", "any", "every", "all", "man", "woman", "lad", "bloke", "guy", "neighbour");
    /** How many words an appositive description may take before its workplace: "Karen, the new receptionist at". */
    private static final int APPOSITIVE_REACH = 4;
    private static final Set<String> PLACED_BY = Set.of("from", "at", "on", "who", "that", "down", "up", "in", "off");
    private static final Set<String> OFFICE = Set.of("cllr", "councillor", "councilor", "mp", "mayor", "msp", "ms",
            "sir", "dame", "lord", "lady", "leader", "minister", "officer", "chair", "chairman", "chairwoman");
    /** Capitalised words after "the" that are never a family: places, bodies, teams, days and the like. */
    private static final Set<String> NOT_FAMILIES = Set.of("councils", "councillors", "tories", "conservatives",
            "greens", "lib", "dems", "police", "news", "times", "guardian", "mirror", "sun", "mail", "post", "echo",
            "gazette", "argus", "courier", "herald", "telegraph", "chronicle", "express", "advertiser", "simpsons",
            "beatles", "rovers", "wanderers", "rangers", "celtic", "albion", "villa", "saints", "blues", "reds",
            "hammers", "spurs", "gunners", "magpies", "potters", "robins", "hornets", "lions", "tigers", "bees",
            "owls", "foxes", "seagulls", "olympics", "commons", "lords", "midlands", "highlands", "lowlands", "dales",
            "downs", "fens", "cotswolds", "chilterns", "mendips", "pennines", "moors", "broads", "hebrides", "shires",
            "brits", "scots", "welsh", "irish", "english", "americans", "europeans", "jews", "muslims", "sikhs",
            "hindus", "christians", "catholics", "poles", "travellers", "gypsies", "roma", "chinese", "asians",
            "whites", "browns", "woods", "hills", "fields", "meadows", "gardens", "shops", "stores",
            "lights", "arms", "boots", "wetherspoons", "sainsburys", "morrisons", "timpsons", "specsavers");

    private IncidentPeople() {
    }

    /**
     * A first name followed by a description that places the person by a named workplace: "Karen, the receptionist
     * at Parkside Dental", "Kyle, the apprentice at Dobson's garage". Not the council's own staff ("Sue, the clerk at
     * the council"). Looks at most {@link #APPOSITIVE_REACH} words ahead.
     */
    private static boolean appositivePlaced(String text, List<Token> toks, int at) {
        if (at + 3 >= toks.size() || !lower(toks.get(at + 1)).equals("the")
                || !text.substring(toks.get(at).end(), toks.get(at + 1).start()).equals(", ")) {
            return false;
        }
        for (int k = at + 3; k < Math.min(toks.size() - 1, at + 2 + APPOSITIVE_REACH); k++) {
            String w = lower(toks.get(k));
            if (!text.substring(toks.get(k - 1).end(), toks.get(k).start()).equals(" ")) {
                return false; // the description ends at a comma or full stop
            }
            if (PLACES_BY_NAME.contains(w) || w.equals("of")) {
                Token place = toks.get(k + 1).text().equalsIgnoreCase("the") && k + 2 < toks.size()
                        ? toks.get(k + 2) : toks.get(k + 1);
                String p = lower(place);
                return capitalised(place.text()) && !COUNCIL_SERVICES.contains(p) && !p.equals("council");
            }
        }
        return false;
    }

    /** {@return the spans of the person references in {@code text}, in text order} */
    static List<Span> find(String text) {
        List<Token> toks = Tokenizer.words(text);
        NameGazetteer names = NameGazetteer.get();
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            String w = t.text();
            String prev = i > 0 ? lower(toks.get(i - 1)) : "";
            if (capitalised(w) && (COURTESY.contains(prev.replace(".", "")) || NAMING.contains(prev))
                    && titleRun(text, toks.get(i - 1), t)) {
                out.add(new Span(NAMING.contains(prev) ? t.start() : toks.get(i - 1).start(), t.end()));
                continue; // "Mr Okafor", "a lad called Tyler"
            }
            if (DESCRIBED.contains(w.toLowerCase(Locale.ROOT)) && FAMILY_POINTERS.contains(prev) && located(text, toks, i)) {
                out.add(new Span(toks.get(i - 1).start(), t.end())); // "the woman who runs the nail bar on King St"
                continue;
            }
            if (!capitalised(w) || i > 0 && OFFICE.contains(prev)) {
                continue;
            }
            if (i + 2 < toks.size() && lower(toks.get(i + 1)).equals("who") && DESCRIBED_BY.contains(lower(toks.get(i + 2)))
                    && !names.isAmbiguousOrNotName(w) && !NOT_PEOPLE.contains(w.toLowerCase(Locale.ROOT))) {
                out.add(new Span(t.start(), t.end())); // "Gaz who works at the car wash": any name so described
                continue;
            }
            String next = i + 1 < toks.size() ? lower(toks.get(i + 1)) : "";
            String stem = familyStem(w);
            boolean possessive = w.endsWith("'") || w.endsWith("\u2019") || w.endsWith("'s") || w.endsWith("\u2019s")
                    || t.end() < text.length() && (text.charAt(t.end()) == '\'' || text.charAt(t.end()) == '\u2019');
            boolean schoolYear = i > 1 && prev.chars().allMatch(Character::isDigit) && !prev.isEmpty()
                    && lower(toks.get(i - 2)).equals("year"); // "the Year 10 Barnes kid"
            if ((FAMILY_POINTERS.contains(prev) || schoolYear) && !NOT_FAMILIES.contains(w.toLowerCase(Locale.ROOT))
                    && (stem != null && (names.isSurname(stem) || gaelic(stem))
                    || stem != null && prev.equals("the") && accused(toks, i)
                    && !names.isAmbiguousOrNotName(stem) // "ask the Okafors why", "look at the Brennans"
                    || KIN.contains(next) && (names.isSurname(w) || stem != null && names.isSurname(stem)
                    || !names.isAmbiguousOrNotName(w) && !names.isFirstName(w)) // "the Kowalski kids"
                    // an unlisted surname, plural and placed or owning: "the Kowalskis at number 9", "the Okonkwos' dog"
                    || stem != null && !names.isAmbiguousOrNotName(stem) && (possessive || PLACED_BY.contains(next)))) {
                out.add(new Span(t.start(), t.end())); // "the Hendersons", "the Cooper brothers"
                continue;
            }
            String after = i + 1 < toks.size() ? toks.get(i + 1).text() : "";
            boolean appositive = !prev.equals("the") && names.isFirstName(w) && appositivePlaced(text, toks, i);
            // "Jordan Kyle": a first name after an ambiguous one is a surname too
            boolean surnameNext = capitalised(after) && !names.isAmbiguousOrNotName(after);
            if (prev.equals("the") || !names.isFirstName(w)
                    || names.isAmbiguousOrNotName(w) && !surnameNext && !next.equals("who")
                    && !(PLACES_BY_NAME.contains(next) && i + 3 < toks.size() && (lower(toks.get(i + 2)).equals("the")
                    && !NOT_WORKPLACES.contains(lower(toks.get(i + 3))) || HOUSE.contains(lower(toks.get(i + 2)))
                    && Character.isDigit(toks.get(i + 3).text().charAt(0)))) && !appositive) {
                continue; // "Jordan" alone may be the country; "Jordan Bates", "Jade who works at the chippy" are people
            }
            if (capitalised(after) && !names.isAmbiguousOrNotName(after) && sameRun(text, t, toks.get(i + 1))) {
                out.add(new Span(t.start(), toks.get(i + 1).end())); // "Darren Pike"
                i++;
            } else if (PLACED_BY.contains(next) && sameRun(text, t, toks.get(i + 1)) || appositive) {
                out.add(new Span(t.start(), t.end())); // "Gary from the chippy", "Karen, the receptionist at Parkside"
            }
        }
        return out;
    }

    /** People described rather than named: "the woman who runs the nail bar on King St", "that lad at number 6". */
    private static final Set<String> DESCRIBED = Set.of("woman", "man", "bloke", "lad", "lass", "couple", "fella",
            "guy", "lady", "girl", "boy", "kid", "family", "neighbour", "neighbours", "driver", "owner", "landlord",
            "landlady", "lads", "geezer", "chap");
    /** Words after which a capitalised word or a house number places a described person. */
    private static final Set<String> LOCATORS = Set.of("at", "from", "on", "in", "runs", "owns", "run", "own",
            "number", "no", "flat");
    /** How many words a described person's locator may take: "the woman who runs the nail bar on King St". */
    private static final int DESCRIPTION_REACH = 9;

    /**
     * A described person (round 10) placed within a few words, in the same run of text, by a business, street or house
     * number: a capitalised word or a number after a locator, not one of the council's services. A weak reference:
     * counted only with blame in its sentence, like a first name by its workplace.
     */
    private static boolean located(String text, List<Token> toks, int at) {
        for (int k = at + 1; k < Math.min(toks.size(), at + DESCRIPTION_REACH); k++) {
            if (!sameRun(text, toks.get(k - 1), toks.get(k))) {
                return false;
            }
            String w = toks.get(k).text();
            String before = lower(toks.get(k - 1));
            String lw = w.toLowerCase(Locale.ROOT);
            boolean placed = LOCATORS.contains(before) || before.equals("the") && k >= 2
                    && LOCATORS.contains(lower(toks.get(k - 2)));
            if (placed && (capitalised(w) && !COUNCIL_SERVICES.contains(lw) && !lw.equals("council")
                    || Character.isDigit(w.charAt(0)) && HOUSE.contains(before))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs before "the Xs" that point at a family to accuse it: "ask the Okafors why", "report the Kellys". */
    private static final Set<String> ACCUSED = Set.of("ask", "report", "check", "investigate");

    /**
     * An accusing verb before "the" at {@code at - 1}: "ask the Okafors", or "look at the Brennans" (not a bare "at the
     * Foresters", which is as often a pub).
     */
    private static boolean accused(List<Token> toks, int at) {
        String verb = at > 1 ? lower(toks.get(at - 2)) : "";
        return ACCUSED.contains(verb) || verb.equals("at") && at > 2 && lower(toks.get(at - 3)).equals("look");
    }

    /**
     * A Gaelic surname form, "McGovern", "MacLeod", "O'Hara": a surname whether or not the gazetteer lists it (no
     * place, body or team is so spelt after "the" with a plural).
     */
    private static boolean gaelic(String stem) {
        return stem.length() > 3 && (stem.startsWith("Mc") && Character.isUpperCase(stem.charAt(2))
                || stem.startsWith("Mac") && Character.isUpperCase(stem.charAt(3))
                || (stem.startsWith("O'") || stem.startsWith("O\u2019")) && Character.isUpperCase(stem.charAt(2)));
    }

    /** "Hendersons", "Henderson's", "Hendersons'" to "Henderson"; null when the word is no plural or possessive. */
    private static String familyStem(String w) {
        String s = w.endsWith("'") || w.endsWith("\u2019") ? w.substring(0, w.length() - 1) : w;
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            return s.substring(0, s.length() - 2);
        }
        return s.endsWith("s") && s.length() > 3 ? s.substring(0, s.length() - 1) : null;
    }

    /**
     * "Dave from the council", "Emma from housing": a council worker placed by their service, a target of threats
     * and harassment like anyone but no member of the public to be named in an incident (MD-4).
     */
    static boolean councilWorker(String text, Span reference) {
        String after = text.substring(reference.end(), Math.min(text.length(), reference.end() + 30))
                .toLowerCase(Locale.ROOT);
        if (!after.startsWith(" from ")) {
            return false;
        }
        String rest = after.substring(6);
        rest = rest.startsWith("the ") ? rest.substring(4) : rest;
        int end = 0;
        while (end < rest.length() && Character.isLetter(rest.charAt(end))) {
            end++;
        }
        return COUNCIL_SERVICES.contains(rest.substring(0, end));
    }

    /** Two words separated by a space only (not a full stop or a comma). */
    private static boolean sameRun(String text, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) {
            if (text.charAt(k) != ' ') {
                return false;
            }
        }
        return b.start() > a.end();
    }

    /** A title and its name separated by a space, a full stop and a space, or a full stop: "Mr Okafor", "Mrs. Dale". */
    private static boolean titleRun(String text, Token a, Token b) {
        String between = text.substring(a.end(), b.start());
        return between.equals(" ") || between.equals(". ") || between.equals(".");
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    private static boolean capitalised(String w) {
        if (w.length() > 3 && (w.charAt(1) == '\'' || w.charAt(1) == '\u2019') && Character.isUpperCase(w.charAt(0))) {
            return Character.isUpperCase(w.charAt(2)) && Character.isLowerCase(w.charAt(3)); // "O'Brien", "D'Souza"
        }
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1));
    }
}
