package org.councilpolicy.testkit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.councilpolicy.core.rule.PersonalDataKind;

/**
 * jqwik generators of realistic UK council drafts (bins, roadworks, events, planning, consultations,
 * libraries, parks, council tax, elections), clean or with personal data planted at known offsets,
 * for property tests that nothing a council publishes leaks:
 *
 * <pre>{@code
 * @Property
 * void plantedPhoneNumbersAreBlocked(@ForAll("phones") PlantedText draft) {
 *     Report report = engine.check(Draft.of(draft.text()));
 *     for (Planted p : draft.planted()) {
 *         assertThat(report).hasFindingOverlapping(p.start(), p.end()).withKind(p.kind());
 *     }
 * }
 *
 * @Provide
 * Arbitrary<PlantedText> phones() {
 *     return Drafts.withPlanted(PersonalDataKind.PHONE);
 * }
 * }</pre>
 *
 * <p>The values are fictional and safe to publish in test code, yet shaped like real ones: e-mail
 * addresses on the reserved {@code example.com}, {@code example.org} and {@code example.net}
 * domains; phone numbers from Ofcom's drama ranges (07700 900xxx, 01632 960xxx, 0113 496 0xxx,
 * 020 7946 0xxx…) written spaced, dashed, bracketed or with +44; NHS numbers in the 999 test range
 * with a valid mod-11 check digit; card numbers on issuers' test prefixes with a valid Luhn digit; GB
 * IBANs with valid mod-97 check digits; National Insurance numbers with prefixes HMRC issues;
 * driving licence numbers built as the DVLA builds them. Values that need context to be personal
 * data (NHS, passport, National Insurance and driving licence numbers, dates of birth, vehicle
 * registrations, bank accounts) come with it ("NHS number", "born on", "car registration"…).
 *
 * <p>A planted sentence plants only its own kind; it is inserted between the sentences of a clean
 * draft. Clean drafts hold no personal data: no e-mail address, no run of six or more digits, no
 * postcode, no title before a name. They do hold the look-alikes real posts hold (road numbers like
 * the A38, times, prices, dates in words, council web addresses and hashtags), so they test
 * precision too.
 *
 * <p>Needs jqwik on the test class path ({@code net.jqwik:jqwik}); the rest of the test kit does not.
 */
public final class Drafts {

    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z]+)}");

    private Drafts() {
    }

    /**
     * Council drafts with no personal data in them.
     *
     * @return drafts of one to three sentences, nothing planted
     */
    public static Arbitrary<PlantedText> clean() {
        return cleanSentences().map(sentences -> assemble(sentences, List.of(), List.of()));
    }

    /**
     * Council drafts with one value of {@code kind} planted among clean sentences.
     *
     * @param kind what to plant
     * @return drafts with exactly one planted value, of that kind
     */
    public static Arbitrary<PlantedText> withPlanted(PersonalDataKind kind) {
        Objects.requireNonNull(kind, "kind");
        return Combinators.combine(cleanSentences(), fragment(kind), Arbitraries.integers().between(0, 3))
                .as((sentences, plant, position) -> assemble(sentences, List.of(plant), List.of(position)));
    }

    /**
     * Council drafts with one to three values planted, each of any kind.
     *
     * @return drafts with at least one planted value
     */
    public static Arbitrary<PlantedText> withAnyPlanted() {
        Arbitrary<Fragment> anyFragment = Arbitraries.of(PersonalDataKind.class).flatMap(Drafts::fragment);
        return Combinators.combine(cleanSentences(), anyFragment.list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.integers().between(0, 3).list().ofSize(3))
                .as(Drafts::assemble);
    }

    /**
     * The bare values the generators plant, without a sentence around them: for unit tests of a
     * single detector. For the kinds that need context, the value alone may rightly not be flagged.
     *
     * @param kind the kind
     * @return values of that kind, such as {@code 07700 900123} for {@link PersonalDataKind#PHONE}
     */
    public static Arbitrary<String> values(PersonalDataKind kind) {
        Objects.requireNonNull(kind, "kind");
        return switch (kind) {
            case EMAIL -> emails();
            case PHONE -> phones();
            case POSTCODE -> postcodes();
            case STREET_ADDRESS -> streetAddresses();
            case PERSON_NAME -> personNames();
            case CHILD -> children();
            case NI_NUMBER -> niNumbers();
            case NHS_NUMBER -> nhsNumbers();
            case PAYMENT_CARD -> paymentCards();
            case BANK_ACCOUNT -> bankAccounts();
            case IBAN -> ibans();
            case DATE_OF_BIRTH -> datesOfBirth();
            case VEHICLE_REG -> vehicleRegs();
            case PASSPORT -> Arbitraries.strings().numeric().ofLength(8).map(s -> "1" + s);
            case DRIVING_LICENCE -> drivingLicences();
            case REQUEST_FOR_DETAILS -> Arbitraries.of(
                    "Please reply with your full address and phone number so we can look into this",
                    "Can you post your postcode and house number below so the crew can find it",
                    "Reply here with your email address and date of birth and we will check your account",
                    "Could you share your name and address in the comments so we can arrange a collection",
                    "Just comment with your mobile number and one of the team will call you back");
            case FINANCIAL_REQUEST -> Arbitraries.of(
                    "Please send us your bank details so we can refund the overpayment",
                    "Reply with your card number and expiry date to pay the fine today",
                    "Message us your sort code and account number to receive your grant",
                    "To claim the council tax rebate, comment with your card details",
                    "Send your full card number and security code to this page to renew your permit");
        };
    }

    // ---- assembling drafts ------------------------------------------------------------------------

    /** A piece of text and what is planted in it, offsets relative to the piece. */
    private record Fragment(String text, List<Planted> planted) {
    }

    private static PlantedText assemble(List<String> clean, List<Fragment> plants, List<Integer> positions) {
        List<Fragment> parts = new ArrayList<>();
        clean.forEach(s -> parts.add(new Fragment(s, List.of())));
        // A closing hashtag stays last: planted sentences go before it.
        boolean tagged = !clean.isEmpty() && clean.get(clean.size() - 1).startsWith("#");
        for (int i = 0; i < plants.size(); i++) {
            int at = Math.min(positions.get(i % positions.size()), parts.size() - (tagged ? 1 : 0));
            parts.add(at, plants.get(i));
        }
        StringBuilder text = new StringBuilder();
        List<Planted> planted = new ArrayList<>();
        for (Fragment part : parts) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int offset = text.length();
            text.append(part.text());
            part.planted().forEach(p -> planted.add(p.shift(offset)));
        }
        return new PlantedText(text.toString(), planted);
    }

    private static Arbitrary<List<String>> cleanSentences() {
        Arbitrary<String> body = Arbitraries.oneOf(CLEAN_TEMPLATES.stream().map(Drafts::template).toList());
        Arbitrary<String> ending = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("#SHDC", "#WDBC", "#Suffolk", "#Rushcliffe", "#ScotBorders",
                        "#RecycleRight", "#LoveYourLibrary")));
        return Combinators.combine(body.list().ofMinSize(1).ofMaxSize(3).uniqueElements(), ending)
                .as((sentences, tag) -> {
                    if (tag.isEmpty()) {
                        return sentences;
                    }
                    List<String> withTag = new ArrayList<>(sentences);
                    withTag.add(tag);
                    return withTag;
                });
    }

    private static Arbitrary<Fragment> fragment(PersonalDataKind kind) {
        Arbitrary<String> sentence = Arbitraries.oneOf(PLANT_TEMPLATES.get(kind).stream().map(Drafts::template).toList());
        return Combinators.combine(sentence, values(kind)).as((s, value) -> {
            int at = s.indexOf("{v}");
            String text = s.substring(0, at) + value + s.substring(at + 3);
            return new Fragment(text, List.of(new Planted(kind, at, at + value.length())));
        });
    }

    /** Fills a template's {@code {slot}}s (other than {@code {v}}) from the slot vocabularies. */
    private static Arbitrary<String> template(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = SLOT.matcher(template);
        while (m.find()) {
            if (!m.group(1).equals("v")) {
                names.add(m.group(1));
            }
        }
        if (names.isEmpty()) {
            return Arbitraries.just(template);
        }
        List<Arbitrary<String>> slots = names.stream().map(Drafts::slot).toList();
        return Combinators.combine(slots).as(values -> {
            StringBuilder out = new StringBuilder();
            Matcher mm = SLOT.matcher(template);
            int i = 0;
            while (mm.find()) {
                mm.appendReplacement(out, Matcher.quoteReplacement(mm.group(1).equals("v") ? "{v}" : values.get(i++)));
            }
            mm.appendTail(out);
            // A slot may open the sentence ("the A38 in Totnes will be closed…").
            return Character.toUpperCase(out.charAt(0)) + out.substring(1);
        });
    }

    private static Arbitrary<String> slot(String name) {
        return switch (name) {
            case "place" -> Arbitraries.of("Totnes", "Ivybridge", "Kingsbridge", "Dartmouth", "Tavistock", "Okehampton",
                    "Ipswich", "Lowestoft", "Felixstowe", "Sudbury", "Bury St Edmunds", "West Bridgford", "Bingham",
                    "Galashiels", "Hawick", "Peebles", "Kelso", "Salcombe");
            case "day" -> Arbitraries.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday");
            case "date" -> Combinators.combine(Arbitraries.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                            "Saturday"), Arbitraries.integers().between(1, 28),
                    Arbitraries.of("January", "February", "March", "April", "May", "June", "July", "September",
                            "October", "November", "December"))
                    .as((d, n, month) -> d + " " + n + " " + month);
            case "time" -> Arbitraries.of("9am", "10am", "7.30pm", "6pm", "noon", "2pm", "10:00", "18:30");
            case "road" -> Arbitraries.of("the A38", "the A12", "the B3196", "Fore Street", "Station Road", "Bridge Street",
                    "Ringmore Lane", "Mill Hill", "Church Street", "the High Street", "Ropewalk", "Market Place");
            case "url" -> Combinators.combine(Arbitraries.of("southhams.gov.uk", "westdevon.gov.uk", "eastsuffolk.gov.uk",
                            "rushcliffe.gov.uk", "scotborders.gov.uk", "suffolk.gov.uk"),
                    Arbitraries.of("bins", "roadworks", "haveyoursay", "planning", "libraries", "counciltax", "events"))
                    .as((site, path) -> site + "/" + path);
            case "service" -> Arbitraries.of("green bin", "garden waste", "recycling", "food waste", "black bin");
            case "count" -> Arbitraries.of("12", "24", "48", "120", "250", "36");
            case "price" -> Arbitraries.of("£2.50", "£5", "£12", "£45", "£60", "£1.20");
            case "year" -> Arbitraries.of("2025/26", "2026", "2026/27");
            case "route" -> Arbitraries.of("X38", "164", "92", "3A");
            default -> throw new IllegalStateException("no vocabulary for slot {" + name + "}");
        };
    }

    // ---- clean council text -----------------------------------------------------------------------

    private static final List<String> CLEAN_TEMPLATES = List.of(
            // bins and recycling
            "Green bin collections resume on {date}. Check your collection day at {url}.",
            "Because of the bank holiday, {service} collections in {place} will be a day late this week.",
            "Please put your {service} bin out by {time} on your collection day.",
            "Garden waste subscriptions for {year} are now open: {price} a year at {url}.",
            "Recycling centres are open from {time} every day except Christmas Day and New Year's Day.",
            "Fly-tipping on {road}? Report it at {url} and our team will clear it.",
            // roads
            "{road} in {place} will be closed from {date} for resurfacing, with a signed diversion.",
            "Gritters are out tonight on priority routes around {place}; please drive carefully.",
            "Temporary traffic lights will be in place on {road} from {time} while repairs are carried out.",
            "The {route} bus will divert away from {road} until the roadworks finish.",
            // events
            "Join us in {place} on {date} from {time} for our free family fun day.",
            "The {place} Christmas lights switch-on is on {date} at {time}, with stalls from local makers.",
            "Tickets for the {place} food festival are {price} for adults and free for under-fives.",
            // planning
            "A planning application for {count} homes off {road}, {place}, is open for comments until {date}.",
            "The planning committee meets on {date} at {time}; papers are published at {url}.",
            // consultations
            "Have your say on our draft parking strategy for {place}: the consultation closes on {date}.",
            "We want your views on the future of {place} leisure centre. Take the survey at {url}.",
            // libraries
            "{place} library will stay open until {time} on {day}s from {date}.",
            "Our summer reading challenge starts on {date} at every library, including {place}.",
            "Free computer help sessions run every {day} at {place} library from {time}.",
            // parks, council tax, elections, services
            "The play area at {place} recreation ground is closed on {date} while new equipment is installed.",
            "Council tax bills for {year} are on their way. You can pay online at {url}.",
            "Register to vote by {date} if you want to have your say in the local elections.",
            "Our customer service centre in {place} is closed on {date} for staff training.",
            "Well done to the {place} in Bloom volunteers on their gold award this year!",
            "Beach lifeguards return to {place} from {date}. Always swim between the red and yellow flags.",
            "Parking in {place} car parks is free after {time} on {day}s in December.");

    // ---- sentences that plant one kind ({v} is the value) -----------------------------------------

    private static final Map<PersonalDataKind, List<String>> PLANT_TEMPLATES = new EnumMap<>(PersonalDataKind.class);

    static {
        PLANT_TEMPLATES.put(PersonalDataKind.EMAIL, List.of(
                "If you saw what happened, email {v} with details.",
                "Send your entries to {v} by {date}.",
                "Residents can contact {v} about the street party on {road}."));
        PLANT_TEMPLATES.put(PersonalDataKind.PHONE, List.of(
                "For more information call {v}.",
                "Ring {v} if you have any questions about the event.",
                "To book a place, phone {v} before {date}."));
        PLANT_TEMPLATES.put(PersonalDataKind.POSTCODE, List.of(
                "We've logged the missed collection at {v} and the crew will return on {day}.",
                "The fly-tipping reported near {v} has now been cleared.",
                "Thanks, the resident in {v} has been sent a replacement bin."));
        PLANT_TEMPLATES.put(PersonalDataKind.STREET_ADDRESS, List.of(
                "The resident at {v} has asked for a replacement bin.",
                "Please collect the bulky waste from {v} on {day}.",
                "A noise complaint about {v} in {place} is being investigated."));
        PLANT_TEMPLATES.put(PersonalDataKind.PERSON_NAME, List.of(
                "Thanks to {v} for reporting the broken streetlight on {road}.",
                "{v} has asked us to look into the missed collection.",
                "We have passed the complaint from {v} to the waste team."));
        PLANT_TEMPLATES.put(PersonalDataKind.CHILD, List.of(
                "Congratulations to {v} on winning our recycling poster competition!",
                "Well done to {v}, who designed this year's library card.",
                "Our road safety mascot was named by {v}."));
        PLANT_TEMPLATES.put(PersonalDataKind.NI_NUMBER, List.of(
                "The National Insurance number given on the form was {v}.",
                "Please confirm NI number {v} before the claim is processed.",
                "His national insurance number is {v}, according to the application."));
        PLANT_TEMPLATES.put(PersonalDataKind.NHS_NUMBER, List.of(
                "Their NHS number is {v}.",
                "NHS number {v} was given on the referral form.",
                "The care assessment for NHS No. {v} is booked for {date}."));
        PLANT_TEMPLATES.put(PersonalDataKind.PAYMENT_CARD, List.of(
                "The card used for the parking permit was {v}.",
                "Payment was taken from card number {v} twice by mistake.",
                "The refund will go back to card {v}."));
        PLANT_TEMPLATES.put(PersonalDataKind.BANK_ACCOUNT, List.of(
                "The refund was paid to sort code {v} by mistake.",
                "Housing benefit is being paid into sort code {v} from {date}."));
        PLANT_TEMPLATES.put(PersonalDataKind.IBAN, List.of(
                "The IBAN on the supplier's invoice was {v}.",
                "The grant was transferred to {v} on {date}."));
        PLANT_TEMPLATES.put(PersonalDataKind.DATE_OF_BIRTH, List.of(
                "The man, born on {v}, was last seen in {place}.",
                "The form gives a date of birth of {v}.",
                "Happy birthday to our oldest resident in {place}, born {v}!"));
        PLANT_TEMPLATES.put(PersonalDataKind.VEHICLE_REG, List.of(
                "A car with registration {v} has been parked on the verge on {road} for weeks.",
                "The van, reg {v}, was seen fly-tipping near {place}.",
                "A penalty notice was issued to the car registration {v} on {date}."));
        PLANT_TEMPLATES.put(PersonalDataKind.PASSPORT, List.of(
                "The applicant's passport number {v} was included in the form.",
                "ID checked: passport no. {v}."));
        PLANT_TEMPLATES.put(PersonalDataKind.DRIVING_LICENCE, List.of(
                "Driving licence {v} was attached to the parking permit application.",
                "The driving licence number given was {v}."));
        PLANT_TEMPLATES.put(PersonalDataKind.REQUEST_FOR_DETAILS, List.of("{v}."));
        PLANT_TEMPLATES.put(PersonalDataKind.FINANCIAL_REQUEST, List.of("{v}."));
    }

    // ---- values -------------------------------------------------------------------------------------

    private static final List<String> FIRST_NAMES = List.of("Jane", "Sarah", "David", "Michael", "Emma", "Priya",
            "Mohammed", "Siobhan", "Gareth", "Aileen", "Tomasz", "Grace", "Hannah", "Rhys");
    private static final List<String> SURNAMES = List.of("Whitfield", "Pemberton", "Hargreaves", "Okonkwo", "Trelawney",
            "MacLeod", "Kowalski", "Ashworth", "Penhaligon", "Fairbairn", "Morgan", "Lee", "Castellano", "Brennan");

    private static Arbitrary<String> emails() {
        Arbitrary<String> first = Arbitraries.of(FIRST_NAMES).map(String::toLowerCase);
        Arbitrary<String> last = Arbitraries.of(SURNAMES).map(String::toLowerCase);
        Arbitrary<String> local = Arbitraries.oneOf(
                Combinators.combine(first, last).as((f, l) -> f + "." + l),
                Combinators.combine(first, last).as((f, l) -> f.charAt(0) + l),
                Combinators.combine(last, Arbitraries.integers().between(1, 99)).as((l, n) -> l + n),
                Combinators.combine(first, last).as((f, l) -> f + "_" + l));
        Arbitrary<String> domain = Arbitraries.of("example.com", "example.org", "example.net", "mail.example.com",
                "residents.example.org");
        return Combinators.combine(local, domain).as((l, d) -> l + "@" + d);
    }

    /** A drama-range number as its national groups, e.g. ["0113", "496", "0123"]. */
    private static Arbitrary<List<String>> phoneGroups() {
        Arbitrary<String> three = Arbitraries.integers().between(0, 999).map(n -> String.format("%03d", n));
        return Arbitraries.oneOf(
                three.map(n -> List.of("07700", "900" + n)),
                three.map(n -> List.of("01632", "960" + n)),
                Combinators.combine(Arbitraries.of("0113", "0114", "0115", "0116", "0117", "0118", "0121", "0131",
                        "0141", "0151", "0161"), three).as((area, n) -> List.of(area, "496", "0" + n)),
                three.map(n -> List.of("020", "7946", "0" + n)),
                three.map(n -> List.of("029", "2018", "0" + n)),
                three.map(n -> List.of("028", "9018", "0" + n)));
    }

    private static Arbitrary<String> phones() {
        return Combinators.combine(phoneGroups(), Arbitraries.integers().between(0, 6)).as((g, style) -> {
            String rest = String.join(" ", g.subList(1, g.size()));
            String international = g.get(0).substring(1);
            return switch (style) {
                case 0 -> String.join(" ", g);
                case 1 -> String.join("", g);
                case 2 -> String.join("-", g);
                case 3 -> "(" + g.get(0) + ") " + rest;
                case 4 -> "+44 " + international + " " + rest;
                case 5 -> "+44" + international + String.join("", g.subList(1, g.size()));
                default -> "+44 (0)" + international + " " + rest;
            };
        });
    }

    private static Arbitrary<String> postcodes() {
        String units = "ABDEFGHJLNPQRSTUWXYZ";
        Arbitrary<Character> unit = Arbitraries.of(units.chars().mapToObj(c -> (char) c).toList());
        Arbitrary<String> outward = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of("TQ", "PL", "EX", "IP", "NR", "CB", "NG", "LE", "TD", "EH", "SW", "SE"),
                        Arbitraries.integers().between(1, 29)).as((a, d) -> a + d),
                Combinators.combine(Arbitraries.of("B", "L", "M", "S", "G", "N", "E"),
                        Arbitraries.integers().between(1, 40)).as((a, d) -> a + d));
        return Combinators.combine(outward, Arbitraries.integers().between(0, 9), unit, unit,
                        Arbitraries.integers().between(0, 5))
                .as((out, digit, u1, u2, style) -> out + (style == 0 ? "" : " ") + digit + u1 + u2);
    }

    private static Arbitrary<String> streetAddresses() {
        Arbitrary<String> street = Combinators.combine(
                Arbitraries.of("Acacia", "Mill", "Orchard", "Victoria", "Meadow", "Harbour", "Chapel", "Windmill",
                        "Beech", "Kingfisher", "Tamar", "Primrose"),
                Arbitraries.of("Road", "Avenue", "Close", "Lane", "Street", "Drive", "Crescent", "Way", "Gardens"))
                .as((a, b) -> a + " " + b);
        return Combinators.combine(Arbitraries.integers().between(1, 199), Arbitraries.of("", "", "", "a", "b"), street,
                        Arbitraries.integers().between(0, 5))
                .as((n, letter, s, flat) -> (flat == 0 ? "Flat " + (n % 9 + 1) + ", " + (n + 3) : String.valueOf(n))
                        + letter + " " + s);
    }

    private static Arbitrary<String> personNames() {
        return Combinators.combine(Arbitraries.of("Mr", "Mrs", "Ms", "Miss", "Dr", ""), Arbitraries.of(FIRST_NAMES),
                Arbitraries.of(SURNAMES)).as((t, f, l) -> (t.isEmpty() ? "" : t + " ") + f + " " + l);
    }

    private static Arbitrary<String> children() {
        return Combinators.combine(
                Arbitraries.of("Amelia", "Oliver", "Isla", "Noah", "Freya", "Harry", "Poppy", "Alfie", "Evie", "Jack"),
                Arbitraries.integers().between(4, 15),
                Arbitraries.of("St Mary's Primary", "Oakfield Primary School", "Kingsbridge Academy",
                        "Ivybridge Community College", "Castle Hill Infants", "Westfield Junior School"))
                .as((name, age, school) -> name + ", " + age + ", from " + school);
    }

    private static Arbitrary<String> niNumbers() {
        // First letter never D F I Q U V; second never D F I O Q U V; BG GB KN NK NT TN ZZ are not issued.
        String first = "ABCEGHJKLMNOPRSTWXYZ";
        String second = "ABCEGHJKLMNPRSTWXYZ";
        Arbitrary<String> prefix = Combinators.combine(Arbitraries.of(chars(first)), Arbitraries.of(chars(second)))
                .as((a, b) -> "" + a + b)
                .filter(p -> !List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(p));
        return Combinators.combine(prefix, Arbitraries.strings().numeric().ofLength(6), Arbitraries.of('A', 'B', 'C', 'D'),
                        Arbitraries.of(true, false))
                .as((p, d, suffix, spaced) -> spaced
                        ? p + " " + d.substring(0, 2) + " " + d.substring(2, 4) + " " + d.substring(4) + " " + suffix
                        : p + d + suffix);
    }

    private static Arbitrary<String> nhsNumbers() {
        // 999 000 0000 to 999 999 9999 is the NHS's range for test data.
        return Combinators.combine(Arbitraries.strings().numeric().ofLength(6), Arbitraries.integers().between(0, 2))
                .as((six, style) -> {
                    String nine = "999" + six;
                    int check = Checksums.nhsCheckDigit(nine);
                    return check < 0 ? null : format(nine + check, style == 0 ? " " : style == 1 ? "" : "-", 3, 3, 4);
                })
                .filter(Objects::nonNull);
    }

    private static Arbitrary<String> paymentCards() {
        // Issuers' documented test prefixes: Visa 4000 00 / 4242 42 / 4111 11, Mastercard 5555 55 / 5105 10 / 2223 00,
        // American Express 3782 82 / 3714 49.
        Arbitrary<String> sixteen = Combinators.combine(
                Arbitraries.of("400000", "424242", "411111", "555555", "510510", "222300"),
                Arbitraries.strings().numeric().ofLength(9), Arbitraries.integers().between(0, 2))
                .as((bin, middle, style) -> {
                    String body = bin + middle;
                    return format(body + Checksums.luhnCheckDigit(body), style == 0 ? " " : style == 1 ? "" : "-", 4, 4, 4, 4);
                });
        Arbitrary<String> amex = Combinators.combine(Arbitraries.of("378282", "371449"),
                        Arbitraries.strings().numeric().ofLength(8))
                .as((bin, middle) -> {
                    String body = bin + middle;
                    return format(body + Checksums.luhnCheckDigit(body), " ", 4, 6, 5);
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, sixteen), net.jqwik.api.Tuple.of(1, amex));
    }

    private static Arbitrary<String> sortCodes() {
        return Arbitraries.strings().numeric().ofLength(6).map(d -> format(d, "-", 2, 2, 2));
    }

    private static Arbitrary<String> bankAccounts() {
        return Combinators.combine(sortCodes(), Arbitraries.strings().numeric().ofLength(8),
                        Arbitraries.of(", account number ", " account ", " "))
                .as((sort, account, joiner) -> sort + joiner + account);
    }

    private static Arbitrary<String> ibans() {
        return Combinators.combine(Arbitraries.of("NWBK", "BARC", "LOYD", "MIDL", "HBUK"),
                        Arbitraries.strings().numeric().ofLength(14), Arbitraries.of(true, false))
                .as((bank, digits, grouped) -> {
                    String bban = bank + digits;
                    String iban = "GB" + Checksums.ibanCheckDigits("GB", bban) + bban;
                    return grouped ? format(iban, " ", 4, 4, 4, 4, 4, 2) : iban;
                });
    }

    private static Arbitrary<String> datesOfBirth() {
        String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"};
        return Combinators.combine(Arbitraries.integers().between(1, 28), Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(1930, 2010), Arbitraries.integers().between(0, 3))
                .as((d, m, y, style) -> switch (style) {
                    case 0 -> String.format("%02d/%02d/%d", d, m, y);
                    case 1 -> String.format("%02d.%02d.%d", d, m, y);
                    case 2 -> d + " " + months[m - 1] + " " + y;
                    default -> String.format("%d-%02d-%02d", y, m, d);
                });
    }

    private static Arbitrary<String> vehicleRegs() {
        // Current format: two-letter memory tag whose first letter is a DVLA region (I, J, Q, T, U, X and Z
        // are not), two-digit age identifier, three random letters (no I or Q).
        Arbitrary<Character> region = Arbitraries.of(chars("ABCDEFGHKLMNOPRSVWY"));
        Arbitrary<Character> letter = Arbitraries.of(chars("ABCDEFGHJKLMNOPRSTUVWXY"));
        Arbitrary<String> age = Arbitraries.of("02", "05", "09", "12", "15", "18", "21", "24", "55", "61", "66", "70", "73");
        return Combinators.combine(region, letter, age, letter, letter, letter, Arbitraries.of(true, false))
                .as((a, b, n, x, y, z, spaced) -> "" + a + b + n + (spaced ? " " : "") + x + y + z);
    }

    private static Arbitrary<String> drivingLicences() {
        // DVLA: surname (5, padded with 9), decade, month (+50 for women), day, year digit, two initials
        // (padded with 9), a computer digit, two check letters.
        Arbitrary<Character> letter = Arbitraries.of(chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
        return Combinators.combine(Arbitraries.of(SURNAMES), Arbitraries.integers().between(1940, 2006),
                        Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28),
                        Arbitraries.of(true, false), Arbitraries.of(FIRST_NAMES), Arbitraries.of("", "A", "J", "M"),
                        Combinators.combine(letter, letter).as((a, b) -> "" + a + b))
                .as((surname, year, month, day, female, first, middle, check) -> {
                    String s = (surname.toUpperCase() + "99999").substring(0, 5);
                    String initials = (first.substring(0, 1) + middle + "9").substring(0, 2);
                    return s + (year / 10 % 10) + String.format("%02d", month + (female ? 50 : 0))
                            + String.format("%02d", day) + (year % 10) + initials + "9" + check;
                });
    }

    private static List<Character> chars(String s) {
        return s.chars().mapToObj(c -> (char) c).toList();
    }

    private static String format(String digits, String separator, int... groups) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int g : groups) {
            if (at > 0) {
                out.append(separator);
            }
            out.append(digits, at, at + g);
            at += g;
        }
        return out.toString();
    }
}
