package org.councilpolicy.content.personaldata;

import java.util.List;
import java.util.Map;
import org.councilpolicy.core.text.Lexicon;

/**
 * The kinds of nearby words that make a structured number what it looks like ("NHS number", "sort code",
 * "passport"...). One lexicon for all of them, so a draft is scanned for context once.
 */
enum IdentifierContext {
    PHONE, NHS, NI, CARD, BANK_SORT_CODE, BANK_ACCOUNT, PASSPORT, LICENCE, VEHICLE, BIRTH, STREET, REFERENCE;

    private static final Map<IdentifierContext, List<String>> WORDS = Map.ofEntries(
            Map.entry(PHONE, List.of("phone", "phones", "phone number", "number", "numbers", "no.", "tel", "tel.",
                    "telephone", "call", "calls", "ring", "mobile", "mob", "text", "txt", "whatsapp", "contact",
                    "landline", "cell")),
            Map.entry(NHS, List.of("nhs", "nhs no", "nhs number", "patient", "patient number", "hospital number",
                    "hospital no", "gp", "medical record", "health number", "chi number")),
            Map.entry(NI, List.of("national insurance", "ni number", "ni no", "nino", "nat ins")),
            Map.entry(CARD, List.of("card", "credit card", "debit card", "card number", "visa", "mastercard",
                    "amex")),
            Map.entry(BANK_SORT_CODE, List.of("sort code", "sortcode", "s/c")),
            Map.entry(BANK_ACCOUNT, List.of("account number", "account no", "acc no", "acct no", "a/c", "a/c no",
                    "account", "acc", "acct", "bank account", "bank details")),
            Map.entry(PASSPORT, List.of("passport", "passports", "passport number", "passport no")),
            Map.entry(LICENCE, List.of("licence", "license", "licences", "licenses", "driving", "dvla",
                    "driver number", "driver's licence", "drivers licence")),
            Map.entry(VEHICLE, List.of("car", "cars", "vehicle", "vehicles", "reg", "reg.", "registration",
                    "number plate", "numberplate", "plate", "plates", "van", "vans", "lorry", "truck", "parked",
                    "parking", "driver", "drivers", "motorbike", "motorcycle", "taxi", "vrm", "4x4", "suv",
                    "hatchback", "estate car", "caravan", "motorhome", "pcn")),
            Map.entry(BIRTH, List.of("born", "dob", "d.o.b", "d.o.b.", "date of birth", "birthday", "birth date",
                    "birthdate", "b'day")),
            Map.entry(STREET, List.of("street", "st", "st.", "road", "rd", "rd.", "lane", "ln", "avenue", "ave",
                    "close", "drive", "way", "crescent", "place", "terrace", "hill", "court", "gardens", "row",
                    "square", "walk", "mews", "park", "grove", "parade", "rise", "view", "green", "meadow",
                    "meadows", "cottages", "barton", "cross", "flat", "apartment")),
            // Words that announce some other kind of number: a code after them is a reference, not an identity.
            Map.entry(REFERENCE, List.of("reference", "ref", "ref.", "booking", "order", "invoice", "ticket",
                    "case", "application", "permit", "claim", "receipt", "transaction", "policy", "membership",
                    "scheme", "title", "company number", "charity number", "uprn", "pcn", "serial")));

    /** Every context word, each with its kind; built once. */
    static final Lexicon<IdentifierContext> LEXICON = build();

    private static Lexicon<IdentifierContext> build() {
        Lexicon.Builder<IdentifierContext> b = Lexicon.builder();
        WORDS.forEach((kind, words) -> words.forEach(w -> b.add(w, kind)));
        return b.build();
    }
}
