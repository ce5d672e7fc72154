package org.councilpolicy.content.messages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The wording of replies (IN-4, IN-5, IN-6, IN-8): the profile's own templates where it has them, the library's
 * wording otherwise, with requests for whatever is missing added. A template that itself asks for an email is
 * used only when the requester gave none, as FOI 8.1 introduces Suffolk's wording. The short form always fits
 * {@link Acknowledgement#SHORT_LIMIT} characters. Immutable and thread-safe.
 */
final class Acknowledgements {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final String fullTemplate;
    private final String shortTemplate;
    private final String informationTeam;
    private final String complaintsTeam;
    /** Whether the council's own wording already asks for an email (then we do not ask twice). */
    private final boolean fullAsksForEmail;
    private final boolean shortAsksForEmail;

    Acknowledgements(MessageSettings settings, String complaintsTeam) {
        this.fullTemplate = settings.acknowledgementFull();
        this.shortTemplate = settings.acknowledgementShort();
        this.informationTeam = settings.informationTeam();
        this.complaintsTeam = complaintsTeam;
        this.fullAsksForEmail = fullTemplate != null && mentions(fullTemplate, "email");
        this.shortAsksForEmail = shortTemplate != null && mentions(shortTemplate, "email");
    }

    /** The acknowledgement of a recognised request. */
    Acknowledgement request(RequestType type, String name, LocalDate due, String reference,
                            List<MissingDetail> missing, boolean askName, boolean publicChannel, boolean complaint) {
        boolean noAddress = missing.contains(MissingDetail.ADDRESS);
        boolean noName = askName && missing.contains(MissingDetail.NAME);
        String typeName = typeName(type);
        String dueText = DATE.format(due);
        String full;
        // A council template that asks for an email is the wording for when none was given (FOI 8.1: "Where an
        // email has not already been provided a suggested response is"); otherwise the library's wording.
        // A template that names the FOI team is the wording for FOI requests only: an environmental or subject
        // access request gets the library's wording, which names its own kind of request.
        boolean useFull = fullTemplate != null && (noAddress || !fullAsksForEmail) && fitsType(fullTemplate, type);
        if (useFull) {
            full = fill(fullTemplate, name, dueText, reference, typeName);
        } else {
            String who = type == RequestType.SAR ? "our information team, who look after personal data and will reply by "
                    : "our information team, who will reply by ";
            full = "Thank you for your " + typeName + " request" + (name == null ? "" : ", " + name)
                    + ". We have passed it to " + who + dueText + "."
                    + (reference == null ? "" : " Your reference is " + reference + ".");
        }
        full = withMissing(full, type, noName, noAddress && !(useFull && fullAsksForEmail), false);
        if (type == RequestType.SAR) {
            full += missing.contains(MissingDetail.AUTHORITY)
                    ? " As the information is about someone else, please send us their signed consent or your power of"
                    + " attorney, and we will need to confirm your identity, before we send any personal data."
                    : " We will need to confirm your identity before we send you any personal data.";
            if (publicChannel) {
                full += " To protect your privacy, please send us a private message rather than posting details here.";
            }
        }
        if (complaint) {
            full += " We have also passed your complaint to " + complaintsTeam + ".";
        }

        String libraryShort = "Thanks for your " + typeName + " request. We've passed it to our information team, who"
                + " will reply by " + dueText + ".";
        String shortForm = shortTemplate != null && (noAddress || !shortAsksForEmail) && fitsType(shortTemplate, type)
                ? shortWithMissing(fill(shortTemplate, name, dueText, reference, typeName), shortAsksForEmail,
                        libraryShort, type, noName, noAddress, complaint)
                : shortWithMissing(libraryShort, false, libraryShort, type, noName, noAddress, complaint);
        return new Acknowledgement(full, shortForm);
    }

    /** The preferred wording with what is missing asked for, else the library's, else cut to fit. */
    private static String shortWithMissing(String preferred, boolean preferredAsksForEmail, String fallback,
                                           RequestType type, boolean noName, boolean noAddress, boolean complaint) {
        String extra = complaint ? " We've passed your complaint on too." : "";
        String[] bases = {preferred, fallback};
        boolean[] asks = {preferredAsksForEmail, false};
        for (int i = 0; i < 2; i++) {
            String s = withMissing(bases[i], type, noName, noAddress && !asks[i], true);
            if (length(s) + length(extra) <= Acknowledgement.SHORT_LIMIT) {
                return s + extra;
            }
            if (length(s) <= Acknowledgement.SHORT_LIMIT) {
                return s;
            }
        }
        return truncate(withMissing(fallback, type, noName, noAddress, true));
    }

    /** Asks the customer whether they want the question handled as a request (IN-5). */
    Acknowledgement askIfRequest(RequestType type, boolean complaint) {
        String as = type == RequestType.EIR ? "a request for environmental information"
                : "a Freedom of Information request";
        String full = "Thank you for your question. Would you like us to handle it as " + as + "? If so, please send "
                + "your full name and an email address, and we will pass it to our information team.";
        String shortForm = "Would you like us to handle your question as " + as + "? If so, please send your full "
                + "name and an email address.";
        if (complaint) {
            full += " We have also passed your complaint to " + complaintsTeam + ".";
        }
        return new Acknowledgement(full, shortForm);
    }

    /** Diverts a complaint (IN-6). */
    Acknowledgement complaint() {
        String full = "We're sorry to hear about this. So that your complaint is recorded and answered properly, we "
                + "handle complaints through " + complaintsTeam + ": please send us a private message with your name "
                + "and contact details and we will pass it on.";
        String shortForm = truncate("Sorry to hear this. Please DM us your name and contact details and we'll pass "
                + "your complaint to " + complaintsTeam + ".");
        return new Acknowledgement(full, shortForm);
    }

    /** The fire service's "make an FOI request" reply (IN-8). */
    Acknowledgement suggestFoiRequest() {
        String where = informationTeam == null ? "our information team" : informationTeam;
        String full = "Thank you for your question. We can't share details like this about incidents on social "
                + "media. If you would like this information, please make a Freedom of Information request to "
                + where + ", who will consider what can be released.";
        String shortForm = truncate("Thanks for your question. We can't share incident details on social media, but "
                + "you can make a Freedom of Information request to " + where + ".");
        return new Acknowledgement(full, shortForm);
    }

    private static String withMissing(String s, RequestType type, boolean noName, boolean noAddress, boolean brief) {
        String needs = type == RequestType.FOI ? " A Freedom of Information request needs your full name"
                : " To handle your request we need your full name";
        if (noName && noAddress) {
            return s + (brief ? " Please DM us your full name and an email address."
                    : needs + " and an address for the reply: please send us your full name and an email address we "
                    + "can use.");
        }
        if (noName) {
            return s + (brief ? " Please DM us your full name too." : needs + ": please send it to us.");
        }
        if (noAddress) {
            return s + (brief ? " Please DM us your email address."
                    : " So that the team can send you the response, please reply to this message with an email "
                    + "address we can use.");
        }
        return s;
    }

    /** A template that names FOI without a {type} placeholder fits FOI requests only. */
    private static boolean fitsType(String template, RequestType type) {
        if (type == RequestType.FOI || template.contains("{type}")) {
            return true;
        }
        String t = template.toLowerCase(Locale.ROOT);
        return !t.contains("freedom of information") && !t.contains("foi ");
    }

    private static boolean mentions(String s, String word) {
        return s.toLowerCase(Locale.ROOT).contains(word);
    }

    static String typeName(RequestType type) {
        return switch (type) {
            case FOI -> "Freedom of Information";
            case EIR -> "environmental information";
            case SAR -> "subject access";
            case NONE -> "";
        };
    }

    /** Fills {name}, {due}, {type}, {reference}; a missing value is left out and the spacing tidied. */
    static String fill(String template, String name, String due, String reference, String typeName) {
        String s = template.replace("{name}", name == null ? "" : name)
                .replace("{due}", due == null ? "" : due)
                .replace("{type}", typeName)
                .replace("{reference}", reference == null ? "" : reference);
        return tidy(s);
    }

    private static String tidy(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char prev = b.length() == 0 ? 0 : b.charAt(b.length() - 1);
            if (c == ' ' && (prev == ' ' || b.length() == 0)) {
                continue;
            }
            if ((c == ',' || c == '.' || c == '!' || c == '?') && prev == ' ') {
                b.setLength(b.length() - 1);
                prev = b.length() == 0 ? 0 : b.charAt(b.length() - 1);
            }
            if (c == ',' && (prev == ',' || prev == 0)) {
                continue;
            }
            b.append(c);
        }
        return b.toString().strip();
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Cuts at a word boundary to fit, ending with an ellipsis; never splits a surrogate pair. */
    static String truncate(String s) {
        if (length(s) <= Acknowledgement.SHORT_LIMIT) {
            return s;
        }
        int end = s.offsetByCodePoints(0, Acknowledgement.SHORT_LIMIT - 1);
        int space = s.lastIndexOf(' ', end);
        if (space > end / 2) {
            end = space;
        }
        return s.substring(0, end).stripTrailing() + "\u2026";
    }
}
