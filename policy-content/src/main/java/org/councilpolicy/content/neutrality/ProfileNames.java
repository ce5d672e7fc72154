package org.councilpolicy.content.neutrality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.profile.NamedPerson;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.SharedKey;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.LexiconMatch;

/**
 * The names a profile gives (its councillors, officers, public figures, partners and the council itself) as
 * one lexicon, built when a rule is prepared. Immutable and thread-safe.
 */
public final class ProfileNames {

    /** What a name belongs to. */
    public enum Kind {
        /** One of the council's elected members. */
        COUNCILLOR,
        /** One of the council's officers (staff). */
        OFFICER,
        /** A public figure the profile names, such as the local MP. */
        PUBLIC_FIGURE,
        /** A partner organisation. */
        PARTNER,
        /** The council itself: its name, short name or web domain. */
        COUNCIL
    }

    /**
     * One name found in a text.
     *
     * @param kind  whose name it is
     * @param start start in the normalised text
     * @param end   end in the normalised text, exclusive
     * @param party the councillor's or public figure's party, or {@code null}
     */
    public record Found(Kind kind, int start, int end, String party) {
    }

    private record Entry(Kind kind, String party) {
    }

    private static final SharedKey<List<Found>> FOUND = SharedKey.named("neutrality.profile-names");

    private final Lexicon<Entry> lexicon;

    private ProfileNames(Lexicon<Entry> lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * A draft check that is handed the profile's names, read once when the engine is built: how the neutrality
     * and conduct rules that need only those names prepare, by composition rather than a shared base class.
     *
     * @param profile the council profile
     * @param check   the check, given each draft, its context and the names
     * @return the prepared check
     */
    public static Check<Draft> checkWith(Profile profile, NamesCheck check) {
        ProfileNames names = of(profile);
        return (draft, ctx) -> check.check(draft, ctx, names);
    }

    /** A draft check that needs the names the profile lists. */
    @FunctionalInterface
    public interface NamesCheck {
        /**
         * Checks one draft.
         *
         * @param draft the draft
         * @param ctx   where to report findings
         * @param names the people and organisations the profile lists
         */
        void check(Draft draft, RuleContext ctx, ProfileNames names);
    }

    /**
     * Builds the lexicon of a profile's names: each person's name and aliases, its partners, the council's names
     * and its web domains (names of fewer than three letters or digits are left out: they would match ordinary words).
     * Call it when a rule is prepared, not per draft.
     *
     * @param profile the council's profile
     * @return the names, ready to find in texts
     */
    public static ProfileNames of(Profile profile) {
        Objects.requireNonNull(profile, "profile");
        Lexicon.Builder<Entry> b = Lexicon.builder();
        int[] count = {0};
        addPeople(b, profile.namedPeople().councillors(), Kind.COUNCILLOR, count);
        addPeople(b, profile.namedPeople().officers(), Kind.OFFICER, count);
        addPeople(b, profile.namedPeople().publicFigures(), Kind.PUBLIC_FIGURE, count);
        for (String partner : profile.namedPeople().partners()) {
            add(b, partner, new Entry(Kind.PARTNER, null), count);
        }
        for (String name : councilNames(profile.council())) {
            add(b, name, new Entry(Kind.COUNCIL, null), count);
        }
        for (String domain : profile.ownContacts().domains()) {
            add(b, domain, new Entry(Kind.COUNCIL, null), count);
        }
        return new ProfileNames(count[0] == 0 ? null : b.build());
    }

    private static void addPeople(Lexicon.Builder<Entry> b, List<NamedPerson> people, Kind kind, int[] count) {
        for (NamedPerson p : people) {
            Entry e = new Entry(kind, p.party());
            add(b, p.name(), e, count);
            for (String alias : p.aliases()) {
                add(b, alias, e, count);
            }
        }
    }

    private static void add(Lexicon.Builder<Entry> b, String phrase, Entry e, int[] count) {
        if (phrase != null && phrase.codePoints().filter(Character::isLetterOrDigit).count() >= 3) {
            for (String v : Vocabulary.variants(phrase.strip().replaceFirst("^@", ""))) {
                b.add(v, e);
                count[0]++;
            }
        }
    }

    /**
     * The council's names: each council of a shared service ("South Hams District Council and West Devon
     * Borough Council") and its short form ("South Hams").
     */
    static List<String> councilNames(String council) {
        List<String> out = new ArrayList<>();
        if (council == null) {
            return out;
        }
        for (String part : council.split(" and ")) {
            String name = part.strip();
            if (name.toLowerCase(Locale.ROOT).startsWith("a ") || name.length() < 4) {
                continue; // "A UK council": the default profile has no name of its own
            }
            out.add(name);
            String shortName = CouncilNameParts.shortName(name);
            if (shortName.length() >= 4 && !shortName.equalsIgnoreCase(name)) {
                out.add(shortName);
            }
        }
        return out;
    }

    /**
     * The names found in a draft's text, computed once per draft and shared between the rules that use them.
     *
     * @param draft   the draft being checked
     * @param context the rule context of that check
     * @return the longest names found, in text order, with offsets in the normalised text
     */
    public List<Found> find(Draft draft, RuleContext context) {
        DraftSignals signals = DraftSignals.of(draft, context);
        return context.shared(FOUND, () -> find(signals));
    }

    /**
     * The names found in an analysed text.
     *
     * @param signals the analysed text
     * @return the longest names found, in text order, with offsets in the normalised text
     */
    public List<Found> find(DraftSignals signals) {
        if (lexicon == null) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        for (LexiconMatch<Entry> m : lexicon.findLongest(signals.text())) {
            out.add(new Found(m.payload().kind(), m.start(), m.end(), m.payload().party()));
        }
        return List.copyOf(out);
    }

    /**
     * Whether a handle or account name (e.g. {@code @CllrJaneSmith}) is a councillor's: it says "cllr" or
     * "councillor", or contains the name or an alias (of four letters or more) of one of the profile's
     * councillors, ignoring case, spaces and punctuation.
     *
     * @param account the handle or account name
     * @param profile the profile whose councillors are named
     * @return whether it looks like a councillor's account
     */
    public boolean isCouncillorHandle(String account, Profile profile) {
        String key = squash(account);
        if (key.contains("cllr") || key.contains("councillor")) {
            return true;
        }
        for (NamedPerson p : profile.namedPeople().councillors()) {
            if (key.contains(squash(p.name()))) {
                return true;
            }
            for (String a : p.aliases()) {
                if (squash(a).length() >= 4 && key.contains(squash(a))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
