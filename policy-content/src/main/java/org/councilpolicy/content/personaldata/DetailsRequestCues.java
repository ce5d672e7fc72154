package org.councilpolicy.content.personaldata;

import java.util.ArrayList;
import java.util.List;
import org.councilpolicy.core.analysis.AnalysisKey;
import org.councilpolicy.core.analysis.Sentences;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.NormalisedText;

/**
 * Cue phrases of requests for someone's details (PD-2, PD-3): what is asked for, how it is asked, where it
 * should be sent, and negations ("we will never ask…"). One lexicon, scanned once per draft and shared.
 */
final class DetailsRequestCues {

    /** What a cue phrase signals. */
    enum Cue {
        /** Personal details: "your address", "your phone number". */
        DETAIL,
        /** Personal details of area level only: "your postcode". */
        WEAK_DETAIL,
        /** Bank or card data: "your bank details", "sort code", "card number". */
        FINANCIAL,
        /** Asking: "reply with", "can you", "please post", "what's your". */
        ASK,
        /** Asking in a way that may be private: "send us", "dm us". */
        ASK_PRIVATE,
        /** A private or off-platform channel: "DM", "private message", "email us at". */
        PRIVATE,
        /** Off social media altogether: "when you call", "pay online". */
        OFFLINE,
        /** A public place on the platform: "below", "in the comments". */
        PUBLIC,
        /** A warning or negation: "never", "don't", "scam". */
        NEGATION
    }

    private static final String[] DETAIL = {"your address", "your home address", "your full address",
        "your house number", "your name and address", "your full name and address", "your phone number",
        "your telephone number", "your mobile number", "your mobile", "your number", "your contact number",
        "your phone", "your email", "your email address", "your e-mail", "your e-mail address", "your date of birth",
        "your dob", "your d.o.b", "your birthday", "your full name", "your name", "your details",
        "your contact details", "your personal details", "your address details", "your ni number",
        "your national insurance number", "your nhs number", "your council tax reference",
        "your council tax account number", "your account number", "your reference number", "your registration",
        "your reg", "your car registration", "your age", "your full details", "your name, address",
        "your name and phone number", "your name and number", "your name and email", "your address and phone number",
        "your address and postcode", "full name and address", "name and address", "full name and phone number",
        "name, address", "date of birth", "personal details"};
    private static final String[] WEAK_DETAIL = {"your postcode", "your post code", "your street", "your road"};
    private static final String[] FINANCIAL = {"bank details", "your bank details", "bank account details",
        "bank account number", "your bank account", "account number and sort code", "sort code", "card number",
        "card details", "your card details", "your card number", "long card number", "long number on your card",
        "long number on the card", "16 digit number", "16-digit number", "cvv", "cvc", "cv2", "security code",
        "three digit code", "3 digit code", "3-digit code", "three-digit code", "expiry date", "pin number",
        "your pin", "payment details", "your payment details", "card and security number", "debit card details",
        "credit card details", "debit card number", "credit card number", "banking details", "iban",
        "online banking password", "online banking login"};
    private static final String[] ASK = {"reply with", "reply", "post", "comment", "comment with", "tell us",
        "let us know", "give us", "leave", "pop", "drop", "put", "write", "provide", "confirm", "can you",
        "could you", "can i have", "could we have", "can we have", "please", "what's your", "what is your",
        "whats your", "what are your", "share", "include", "add", "need", "we need", "we'll need",
        "we will need", "we require", "we'll need your", "we just need", "just need", "type", "list", "state",
        "enter", "provide us with", "supply", "respond with", "answer with", "need your", "would you"};
    private static final String[] ASK_PRIVATE = {"send", "send us", "send over", "dm", "dm us", "message us",
        "pm us", "inbox us", "message", "inbox", "email", "email us", "text us", "whatsapp"};
    private static final String[] PRIVATE = {"dm", "d.m", "dm us", "direct message", "direct messages",
        "private message", "private messages", "pm", "pm us", "privately", "in private", "inbox", "inbox us",
        "message us", "send us a message", "messenger", "email us", "e-mail us", "email us at", "by email",
        "via email", "call us", "ring us", "phone us", "online form", "our website", "contact centre",
        "webchat", "web chat", "secure form", "securely", "not publicly", "not here", "rather than here",
        "rather than posting", "instead of posting", "contact us", "get in touch", "report it online",
        "report online", "via the app", "through our website", "on our website", "customer services"};
    private static final String[] OFFLINE = {"when you call", "when you ring", "over the phone", "by phone",
        "on the phone", "pay online", "online at", "our website", "secure payment", "payment page",
        "in person", "at reception", "at the counter", "by post", "direct debit form", "paperless direct debit",
        "set up a direct debit", "automated payment line", "payment line",
        // Naming the kind of identifier an official service will ask for is telling, not asking (issue 11):
        // "you'll need your National Insurance number to apply online", "have your bank details ready".
        "you'll need", "you will need", "you'd need", "you need", "you'll be asked", "you will be asked",
        "will ask for", "will ask you for", "ready", "to hand", "handy", "when you apply", "apply online",
        "when you register", "when you claim", "to sign in", "to log in", "to create an account", "on the form", "the online form", "application form", "at your appointment", "bring", "before you call",
        "before you ring", "gov.uk", "nhs app", "you can find", "is on your", "is printed on", "is shown on",
        // Told to a service's phone line: "ring the repairs line on 0300 … and quote your address" (issue 11)
        "ring the", "call the", "phone the", "ring our", "call our", "phone our", "give us a call", "give us a ring",
        "and quote", "quote it", "when you get through",
        // An official online service the public types it into (round 9): "enter your postcode on our bin day
        // finder", "in the app", "on the portal", "in your online account"
        "finder", "checker", "look-up", "lookup", "portal", "the app", "our app", "in the app", "self-service",
        "my account", "online account", "web form", "e-form", "eform", "online service",
        "online services", "search box", "on the website", "on our site"};
    private static final String[] PUBLIC = {"below", "in the comments", "in the comment", "here", "publicly",
        "in this thread", "on this post", "under this post", "in a reply", "in your reply", "reply to this",
        "on this page", "on here", "in the replies"};
    private static final String[] NEGATION = {"never", "don't", "do not", "dont", "please don't", "no need to",
        "not to", "shouldn't", "should not", "won't", "will not", "wouldn't", "would never", "nobody", "no one",
        "beware", "scam", "scams", "scammer", "scammers", "fraud", "fraudsters", "fraudulent", "phishing",
        "if anyone", "if someone", "if you get", "if you receive", "avoid", "careful", "be wary", "wary",
        "suspicious", "fake", "criminals", "cold callers", "never ask", "not ask", "don't share", "do not share",
        "don't post", "do not post", "keep your", "protect your", "remove your", "removed your", "hidden your",
        "deleted your", "we've removed", "we have removed", "hidden", "for your safety", "for your own safety"};

    private static final Lexicon<Cue> LEXICON = build();
    /** What is asked for: most drafts have none of these, and then the full scan is skipped. */
    private static final Lexicon<Cue> TRIGGERS = triggers();
    private static final AnalysisKey<DetailsRequestCues> KEY = AnalysisKey.of("personaldata.request-cues", DetailsRequestCues::new);

    /** Most cue hits in one group (a sentence, or a slice of an endless one). */
    static final int MAX_HITS = 64;

    /** A cue found in the draft. */
    record Hit(Cue cue, Span span, int sentence) {
    }

    final List<Hit> hits;
    /** The hits grouped by sentence, in text order; sentences without a hit are left out. */
    final List<List<Hit>> sentences;

    private DetailsRequestCues(TextAnalysis analysis) {
        NormalisedText nt = analysis.normalised();
        if (!TRIGGERS.containsAny(nt)) {
            // nothing asked for: no sentences to split (every rule reading these cues stops at an empty list)
            this.hits = List.of();
            this.sentences = List.of();
            return;
        }
        Sentences sentences = analysis.sentences();
        List<Hit> out = new ArrayList<>();
        for (LexiconMatch<Cue> m : LEXICON.findAll(nt)) {
            out.add(new Hit(m.payload(), m.original(), sentences.sentenceAt(m.original().start())));
        }
        this.hits = List.copyOf(out);
        // findAll returns hits by start, so each sentence's hits are consecutive: one linear pass groups them.
        // A "sentence" with more than MAX_HITS cues (hostile text with no full stop) is cut, so the rules' work
        // on one group stays bounded and the whole stays linear.
        List<List<Hit>> groups = new ArrayList<>();
        int from = 0;
        for (int k = 1; k <= hits.size(); k++) {
            if (k == hits.size() || hits.get(k).sentence() != hits.get(from).sentence() || k - from == MAX_HITS) {
                groups.add(hits.subList(from, k));
                from = k;
            }
        }
        this.sentences = List.copyOf(groups);
    }

    static DetailsRequestCues of(String text, RuleContext ctx) {
        return TextAnalysis.of(ctx, text).get(KEY);
    }

    static DetailsRequestCues of(String text) {
        return TextAnalysis.of(text).get(KEY);
    }

    private static Lexicon<Cue> build() {
        Lexicon.Builder<Cue> b = Lexicon.builder();
        add(b, DETAIL, Cue.DETAIL);
        add(b, WEAK_DETAIL, Cue.WEAK_DETAIL);
        add(b, FINANCIAL, Cue.FINANCIAL);
        add(b, ASK, Cue.ASK);
        add(b, ASK_PRIVATE, Cue.ASK_PRIVATE);
        add(b, PRIVATE, Cue.PRIVATE);
        add(b, OFFLINE, Cue.OFFLINE);
        add(b, PUBLIC, Cue.PUBLIC);
        add(b, NEGATION, Cue.NEGATION);
        return b.build();
    }

    private static Lexicon<Cue> triggers() {
        Lexicon.Builder<Cue> b = Lexicon.builder();
        add(b, DETAIL, Cue.DETAIL);
        add(b, WEAK_DETAIL, Cue.WEAK_DETAIL);
        add(b, FINANCIAL, Cue.FINANCIAL);
        return b.build();
    }

    private static void add(Lexicon.Builder<Cue> b, String[] phrases, Cue cue) {
        for (String p : phrases) {
            b.add(p, cue);
        }
    }

    /** Whether any hit of {@code cues} is in {@code hits}. */
    static boolean any(List<Hit> hits, Cue... cues) {
        for (Hit h : hits) {
            for (Cue c : cues) {
                if (h.cue() == c) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a hit of {@code cue} starts before {@code offset}. */
    static boolean anyBefore(List<Hit> hits, Cue cue, int offset) {
        for (Hit h : hits) {
            if (h.cue() == cue && h.span().start() < offset) {
                return true;
            }
        }
        return false;
    }

    /** The span from the nearest hit of one of {@code asks} to {@code target}, covering both. */
    static Span request(List<Hit> hits, Span target, Cue... asks) {
        Hit best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Hit h : hits) {
            boolean isAsk = false;
            for (Cue c : asks) {
                isAsk |= h.cue() == c;
            }
            if (!isAsk) {
                continue;
            }
            int d = h.span().end() <= target.start() ? target.start() - h.span().end()
                    : Math.max(0, h.span().start() - target.end());
            if (d < bestDistance) {
                bestDistance = d;
                best = h;
            }
        }
        if (best == null) {
            return target;
        }
        int start = Math.min(best.span().start(), target.start());
        int end = Math.max(best.span().end(), target.end());
        // "Can you" + "reply with": take in asking words that run straight into the chosen one
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Hit h : hits) {
                boolean isAsk = false;
                for (Cue c : asks) {
                    isAsk |= h.cue() == c;
                }
                if (isAsk && h.span().start() < start && h.span().end() >= start - 2) {
                    start = h.span().start();
                    grew = true;
                }
            }
        }
        return new Span(start, end);
    }
}
