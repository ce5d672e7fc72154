package org.councilpolicy.testkit;

import java.util.List;
import java.util.Objects;
import org.councilpolicy.core.rule.PersonalDataKind;

/** The fictional but realistic values {@link DraftGenerators} plants (see its class comment for their shapes). */
final class PlantedValues {

    private PlantedValues() {
    }

    static Gen<String> values(PersonalDataKind kind) {
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
            case PASSPORT -> Gen.digits(8).map(s -> "1" + s);
            case DRIVING_LICENCE -> drivingLicences();
            case REQUEST_FOR_DETAILS -> Gen.of(
                    "Please reply with your full address and phone number so we can look into this",
                    "Can you post your postcode and house number below so the crew can find it",
                    "Reply here with your email address and date of birth and we will check your account",
                    "Could you share your name and address in the comments so we can arrange a collection",
                    "Just comment with your mobile number and one of the team will call you back");
            case FINANCIAL_REQUEST -> Gen.of(
                    "Please send us your bank details so we can refund the overpayment",
                    "Reply with your card number and expiry date to pay the fine today",
                    "Message us your sort code and account number to receive your grant",
                    "To claim the council tax rebate, comment with your card details",
                    "Send your full card number and security code to this page to renew your permit");
        };
    }

    // ---- values -------------------------------------------------------------------------------------

    static final List<String> FIRST_NAMES = List.of("Jane", "Sarah", "David", "Michael", "Emma", "Priya",
            "Mohammed", "Siobhan", "Gareth", "Aileen", "Tomasz", "Grace", "Hannah", "Rhys");
    static final List<String> SURNAMES = List.of("Whitfield", "Pemberton", "Hargreaves", "Okonkwo", "Trelawney",
            "MacLeod", "Kowalski", "Ashworth", "Penhaligon", "Fairbairn", "Morgan", "Lee", "Castellano", "Brennan");

    private static Gen<String> emails() {
        Gen<String> first = Gen.of(FIRST_NAMES).map(String::toLowerCase);
        Gen<String> last = Gen.of(SURNAMES).map(String::toLowerCase);
        Gen<String> local = Gen.oneOf(
                Combine.of(first, last).as((f, l) -> f + "." + l),
                Combine.of(first, last).as((f, l) -> f.charAt(0) + l),
                Combine.of(last, Gen.ints(1, 99)).as((l, n) -> l + n),
                Combine.of(first, last).as((f, l) -> f + "_" + l));
        Gen<String> domain = Gen.of("example.com", "example.org", "example.net", "mail.example.com",
                "residents.example.org");
        return Combine.of(local, domain).as((l, d) -> l + "@" + d);
    }

    /** A drama-range number as its national groups, e.g. ["0113", "496", "0123"]. */
    private static Gen<List<String>> phoneGroups() {
        Gen<String> three = Gen.ints(0, 999).map(n -> String.format("%03d", n));
        return Gen.oneOf(
                three.map(n -> List.of("07700", "900" + n)),
                three.map(n -> List.of("01632", "960" + n)),
                Combine.of(Gen.of("0113", "0114", "0115", "0116", "0117", "0118", "0121", "0131",
                        "0141", "0151", "0161"), three).as((area, n) -> List.of(area, "496", "0" + n)),
                three.map(n -> List.of("020", "7946", "0" + n)),
                three.map(n -> List.of("029", "2018", "0" + n)),
                three.map(n -> List.of("028", "9018", "0" + n)));
    }

    private static Gen<String> phones() {
        return Combine.of(phoneGroups(), Gen.ints(0, 6)).as((g, style) -> {
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

    private static Gen<String> postcodes() {
        String units = "ABDEFGHJLNPQRSTUWXYZ";
        Gen<Character> unit = Gen.of(units.chars().mapToObj(c -> (char) c).toList());
        Gen<String> outward = Gen.oneOf(
                Combine.of(Gen.of("TQ", "PL", "EX", "IP", "NR", "CB", "NG", "LE", "TD", "EH", "SW", "SE"),
                        Gen.ints(1, 29)).as((a, d) -> a + d),
                Combine.of(Gen.of("B", "L", "M", "S", "G", "N", "E"),
                        Gen.ints(1, 40)).as((a, d) -> a + d));
        return Combine.of(outward, Gen.ints(0, 9), unit, unit,
                        Gen.ints(0, 5))
                .as((out, digit, u1, u2, style) -> out + (style == 0 ? "" : " ") + digit + u1 + u2);
    }

    private static Gen<String> streetAddresses() {
        Gen<String> street = Combine.of(
                Gen.of("Acacia", "Mill", "Orchard", "Victoria", "Meadow", "Harbour", "Chapel", "Windmill",
                        "Beech", "Kingfisher", "Tamar", "Primrose"),
                Gen.of("Road", "Avenue", "Close", "Lane", "Street", "Drive", "Crescent", "Way", "Gardens"))
                .as((a, b) -> a + " " + b);
        return Combine.of(Gen.ints(1, 199), Gen.of("", "", "", "a", "b"), street,
                        Gen.ints(0, 5))
                .as((n, letter, s, flat) -> (flat == 0 ? "Flat " + (n % 9 + 1) + ", " + (n + 3) : String.valueOf(n))
                        + letter + " " + s);
    }

    private static Gen<String> personNames() {
        return Combine.of(Gen.of("Mr", "Mrs", "Ms", "Miss", "Dr", ""), Gen.of(FIRST_NAMES),
                Gen.of(SURNAMES)).as((t, f, l) -> (t.isEmpty() ? "" : t + " ") + f + " " + l);
    }

    private static Gen<String> children() {
        return Combine.of(
                Gen.of("Amelia", "Oliver", "Isla", "Noah", "Freya", "Harry", "Poppy", "Alfie", "Evie", "Jack"),
                Gen.ints(4, 15),
                Gen.of("St Mary's Primary", "Oakfield Primary School", "Kingsbridge Academy",
                        "Ivybridge Community College", "Castle Hill Infants", "Westfield Junior School"))
                .as((name, age, school) -> name + ", " + age + ", from " + school);
    }

    private static Gen<String> niNumbers() {
        // First letter never D F I Q U V; second never D F I O Q U V; BG GB KN NK NT TN ZZ are not issued.
        String first = "ABCEGHJKLMNOPRSTWXYZ";
        String second = "ABCEGHJKLMNPRSTWXYZ";
        Gen<String> prefix = Combine.of(Gen.of(chars(first)), Gen.of(chars(second)))
                .as((a, b) -> "" + a + b)
                .filter(p -> !List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(p));
        return Combine.of(prefix, Gen.digits(6), Gen.of('A', 'B', 'C', 'D'),
                        Gen.of(true, false))
                .as((p, d, suffix, spaced) -> spaced
                        ? p + " " + d.substring(0, 2) + " " + d.substring(2, 4) + " " + d.substring(4) + " " + suffix
                        : p + d + suffix);
    }

    private static Gen<String> nhsNumbers() {
        // 999 000 0000 to 999 999 9999 is the NHS's range for test data.
        return Combine.of(Gen.digits(6), Gen.ints(0, 2))
                .as((six, style) -> {
                    String nine = "999" + six;
                    int check = Checksums.nhsCheckDigit(nine);
                    return check < 0 ? null : format(nine + check, style == 0 ? " " : style == 1 ? "" : "-", 3, 3, 4);
                })
                .filter(Objects::nonNull);
    }

    private static Gen<String> paymentCards() {
        // Issuers' documented test prefixes: Visa 4000 00 / 4242 42 / 4111 11, Mastercard 5555 55 / 5105 10 / 2223 00,
        // American Express 3782 82 / 3714 49.
        Gen<String> sixteen = Combine.of(
                Gen.of("400000", "424242", "411111", "555555", "510510", "222300"),
                Gen.digits(9), Gen.ints(0, 2))
                .as((bin, middle, style) -> {
                    String body = bin + middle;
                    return format(body + Checksums.luhnCheckDigit(body), style == 0 ? " " : style == 1 ? "" : "-", 4, 4, 4, 4);
                });
        Gen<String> amex = Combine.of(Gen.of("378282", "371449"),
                        Gen.digits(8))
                .as((bin, middle) -> {
                    String body = bin + middle;
                    return format(body + Checksums.luhnCheckDigit(body), " ", 4, 6, 5);
                });
        return Gen.frequencyOf(Gen.weight(4, sixteen), Gen.weight(1, amex));
    }

    private static Gen<String> sortCodes() {
        return Gen.digits(6).map(d -> format(d, "-", 2, 2, 2));
    }

    private static Gen<String> bankAccounts() {
        return Combine.of(sortCodes(), Gen.digits(8),
                        Gen.of(", account number ", " account ", " "))
                .as((sort, account, joiner) -> sort + joiner + account);
    }

    private static Gen<String> ibans() {
        return Combine.of(Gen.of("NWBK", "BARC", "LOYD", "MIDL", "HBUK"),
                        Gen.digits(14), Gen.of(true, false))
                .as((bank, digits, grouped) -> {
                    String bban = bank + digits;
                    String iban = "GB" + Checksums.ibanCheckDigits("GB", bban) + bban;
                    return grouped ? format(iban, " ", 4, 4, 4, 4, 4, 2) : iban;
                });
    }

    private static Gen<String> datesOfBirth() {
        String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"};
        return Combine.of(Gen.ints(1, 28), Gen.ints(1, 12),
                        Gen.ints(1930, 2010), Gen.ints(0, 3))
                .as((d, m, y, style) -> switch (style) {
                    case 0 -> String.format("%02d/%02d/%d", d, m, y);
                    case 1 -> String.format("%02d.%02d.%d", d, m, y);
                    case 2 -> d + " " + months[m - 1] + " " + y;
                    default -> String.format("%d-%02d-%02d", y, m, d);
                });
    }

    private static Gen<String> vehicleRegs() {
        // Current format: two-letter memory tag whose first letter is a DVLA region (I, J, Q, T, U, X and Z
        // are not), two-digit age identifier, three random letters (no I or Q).
        Gen<Character> region = Gen.of(chars("ABCDEFGHKLMNOPRSVWY"));
        Gen<Character> letter = Gen.of(chars("ABCDEFGHJKLMNOPRSTUVWXY"));
        Gen<String> age = Gen.of("02", "05", "09", "12", "15", "18", "21", "24", "55", "61", "66", "70", "73");
        return random -> "" + region.next(random) + letter.next(random) + age.next(random)
                + (random.nextBoolean() ? " " : "") + letter.next(random) + letter.next(random) + letter.next(random);
    }

    private static Gen<String> drivingLicences() {
        // DVLA: surname (5, padded with 9), decade, month (+50 for women), day, year digit, two initials
        // (padded with 9), a computer digit, two check letters.
        Gen<Character> letter = Gen.of(chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
        Gen<String> surnames = Gen.of(SURNAMES);
        Gen<String> firstNames = Gen.of(FIRST_NAMES);
        Gen<String> middles = Gen.of("", "A", "J", "M");
        return random -> {
            String s = (surnames.next(random).toUpperCase() + "99999").substring(0, 5);
            int year = random.nextInt(1940, 2007);
            int month = random.nextInt(1, 13);
            int day = random.nextInt(1, 29);
            boolean female = random.nextBoolean();
            String initials = (firstNames.next(random).substring(0, 1) + middles.next(random) + "9").substring(0, 2);
            return s + (year / 10 % 10) + String.format("%02d", month + (female ? 50 : 0))
                    + String.format("%02d", day) + (year % 10) + initials + "9" + letter.next(random)
                    + letter.next(random);
        };
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
