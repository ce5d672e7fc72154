package org.councilpolicy.content.personaldata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilpolicy.core.text.DataLines;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.NormalisedText;
import org.councilpolicy.core.text.WordMap;

/**
 * The word lists behind the people detectors, loaded once per class loader (immutable after that).
 *
 * <p>Single words (names, street types, titles…) sit in one hash table of bit flags, looked up once per word of a
 * draft; phrases of several words (multi-word places, context cues such as "thanks to" or "lives at") sit in one
 * {@link Lexicon}, scanned once per draft. Both are linear in the draft.
 */
final class PeopleTerms {

    // Flags of single (normalised, lower-case) words.
    static final int FIRST = 1;
    static final int SURNAME = 1 << 1;
    static final int AMBIGUOUS = 1 << 2;
    static final int NOT_NAME = 1 << 3;
    static final int STREET_TYPE = 1 << 4;
    static final int HOUSE_WORD = 1 << 5;
    static final int TITLE = 1 << 6;
    static final int ROLE_BEFORE = 1 << 7;
    static final int ROLE_AFTER = 1 << 8;
    static final int SCHOOL = 1 << 9;
    static final int ADULT_ROLE = 1 << 10;
    static final int FLAT_WORD = 1 << 11;
    static final int VENUE_WORD = 1 << 12;
    static final int STOP = 1 << 13;
    /** An everyday lower-case English word ({@code everyday-words.txt}): not an unlisted surname. */
    static final int COMMON = 1 << 14;

    /** What a phrase of the cue lexicon signals. */
    enum Cue {
        /** A place, venue or organisation of several words: its words are not a name. */
        NOT_NAME,
        /** Precedes a private person's name: "resident", "thanks to", "her son". */
        PERSON_BEFORE,
        /** Follows a private person's name: "for reporting", "who lives". */
        PERSON_AFTER,
        /** Says an address is someone's home: "lives at", "outside number". */
        RESIDENTIAL,
        /** Says an address is a venue or a public works site: "held at", "road closure". */
        PUBLIC_PLACE,
        /** Says a name belongs to a public role: "the Prime Minister". */
        PUBLIC_ROLE,
        /**
         * Greets or thanks someone: "Hi", "Thanks", "Well done". A first and last name after it is a person's; a
         * first name alone is not reported (replying "Thanks Sarah" to the person who wrote is no disclosure) unless
         * the reply carries that person's case details ({@link ReplyAddressee}).
         */
        GREETING,
        /**
         * A fault or works on the street: "streetlight", "pothole", "drain". An address next to one is a works site
         * in the council's own post, but the resident's home in a reply, a councillor's casework post or a
         * resident's comment ("the streetlight outside 15 Farm Lane" is reported from someone's house).
         */
        WORKS_SITE
    }

    private static final String[] TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "mister"};
    private static final String[] ROLES_BEFORE = {"cllr", "councillor", "councilor", "mayor", "king", "queen",
        "prince", "princess", "sir", "dame", "lord", "lady", "baroness", "baron", "duke", "duchess", "earl",
        "bishop", "rev", "revd", "reverend", "canon", "father", "pc", "dc", "sgt", "sergeant", "inspector",
        "superintendent", "constable", "chief", "professor", "prof", "st", "saint", "captain", "capt", "minister",
        "secretary", "chancellor", "president", "judge", "justice", "commissioner", "officer", "mp", "mps",
        "headteacher", "coach", "manager", "director", "chair", "chairman", "chairwoman", "leader", "deputy",
        "cabinet", "colonel", "general", "admiral", "commander", "lieutenant", "corporal", "private", "councillors", "cllrs",
        "pcso", "pcsos", "warden", "ranger"};
    private static final String[] ROLES_AFTER = {"mp", "msp", "ms", "mla", "mep", "obe", "mbe", "cbe", "kbe", "dbe",
        "qc", "kc", "jp", "frs", "cllr", "councillor", "mayor", "street", "road", "lane", "close", "ltd", "limited",
        "plc", "llp", "inc", "trust", "foundation", "school", "primary", "academy", "college", "hall", "centre",
        "park", "house", "way", "avenue", "court", "memorial", "award", "awards", "cup", "trophy", "fund",
        "appeal", "building", "ward", "field", "fields", "gardens", "arms", "inn", "hotel", "cottage", "farm"};
    private static final String[] HOUSE_WORDS = {"cottage", "cottages", "house", "farm", "farmhouse", "barn", "lodge",
        "villa", "bungalow", "manor", "rectory", "vicarage", "mill", "hall", "grange", "chalet"};
    private static final String[] SCHOOL_WORDS = {"reception", "nursery", "preschool", "pre-school", "primary",
        "school", "academy", "class", "pupil", "infants", "juniors", "playgroup", "creche", "schoolboy",
        "schoolgirl", "classmates", "year", "sixth-former", "sixth-formers", "schoolkids", "schoolchildren",
        // Welsh and Gaelic: school, class, reception class ("Nia o Ysgol y Garnedd", "Dosbarth Derbyn")
        "ysgol", "dosbarth", "sgoil"};
    private static final String[] ADULT_ROLES = {"headteacher", "head", "teacher", "teachers", "governor",
        "governors", "staff", "principal", "caretaker", "chair", "mum", "dad", "mother", "father", "parent",
        "parents", "grandparent", "grandmother", "grandfather", "gran", "grandad", "nan", "volunteer", "coach",
        "assistant", "manager", "lead", "senco", "cook", "chef", "councillor", "cllr", "officer", "director"};
    private static final String[] FLAT_WORDS = {"flat", "apartment", "apt", "unit", "suite", "room"};
    private static final String[] VENUE_WORDS = {"hall", "centre", "center", "library", "museum", "church", "chapel",
        "school", "academy", "college", "office", "offices", "club", "hotel", "inn", "pub", "cafe", "café",
        "restaurant", "shop", "store", "surgery", "station", "venue", "theatre", "cinema", "gallery", "pavilion",
        "guildhall", "market", "pharmacy", "bank", "hospital", "clinic", "practice", "depot", "tip", "park",
        "garage", "chambers", "studio", "studios", "works", "institute", "arms", "tavern", "bakery", "salon"};
    private static final String[] STOP_WORDS = {"the", "a", "an", "and", "or", "of", "on", "in", "at", "to", "for",
        "from", "with", "by", "our", "your", "their", "this", "that", "out", "up", "off", "all", "not", "no", "is",
        "are", "was", "will", "be", "we", "you", "it", "its", "if", "as", "so", "but"};

    private static final String[] PERSON_BEFORE = {"resident", "residents", "local resident", "neighbour",
        "neighbours", "my neighbour", "her neighbour", "his neighbour", "neighbor", "tenant", "the tenant",
        "tenants", "landlord", "homeowner", "householder", "occupant", "occupier", "the driver", "driver",
        "the cyclist", "the pedestrian", "the owner", "owner", "the victim", "victim", "patient", "customer",
        "claimant", "applicant", "complainant", "constituent", "her son", "his son", "their son", "her daughter",
        "his daughter", "their daughter", "her husband", "his wife", "her partner", "his partner", "her mother",
        "his mother", "her father", "his father", "my son", "my daughter", "my husband", "my wife", "my partner",
        "her sister", "his brother", "his sister", "her brother", "his mum", "her mum", "their mum", "his dad",
        "her dad", "their dad", "his grandad", "her grandad", "their grandad", "his gran", "her gran", "grandad",
        "grandma", "a man named", "a woman named", "a man called", "a woman called", "named",
        "called", "man", "woman", "local man", "local woman", "gentleman", "lady called", "pensioner",
        "grandmother", "grandfather", "widow", "widower", "thanks to", "thank you to", "huge thanks to",
        "big thanks to", "diolch i", "well done to", "congratulations to", "shout out to", "shout-out to", "a big thank you to",
        "thanks go to", "hats off to", "kudos to", "fair play to", "cheers to", "birthday to", "contact", "spoke to", "speaking to", "visited", "met",
        "reported by", "complaint from", "complaint by", "a complaint from", "concerns raised by",
        "request from", "fined", "prosecuted", "convicted", "sentenced", "charged", "arrested", "banned",
        "evicted", "rip", "in memory of", "friend", "carer", "family of", "the family of",
        "welcome to", "say hello to", "pictured", "pictured are",
        // who did it: "handed in by Bob Marsh", "photo by Anwen Griffiths"
        "handed in by", "found by", "spotted by", "returned by", "donated by", "organised by", "run by",
        "raised by", "made by", "knitted by", "painted by", "photo by", "picture by", "taken by", "volunteer",
        "our volunteer", "volunteers", "our volunteers", "the couple", "couple",
        // whose it is, whom it remembers, who won the award: "a purse belonging to …", "in memory of …"
        "belonging to", "belongs to", "property of", "memory of", "of the year is", "of the month is", "of the week is",
        // who an award went to, whom a post remembers or wishes well: "the trophy goes to …", "Remembering …"
        "goes to", "went to", "awarded to", "presented to", "remembering", "tribute to", "tributes to",
        // whose death or funeral a post reports: "the late …", "the death of …"
        "the late", "death of", "passing of", "funeral of", "funeral for",
        "birthday wishes to", "happy birthday to", "best wishes to", "good luck to", "farewell to",
        // a form filled in by the resident: "Name: …", "my name is …"
        "name", "my name is", "full name", "i'm", "i am", "this is",
        // whom a councillor or officer met: "Lovely to catch up with …", "chatting with …"
        "catch up with", "caught up with", "catching up with", "chat with", "chatted with", "chatting with",
        "chatted to", "chatting to", "spoke with", "speaking with", "popped in to see", "visiting",
        // whom a resident sends callers to: "ring …, ask for Babs"
        "ask for", "asking for",
        // whom a found thing or a question is put to: "If you're …, your keys are at …", "Does anyone know …?"
        "if you're", "if you are", "are you", "anyone know", "does anyone know", "anybody know"};
    private static final String[] GREETING = {"hi", "hello", "hiya", "hey", "dear", "thanks", "thank you",
        "many thanks", "cheers", "well done", "congratulations", "congrats", "good morning", "morning",
        "good afternoon", "afternoon", "good evening", "evening", "sorry", "meet",
        // an apology or thanks for what the person told us, opening the reply: "Sorry about that Gemma."
        "sorry about that", "sorry to hear that", "apologies", "thanks for that", "thank you for that",
        // Welsh and Scottish Gaelic greetings and thanks, as councils in Wales and the Highlands reply
        "diolch", "diolch yn fawr", "helo", "shwmae", "bore da", "prynhawn da", "noswaith dda",
        "madainn mhath", "feasgar math", "tapadh leat", "tapadh leibh"};
    private static final String[] PERSON_AFTER = {"for reporting", "who reported", "who lives", "who live",
        "who lived", "lives at", "lives in", "living at", "of number", "a resident", "a local resident",
        "a tenant", "a pensioner", "who was", "who has been", "has been fined", "was fined", "was prosecuted",
        "has been prosecuted", "pleaded guilty", "was convicted", "was sentenced", "was ordered", "was arrested",
        "reported", "complained", "told us", "said", "says", "contacted us", "rang us", "called us", "emailed us",
        "got in touch", "aged", "age", "whose", "from number", "at number", "of flat", "has asked", "asked us",
        // what people do in thanks posts, found property and community news
        "found", "handed", "handed in", "rescued", "spotted", "returned", "celebrated", "celebrates", "celebrate",
        "celebrating", "married", "volunteered", "volunteers", "has volunteered", "organised", "organises",
        "planted", "raised", "donated", "collected", "cleared", "won", "completed", "helped", "retired", "retires",
        "turned", "turns", "knitted", "baked", "painted", "picked up", "walked", "cycled", "lost", "thanked",
        "tended", "looked after", "looks after", "has lived", "have lived", "and her husband", "and his wife",
        "and family", "and friends", "together", "both",
        // what private people do in community news: "… runs the toddler group", "… has knitted 500 hats"
        "runs the", "who runs", "has knitted", "has cleared", "has planted", "has raised", "has run", "has won",
        "has lived", "has fostered", "has helped", "has organised", "has collected", "has donated",
        "who has died", "has died", "died", "passed away", "who died"};
    private static final String[] RESIDENTIAL = {"lives at", "living at", "lived at", "live at", "lives on",
        "living on", "resident of", "residents of", "resident at", "the resident at", "outside number",
        "outside no", "at number", "from number", "of number", "the house at", "house at", "property at",
        "home at", "her home", "his home", "their home", "my home", "home address", "address is", "neighbour at",
        "neighbours at", "tenant at", "tenant of", "the occupant of", "occupier of", "knocked on", "knock on",
        "door of", "garden of", "front garden", "back garden", "driveway", "noise from", "nuisance at",
        "complaint about", "eviction", "evicted", "fined", "prosecuted", "fly-tipped outside", "dumped outside",
        "outside the house", "his house", "her house", "their house", "your home", "your house",
        "your property", "outside your", "householder", "homeowner", "the occupier", "the occupant",
        "the tenant", "the landlord", "moved to", "staying at", "family at",
        // who lives there, as residents write it in comments: "the people at 14 Broadway", "the bloke at …"
        "people at", "whoever lives at", "whoever is at", "bloke at", "man at", "woman at", "lady at", "guy at",
        "kids at", "lot at", "those at", "them at", "one at", "couple at", "landlord of", "owner of", "owners of",
        "lives there", "live there", "the house on"};
    private static final String[] PUBLIC_PLACE = {"held at", "takes place at", "taking place at", "will be at",
        "venue", "come along", "join us", "drop in", "drop-in", "pop in", "pop along", "open day", "opening",
        "open from", "open at", "now open", "reopens", "event", "events", "session", "sessions", "workshop",
        "exhibition", "meeting", "consultation", "roadworks", "road works", "road closure", "road closed",
        "closed", "closure", "diversion", "resurfacing", "traffic", "parking", "car park", "bus stop",
        "lane closure", "temporary traffic lights", "surgery", "office", "offices", "reception",
        "customer service", "help desk", "collection point", "polling station", "polling stations", "vaccination",
        "clinic", "market", "fair", "festival", "fete", "concert", "show", "talk", "tour", "class", "classes",
        "club", "library", "museum", "shop", "business", "businesses", "trader", "traders", "premises",
        "restaurant", "cafe", "café", "pub", "hotel", "warm space", "food bank", "foodbank", "ticket", "tickets",
        "booking", "book now", "find us at", "visit us at", "located at", "based at", "address of the venue",
        "call in", "volunteer", "volunteers", "find out more", "bench", "defibrillator", "toilets", "play area", "playground", "planning application",
        "application", "site", "development", "homes", "new homes", "scheme"};
    private static final String[] WORKS_SITE = {"streetlight", "street light", "pothole", "potholes", "gully",
        "drain", "works"};
    private static final String[] PUBLIC_ROLE = {"the prime minister", "prime minister", "the king", "the queen",
        "secretary of state", "the minister", "minister for", "member of parliament", "the mp", "police and crime commissioner",
        "chief executive", "chief constable", "the mayor", "lord lieutenant", "high sheriff", "the leader",
        "leader of the council", "deputy leader", "head of", "director of", "portfolio holder", "executive member",
        "cabinet member", "council leader", "chair of", "chairman of", "vice-chair of", "member for", "leads the council",
        "ward councillor", "ward member"};

    private static final PeopleTerms INSTANCE = new PeopleTerms();

    private final Map<String, Integer> words;
    private final Lexicon<Cue> cues;
    private final List<String> firstNames;
    private final List<String> surnames;

    private PeopleTerms() {
        Map<String, Integer> w = new HashMap<>(8192);
        firstNames = readList("people-first-names.txt");
        surnames = readList("people-surnames.txt");
        for (String s : firstNames) {
            add(w, s, FIRST);
        }
        for (String s : surnames) {
            add(w, s, SURNAME);
        }
        for (String s : readList("everyday-words.txt")) {
            add(w, s, COMMON);
        }
        for (String s : readList("people-ambiguous-names.txt")) {
            add(w, s, AMBIGUOUS);
        }
        Lexicon.Builder<Cue> lex = Lexicon.builder();
        for (String s : readList("people-not-names.txt")) {
            if (s.indexOf(' ') >= 0) {
                lex.add(s, Cue.NOT_NAME);
            } else {
                add(w, s, NOT_NAME);
            }
        }
        for (String s : readList("street-types.txt")) {
            if (s.indexOf(' ') < 0) {
                add(w, s, STREET_TYPE);
            }
        }
        addAll(w, TITLES, TITLE);
        addAll(w, ROLES_BEFORE, ROLE_BEFORE);
        addAll(w, ROLES_AFTER, ROLE_AFTER);
        addAll(w, HOUSE_WORDS, HOUSE_WORD);
        addAll(w, SCHOOL_WORDS, SCHOOL);
        addAll(w, ADULT_ROLES, ADULT_ROLE);
        addAll(w, FLAT_WORDS, FLAT_WORD);
        addAll(w, VENUE_WORDS, VENUE_WORD);
        addAll(w, STOP_WORDS, STOP);
        this.words = WordMap.copyOf(w);
        addPhrases(lex, PERSON_BEFORE, Cue.PERSON_BEFORE);
        addPhrases(lex, PERSON_AFTER, Cue.PERSON_AFTER);
        addPhrases(lex, RESIDENTIAL, Cue.RESIDENTIAL);
        addPhrases(lex, PUBLIC_PLACE, Cue.PUBLIC_PLACE);
        addPhrases(lex, WORKS_SITE, Cue.WORKS_SITE);
        addPhrases(lex, PUBLIC_ROLE, Cue.PUBLIC_ROLE);
        addPhrases(lex, GREETING, Cue.GREETING);
        this.cues = lex.build();
    }

    static PeopleTerms get() {
        return INSTANCE;
    }

    /** The flags of one normalised word (0 when it is in no list). */
    int flags(String normalisedWord) {
        Integer f = words.get(normalisedWord);
        return f == null ? 0 : f;
    }

    /**
     * A first name in the Scottish Gaelic lenited form, which "do", "à", "aig" give it ("taing do Sheumas", "à
     * Mhàiri"): an "h" after a first consonant that lenites; the flag of the name without it. Read only after such
     * a preposition ({@link #leniting}) and for a word in no list itself, so "Charles" or "Shona" keep their own.
     */
    /** Gaelic prepositions after which a name is lenited: "do Sheumas" (to), "à Mhàiri" (from), "aig", "le", "ri". */
    private static final java.util.Set<String> LENITING = java.util.Set.of("do", "à", "aig", "le", "ri", "bho", "mu", "gu");

    /** Whether the normalised word {@code w} is a Gaelic preposition that lenites the name after it. */
    static boolean leniting(String w) {
        return LENITING.contains(w);
    }

    int lenitedFlags(String normalisedWord) {
        char c = normalisedWord.charAt(0);
        if ("bcdfgmpst".indexOf(c) < 0) {
            return 0;
        }
        return flags(c + normalisedWord.substring(2)) & FIRST;
    }

    /**
     * The flags a hyphenated word takes from its parts when it is in no list itself: "Ellie-Mae", "Kerry-Ann" are
     * first names when every part is one; "Hughes-Jones" a surname when every part is one.
     */
    int compoundFlags(String normalisedWord) {
        if (normalisedWord.indexOf('-') <= 0) {
            return 0;
        }
        boolean first = true;
        boolean surname = true;
        for (String part : normalisedWord.split("-")) {
            int f = part.isEmpty() ? 0 : flags(part);
            first &= (f & FIRST) != 0;
            surname &= (f & SURNAME) != 0;
        }
        return (first ? FIRST : 0) | (surname ? SURNAME : 0);
    }

    Lexicon<Cue> cues() {
        return cues;
    }

    List<String> firstNames() {
        return firstNames;
    }

    List<String> surnames() {
        return surnames;
    }

    private static void addAll(Map<String, Integer> w, String[] list, int flag) {
        for (String s : list) {
            add(w, s, flag);
        }
    }

    private static void addPhrases(Lexicon.Builder<Cue> lex, String[] list, Cue cue) {
        for (String s : list) {
            lex.add(s, cue);
        }
    }

    private static void add(Map<String, Integer> w, String word, int flag) {
        w.merge(key(word), flag, (a, b) -> a | b);
    }

    /** The normalised form a word of a draft is looked up by. */
    static String key(String word) {
        return NormalisedText.of(word).text();
    }

    private static List<String> readList(String resource) {
        return DataLines.read(PeopleTerms.class, resource);
    }
}
