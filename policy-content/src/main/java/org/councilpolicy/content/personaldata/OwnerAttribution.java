package org.councilpolicy.content.personaldata;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.councilpolicy.content.personaldata.OwnerCues.Cue;
import org.councilpolicy.content.personaldata.OwnerCues.Hit;
import org.councilpolicy.core.profile.OwnContacts;

/**
 * Attributes an identifier to its owner before a rule decides whether it is personal data (PD-1), from evidence
 * a reviewer accepts: the number plan (libphonenumber's number types: non-geographic 03, 08 and 09 numbers are
 * organisations' lines), the e-mail domain ({@code organisation-domains.tsv}: public-sector suffixes and known
 * partners; {@code personal-mail-domains.txt}: consumer mailbox providers), the local part
 * ({@code role-mailboxes.txt}), and the words around it ({@link OwnerCues}: "call us", "the team", opening
 * hours, public buildings, or "her", "Mrs", "my neighbour").
 */
final class OwnerAttribution {

    /** A mobile number is a person's unless organisation words come right before it. */
    private static final int MOBILE_WINDOW = 35;
    private static final int ADDRESS_WINDOW = 90;
    private static final int GEOGRAPHIC_WINDOW = 100;
    /** How close before a landline a person must be named, in the council's own text, to make it theirs. */
    private static final int COUNCIL_PERSONAL_WINDOW = 40;
    private static final Set<String> PLACE_HOURS = Set.of("opening hours", "opening times", "office hours",
            "is closed", "will be closed", "closes", "is open", "will be open", "reopens", "will reopen");
    /** A personal word this close before a number outweighs the number plan ("my number is 0901 …"). */
    private static final int PERSONAL_WINDOW = 25;
    private static final List<String> TEXT_RELAY = List.of("18001", "18002");
    /**
     * Titles name a person ("Hi Mrs Shaw, 0300 123 4567 is the council tax line") without saying the number is
     * theirs: unlike "my" or "her mobile", they do not outweigh the number plan.
     */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "mx");

    private OwnerAttribution() {
    }

    /** Whose the telephone number at [start, end) of the cues' text is, in the council's own draft. */
    static Attribution phone(OwnerCues cues, OwnContacts own, int start, int end) {
        return phone(cues, own, start, end, true, 0);
    }

    /**
     * Whose the telephone number at [start, end) of the cues' text is.
     *
     * @param councilSpeaks whether the council's account writes the text (a draft or reply), not a resident (a
     *                      comment): only then is "call 01392 …" the organisation's line
     */
    static Attribution phone(OwnerCues cues, OwnContacts own, int start, int end, boolean councilSpeaks) {
        return phone(cues, own, start, end, councilSpeaks, 0);
    }

    private static Attribution phone(OwnerCues cues, OwnContacts own, int start, int end, boolean councilSpeaks,
                                     int depth) {
        String number = cues.text().substring(start, end);
        if (own.isOwnPhone(number)) {
            return Attribution.of(Owner.COUNCIL, "one of the council's own numbers");
        }
        Hit h = cues.nearestBefore(start, OwnerCues.WINDOW);
        if (h != null && h.cue() == Cue.PERSONAL && h.end() >= start - PERSONAL_WINDOW
                && !TITLES.contains(h.phrase())) {
            return byCue(h); // "my number is …", "her mobile, …": a person's whatever the range
        }
        String plan = cues.nonGeographic(number);
        if (plan != null) {
            return Attribution.of(Owner.ORGANISATION, plan);
        }
        String before = cues.text().substring(Math.max(0, start - 8), start);
        for (String relay : TEXT_RELAY) {
            if (before.contains(relay)) {
                return Attribution.of(Owner.ORGANISATION, "a Relay UK text relay line (" + relay + ")");
            }
        }
        boolean mobile = NumberPlan.mobile(number);
        // "Please call 01392 265000" in the council's own post or reply: the public is told to dial it, so it is
        // an organisation's line, whatever resident the same reply greets or names further back. Not "ring her on
        // …" (the dial verb must come right before the number), and never in a resident's comment.
        String verb = councilSpeaks && !mobile ? DialFrame.dialVerbBefore(cues.text(), start) : null;
        if (verb != null) {
            return Attribution.of(Owner.ORGANISATION, "a geographic line the public is told to dial (\"" + verb
                    + "\")");
        }
        // Only a UK number: "BR: +55 11 …" labels a country, not a service.
        String label = councilSpeaks && !mobile && NumberPlan.nationalDigits(number) != null
                ? DialFrame.labelBefore(cues.text(), start) : null;
        if (label != null) {
            return Attribution.of(Owner.ORGANISATION, "a geographic line labelled with a service's name (\""
                    + label + "\")");
        }
        if (mobile && councilSpeaks && DialFrame.dialVerbBefore(cues.text(), start) != null) {
            // "please text 07781 123456 (our repairs mobile)": the council tells the public to use it and names it
            Hit ours = cues.after(end, 25, Cue.SPEAKER);
            if (ours != null) {
                return Attribution.of(Owner.ORGANISATION, "a mobile the public is told to use, named as the "
                        + "organisation's (\"" + ours.phrase() + "\")");
            }
        }
        if (!mobile && councilSpeaks) {
            // "Hi Mr Dunn, try Building Control on 01392 …": the council points the person it answers at a
            // service named between the verb and the number; the greeting's title does not make the line theirs.
            if (callsFrom(cues, start)) {
                return Attribution.of(Owner.ORGANISATION, "the line the council calls the person from");
            }
            String invite = DialFrame.inviteBefore(cues.text(), start);
            if (invite != null) {
                return Attribution.of(Owner.ORGANISATION, "a geographic line the council gives after \"" + invite
                        + "\"");
            }
            String service = DialFrame.verbBefore(cues.text(), start, true);
            if (service != null) {
                return Attribution.of(Owner.ORGANISATION, "a geographic line the public is told to " + service
                        + ", through a service named before it");
            }
            // The council's own text: a person named further back ("Hi Mrs Shaw, … please contact the depot on
            // 01392 …") does not make a landline theirs; only one named close before it does.
            h = cues.nearestBefore(start, GEOGRAPHIC_WINDOW,
                    x -> x.cue() != Cue.PERSONAL || x.end() >= start - COUNCIL_PERSONAL_WINDOW);
            if (h != null && h.cue() == Cue.PERSONAL && TITLES.contains(h.phrase())) {
                // "Hi Mrs Shaw, 01392 265000 is the number for the depot": a greeting's title is outweighed by
                // the building or service the same sentence names right after the number.
                Hit named = afterNamed(cues, end);
                if (named != null) {
                    return Attribution.of(Owner.ORGANISATION, "a geographic line named after it (\""
                            + named.phrase() + "\"), in a reply that greets a person");
                }
            }
        } else if (!mobile) {
            h = cues.nearestBefore(start, GEOGRAPHIC_WINDOW);
        }
        // A mobile is a person's unless organisation words (not a venue: "Café news: call Jane on 07…") come right
        // before it.
        if (h != null && (!mobile || h.cue() == Cue.PERSONAL
                || (h.end() >= start - MOBILE_WINDOW && h.cue() != Cue.VENUE))) {
            return byCue(h);
        }
        Attribution listed = listedWith(cues, own, start, councilSpeaks, depth);
        if (listed != null) {
            return listed;
        }
        String trade = BusinessNames.tradingNameBefore(cues.text(), start);
        if (trade != null) {
            return Attribution.of(Owner.ORGANISATION, "a business's line, named with its trading name (\"" + trade
                    + "\")");
        }
        // A resident may point others at a service too ("ring Environmental Health on 01392 …"), when the words
        // between name it with a capital; "ring the bloke on …" stays theirs.
        String through = mobile ? null : DialFrame.verbBefore(cues.text(), start, !councilSpeaks);
        if (through != null) {
            return Attribution.of(Owner.ORGANISATION, "a geographic line the public is told to " + through
                    + ", with no person named");
        }
        Hit hours = cues.after(end, 40, Cue.HOURS);
        if (hours != null) {
            return Attribution.of(Owner.ORGANISATION, "published with opening hours or call options (\""
                    + hours.phrase() + "\")");
        }
        Hit named = mobile ? null : cues.after(end, 40, Cue.ORGANISATION);
        if (named != null) {
            return Attribution.of(Owner.ORGANISATION, "a geographic line named after it (\"" + named.phrase() + "\")");
        }
        return mobile ? Attribution.of(Owner.PUBLIC, "a mobile number with no organisation named")
                : Attribution.of(Owner.UNKNOWN, "a geographic number with no organisation named");
    }

    private static final Set<String> NAMING_WORDS = Set.of("is", "the", "number", "line", "for", "of", "our",
            "main", "direct", "local", "phone", "telephone", "which", "that", "this", "it's", "its");
    private static final List<String> CALLS_YOU = List.of("call you", "ring you", "phone you", "contact you",
            "text you");

    /** "We'll call you back on 07… from 01392 …": the number after "from" is the line the council calls from. */
    private static boolean callsFrom(OwnerCues cues, int start) {
        String text = cues.text();
        int e = start;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        if (e < 5 || !text.regionMatches(true, e - 4, "from", 0, 4) || Character.isLetter(text.charAt(e - 5))) {
            return false;
        }
        String sentence = text.substring(cues.sentenceStart(start), e).toLowerCase(Locale.ROOT);
        return CALLS_YOU.stream().anyMatch(sentence::contains);
    }

    /** An organisation, service or building named within 40 characters after a number, same sentence. */
    private static Hit afterNamed(OwnerCues cues, int end) {
        Hit org = cues.after(end, 40, Cue.ORGANISATION);
        Hit named = org != null ? org : cues.after(end, 40, Cue.VENUE);
        if (named == null) {
            return null;
        }
        // Only a line named as such: "… is the number for the depot", "(the council's contact centre)"; not "Mr X
        // called from 01632 … about the noise from the pub".
        for (String w : cues.text().substring(end, named.start()).toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            if (!w.isEmpty() && !NAMING_WORDS.contains(w)) {
                return null;
            }
        }
        return named;
    }

    /** Whose the e-mail address at [start, end) of the cues' text is. */
    static Attribution email(OwnerCues cues, OwnContacts own, int start, int end) {
        return email(cues, own, start, end, 0);
    }

    private static Attribution email(OwnerCues cues, OwnContacts own, int start, int end, int depth) {
        String address = cues.text().substring(start, end);
        if (own.isOwnEmail(address)) {
            return Attribution.of(Owner.COUNCIL, "one of the council's own mailboxes");
        }
        int at = address.lastIndexOf('@');
        String local = address.substring(0, Math.max(0, at)).toLowerCase(Locale.ROOT);
        String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        String org = Mailboxes.organisationDomain(domain);
        if (org != null) {
            return Attribution.of(Owner.ORGANISATION, org);
        }
        Hit h = cues.nearestBefore(start, OwnerCues.WINDOW);
        if (Mailboxes.personalProvider(domain)) {
            // A club's or parish clerk's mailbox on a free provider ("the parish clerk at clerk.stokepc@…",
            // "the Friends of Rock Park at friendsofrockpark@…"): the organisation is named before it and the local
            // part names a role or that organisation, not a person.
            boolean group = h != null && (h.cue() == Cue.ORGANISATION || h.cue() == Cue.VENUE)
                    && (Mailboxes.anyRolePart(local) || namesGroup(cues, h, local));
            return h != null && (h.cue() == Cue.SPEAKER || group) ? byCue(h)
                    : Attribution.of(Owner.PUBLIC, "a personal mailbox provider (" + domain + ")");
        }
        if (Mailboxes.roleMailbox(local) || Mailboxes.organisationStyle(domain) && Mailboxes.serviceMailbox(local)) {
            Hit named = cues.nearestBefore(start, OwnerCues.WINDOW, x -> x.cue() != Cue.CASE && x.cue() != Cue.PERSONAL);
            if (Mailboxes.organisationStyle(domain)) {
                return Attribution.of(Owner.ORGANISATION, "a role mailbox (" + local + "@) on an organisation's "
                        + "domain");
            }
            return named != null || cues.after(end, 60, Cue.ORGANISATION) != null
                    ? Attribution.of(Owner.ORGANISATION, "a role mailbox (" + local + "@) with organisation words")
                    : Attribution.doubtful("a role mailbox (" + local + "@) on a domain of unknown kind",
                    "its local part names a role, not a person: it is probably an organisation's");
        }
        if (h != null) {
            return byCue(h);
        }
        Attribution listed = listedWith(cues, own, start, true, depth);
        return listed != null ? listed : Attribution.of(Owner.UNKNOWN, "a named mailbox on a private domain");
    }

    /**
     * Whether a free provider's local part names the organisation or venue the cue names: its phrase or a word of
     * it ("village hall": "broadclysthall@"), or the capitalised name written before it ("Broadclyst Village Hall").
     */
    private static boolean namesGroup(OwnerCues cues, Hit h, String local) {
        if (local.contains(h.phrase().replace(" ", ""))) {
            return true;
        }
        for (String w : h.phrase().split(" ")) {
            if (w.length() >= 4 && local.contains(w)) {
                return true;
            }
        }
        // the capitalised words of the name before it: "Beacon Heath Community Association" for "beaconheathca@"
        String text = cues.text();
        int e = h.start();
        for (int words = 0; words < 4; words++) {
            while (e > 0 && text.charAt(e - 1) == ' ') {
                e--;
            }
            int b = e;
            while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
                b--;
            }
            if (b == e || !Character.isUpperCase(text.charAt(b))) {
                return false;
            }
            if (e - b >= 4 && local.contains(text.substring(b, e).toLowerCase(Locale.ROOT))) {
                return true;
            }
            e = b;
        }
        return false;
    }

    /** Whose the postcode or address at [start, end) of the cues' text is, from the words before it. */
    static Attribution place(OwnerCues cues, int start, int end) {
        // A building or a person anywhere close before counts; organisation words only right before the address
        // ("Citizens Advice, 4 High Street", "visit us at …"), or heading the address ("Electoral Services, Kilworthy
        // Park, Tavistock, PL19 0BZ"), not "our crews will collect from 14 Meadow View".
        String postTo = AddressChain.postTo(cues, start, ADDRESS_WINDOW);
        if (postTo != null) {
            return Attribution.of(Owner.ORGANISATION, "the address the public is told to " + postTo);
        }
        if (AddressChain.handInAfter(cues, end)) {
            return Attribution.of(Owner.ORGANISATION, "the address where, the text says, the public hands things in");
        }
        Hit h = cues.nearestBefore(start, ADDRESS_WINDOW, x -> x.cue() == Cue.VENUE || x.cue() == Cue.PERSONAL
                || x.cue() != Cue.CASE && !VenueEvidence.serviceDoneAt(cues, x)
                && (cues.adjacent(x.end(), start) || AddressChain.holds(cues, x.end(), start)));
        if (h != null) {
            return byCue(h);
        }
        Hit venue = VenueEvidence.eventOnly(cues, start);
        venue = venue != null ? venue : VenueEvidence.headingAddressBlock(cues, start);
        venue = venue != null ? venue : VenueEvidence.venueAfter(cues, end);
        venue = venue != null ? venue : VenueEvidence.namedBuildingBefore(cues, start);
        venue = venue != null ? venue : VenueEvidence.possessiveHeading(cues, start);
        if (venue != null) {
            return byCue(venue);
        }
        // Only opening hours proper: "collect from 4 Elm Road from 8am" gives a time, not a building's hours.
        Hit hours = cues.after(start, 80, Cue.HOURS);
        if (hours != null && PLACE_HOURS.contains(hours.phrase()) && !caseBefore(cues.text(), start)) {
            return Attribution.of(Owner.ORGANISATION, "published with opening hours (\"" + hours.phrase() + "\")");
        }
        return Attribution.of(Owner.UNKNOWN, "no building, business or organisation named with it");
    }

    /** How far before an address a case's noun makes a later "is open" the case's status, not a building's. */
    private static final int CASE_WINDOW = 60;

    /**
     * "The noise complaint about the parties at 7 … is open": a case noun shortly before the address, in its
     * sentence, so "is open" or "is closed" after it says where the case stands, not a building's hours.
     */
    private static boolean caseBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - CASE_WINDOW), start).toLowerCase(java.util.Locale.ROOT);
        int stop = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf('!'), before.lastIndexOf('?')));
        for (String w : before.substring(stop + 1).split("[^\\p{L}]+")) {
            if (ReplyAddressee.CASE_NOUNS.contains(w) || w.equals("investigation") || w.equals("enquiry")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a resident's address or postcode at [start, end) is tied to their case ("your", "logged"). */
    static String caseLink(OwnerCues cues, int start, int end) {
        Hit h = cues.caseCue(start, end);
        return h == null ? null : "\"" + h.phrase() + "\"";
    }

    private static Attribution byCue(Hit h) {
        String quoted = "\"" + h.phrase() + "\"";
        return switch (h.cue()) {
            case PERSONAL -> Attribution.of(Owner.PUBLIC, "named with a person (" + quoted + ")");
            case SPEAKER -> Attribution.of(Owner.ORGANISATION, "the organisation's own, introduced by " + quoted);
            case VENUE -> Attribution.of(Owner.ORGANISATION, "named with a public building or venue (" + quoted + ")");
            case HOURS -> Attribution.of(Owner.ORGANISATION, "published with opening hours (" + quoted + ")");
            case EVENT -> Attribution.of(Owner.ORGANISATION, "the venue of a public event (" + quoted + ")");
            case ORGANISATION, CASE -> Attribution.of(Owner.ORGANISATION, "named with an organisation or service ("
                    + quoted + ")");
        };
    }

    /**
     * The identifier listed just before, with no words of its own between: "call us on … or …", "email
     * planning@…gov.uk or ring …". When that one is an organisation's, so is this one.
     */
    private static Attribution listedWith(OwnerCues cues, OwnContacts own, int start, boolean councilSpeaks,
                                          int depth) {
        int[] previous = cues.listedAfter(start, 25);
        if (previous == null || depth > 2) {
            return null;
        }
        String token = cues.text().substring(previous[0], previous[1]);
        int at = token.indexOf('@');
        Attribution a;
        if (at >= 0) {
            int[] span = EmailAddressRule.emailAround(cues.text(), previous[0] + at);
            a = span == null ? null : email(cues, own, span[0], span[1], depth + 1);
        } else {
            a = phone(cues, own, previous[0], trimmedEnd(token, previous), councilSpeaks, depth + 1);
        }
        if (a == null || a.owner() == Owner.UNKNOWN) {
            return null;
        }
        return a.owner() == Owner.PUBLIC
                ? Attribution.of(Owner.PUBLIC, "listed with a person's contact (" + a.evidence() + ")")
                : Attribution.of(Owner.ORGANISATION, "listed with an organisation's contact (" + a.evidence() + ")");
    }

    private static int trimmedEnd(String token, int[] span) {
        int e = token.length();
        while (e > 0 && !Character.isDigit(token.charAt(e - 1))) {
            e--;
        }
        return span[0] + e;
    }

    /** The number plan's evidence that a UK number is an organisation's line, or {@code null}. */
    static String nonGeographic(String number) {
        return NumberPlan.nonGeographic(number);
    }
}
