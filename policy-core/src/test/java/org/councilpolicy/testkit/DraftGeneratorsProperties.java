package org.councilpolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.testsupport.Seeded;
import org.junit.jupiter.api.Test;

/** The generators keep their promises: valid checksums, spans on the values, clean texts clean. */
class DraftGeneratorsProperties {

    private static final Pattern DIGIT_RUN = Pattern.compile("\\d+(?:[ ./-]?\\d+)*");
    private static final Pattern POSTCODE_LIKE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b");
    private static final Pattern TITLED_NAME = Pattern.compile("\\b(Mr|Mrs|Ms|Miss|Dr)\\.? [A-Z]");
    private static final List<String> CONTEXT_WORDS = List.of("born", "nhs", "passport", "licence", "sort code",
            "iban", "insurance", "registration", "reg ", "card", "+44", "@");

    @Test
    void cleanDraftsHoldNothingThatLooksLikePersonalData() {
        for (PlantedText draft : DraftGenerators.clean().sample(131, 1000)) {
            cleanHoldsNothing(draft);
        }
    }

    private static void cleanHoldsNothing(PlantedText draft) {
        assertThat(draft.isClean()).isTrue();
        assertLooksClean(draft.text());
        assertThat(draft.text()).isNotBlank().endsWith(draft.text().strip());
    }

    @Test
    void plantedValuesAreValidAndSpansPointAtThem() {
        Seeded.forAll(132, 1000, r -> {
            PersonalDataKind kind = PersonalDataKind.values()[r.nextInt(PersonalDataKind.values().length)];
            plantedValid(kind, DraftGenerators.withPlanted(kind).next(r));
        });
    }

    private static void plantedValid(PersonalDataKind kind, PlantedText draft) {
        assertThat(draft.planted()).hasSize(1);
        Planted p = draft.planted().get(0);
        assertThat(p.kind()).isEqualTo(kind);
        assertWholeToken(draft.text(), p);
        String value = draft.valueOf(p);
        String before = draft.text().substring(Math.max(0, p.start() - 40), p.start()).toLowerCase(Locale.ROOT);
        switch (kind) {
            case EMAIL -> assertThat(value).matches("[a-z0-9._]+@([a-z]+\\.)?example\\.(com|org|net)");
            case PHONE -> assertThat(dramaNumber(value)).as(value).isTrue();
            case POSTCODE -> assertThat(value).matches("[A-Z]{1,2}\\d{1,2} ?\\d[ABD-HJLNP-UW-Z]{2}");
            case STREET_ADDRESS -> assertThat(value).matches("(Flat \\d, )?\\d{1,3}[ab]? [A-Z][a-z]+ [A-Z][a-z]+");
            case PERSON_NAME -> assertThat(value).matches("((Mr|Mrs|Ms|Miss|Dr) )?[A-Z][a-z]+ [A-Z][a-zA-Z]+");
            case CHILD -> {
                Matcher m = Pattern.compile("[A-Z][a-z]+, (\\d{1,2}), from [A-Z][A-Za-z' ]+").matcher(value);
                assertThat(m.matches()).as(value).isTrue();
                assertThat(Integer.parseInt(m.group(1))).isBetween(4, 15);
            }
            case NI_NUMBER -> {
                assertThat(value).matches("(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
                        + "( \\d{2} \\d{2} \\d{2} |\\d{6})[A-D]");
                assertThat(before).containsAnyOf("insurance number", "ni number");
            }
            case NHS_NUMBER -> {
                assertThat(value).matches("\\d{3}([ -]?)\\d{3}\\1\\d{4}");
                assertThat(nhsValid(digits(value))).as(value).isTrue();
                assertThat(before).contains("nhs");
            }
            case PAYMENT_CARD -> {
                String d = digits(value);
                assertThat(d.length()).isIn(15, 16);
                assertThat(luhnValid(d)).as(value).isTrue();
                assertThat(d).startsWith(d.length() == 15 ? "37" : "");
            }
            case BANK_ACCOUNT -> {
                assertThat(value).matches("\\d{2}-\\d{2}-\\d{2}(, account number | account | )\\d{8}");
                assertThat(before).endsWith("sort code ");
            }
            case IBAN -> {
                String compact = value.replace(" ", "");
                assertThat(compact).matches("GB\\d{2}[A-Z]{4}\\d{14}");
                assertThat(ibanValid(compact)).as(value).isTrue();
            }
            case DATE_OF_BIRTH -> {
                assertThat(parseDate(value).getYear()).isBetween(1930, 2010);
                assertThat(before).containsAnyOf("born", "date of birth");
            }
            case VEHICLE_REG -> {
                assertThat(value).matches("[A-HJ-PR-Y]{2}\\d{2} ?[A-HJ-PR-Z]{3}");
                assertThat(before).containsAnyOf("registration", "reg ");
            }
            case PASSPORT -> {
                assertThat(value).matches("\\d{9}");
                assertThat(before).contains("passport");
            }
            case DRIVING_LICENCE -> {
                Matcher m = Pattern.compile("[A-Z9]{5}\\d(\\d{2})(\\d{2})\\d[A-Z9]{2}9[A-Z]{2}").matcher(value);
                assertThat(m.matches()).as(value).isTrue();
                int month = Integer.parseInt(m.group(1)) % 50;
                assertThat(month).isBetween(1, 12);
                assertThat(Integer.parseInt(m.group(2))).isBetween(1, 31);
                assertThat(before).contains("driving licence");
            }
            case REQUEST_FOR_DETAILS -> assertThat(value).containsAnyOf("your address", "your full address",
                    "your postcode", "your email address", "your name and address", "your mobile number");
            case FINANCIAL_REQUEST -> assertThat(value).containsAnyOf("bank details", "card number", "sort code",
                    "card details");
        }
    }

    @Test
    void outsideThePlantedSpansTheTextStaysClean() {
        for (PlantedText draft : DraftGenerators.withAnyPlanted().sample(133, 1000)) {
            restStaysClean(draft);
        }
    }

    private static void restStaysClean(PlantedText draft) {
        assertThat(draft.planted()).hasSizeBetween(1, 3);
        StringBuilder rest = new StringBuilder(draft.text());
        for (Planted p : draft.planted()) {
            assertWholeToken(draft.text(), p);
            for (int i = p.start(); i < p.end(); i++) {
                rest.setCharAt(i, '_');
            }
        }
        // Context words ("NHS number", "born on") stay, so only the value-shaped checks apply here.
        String text = rest.toString();
        assertThat(text).doesNotContain("@");
        assertThat(longestDigitRun(text)).as(text).isLessThan(6);
        assertThat(POSTCODE_LIKE.matcher(text).find()).as(text).isFalse();
        assertThat(TITLED_NAME.matcher(text).find()).as(text).isFalse();
    }

    @Test
    void toStringNeverShowsAPlantedValue() {
        for (PlantedText draft : DraftGenerators.withAnyPlanted().sample(134, 200)) {
            toStringHides(draft);
        }
    }

    private static void toStringHides(PlantedText draft) {
        String shown = draft.toString();
        for (Planted p : draft.planted()) {
            String value = draft.valueOf(p);
            if (value.chars().filter(Character::isLetterOrDigit).count() >= 6) {
                assertThat(shown).doesNotContain(value);
            }
        }
    }

    @Test
    void bareValuesAreTrimmedAndTheSameSeedGivesTheSameValues() {
        for (PersonalDataKind kind : PersonalDataKind.values()) {
            List<String> values = DraftGenerators.values(kind).sample(135, 20);
            assertThat(values).allSatisfy(v -> assertThat(v).isNotBlank().isEqualTo(v.strip()));
            assertThat(DraftGenerators.values(kind).sample(135, 20)).isEqualTo(values);
        }
    }

    @Test
    void checksumsAgreeWithPublishedExamples() {
        assertThat(Checksums.luhnCheckDigit("411111111111111")).isEqualTo(1); // 4111 1111 1111 1111
        assertThat(Checksums.luhnCheckDigit("37828224631000")).isEqualTo(5); // 3782 822463 10005
        assertThat(Checksums.nhsCheckDigit("943476591")).isEqualTo(9); // NHS Digital's example 943 476 5919
        assertThat(Checksums.ibanCheckDigits("GB", "NWBK60161331926819")).isEqualTo("29"); // GB29 NWBK 6016 1331 9268 19
        assertThat(luhnValid("4111111111111111")).isTrue();
        assertThat(luhnValid("4111111111111112")).isFalse();
        assertThat(nhsValid("9434765919")).isTrue();
        assertThat(nhsValid("9434765918")).isFalse();
        assertThat(ibanValid("GB29NWBK60161331926819")).isTrue();
        assertThat(ibanValid("GB28NWBK60161331926819")).isFalse();
    }

    @Test
    void plantedTextRejectsSpansOutsideItsText() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PlantedText("short",
                List.of(new Planted(PersonalDataKind.EMAIL, 2, 9)))).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PlantedText("a long enough text",
                        List.of(new Planted(PersonalDataKind.EMAIL, 2, 9), new Planted(PersonalDataKind.PHONE, 5, 12))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- independent checks (written apart from the generators' own code) ----------------------------

    private static void assertLooksClean(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : CONTEXT_WORDS) {
            assertThat(lower).as(text).doesNotContain(word);
        }
        assertThat(longestDigitRun(text)).as(text).isLessThan(6);
        assertThat(POSTCODE_LIKE.matcher(text).find()).as(text).isFalse();
        assertThat(TITLED_NAME.matcher(text).find()).as(text).isFalse();
    }

    private static void assertWholeToken(String text, Planted p) {
        assertThat(p.end()).isLessThanOrEqualTo(text.length());
        if (p.start() > 0) {
            assertThat(Character.isLetterOrDigit(text.charAt(p.start() - 1))).as("before " + p).isFalse();
        }
        if (p.end() < text.length()) {
            assertThat(Character.isLetterOrDigit(text.charAt(p.end()))).as("after " + p).isFalse();
        }
        assertThat(Character.isWhitespace(text.charAt(p.start()))).isFalse();
        assertThat(Character.isWhitespace(text.charAt(p.end() - 1))).isFalse();
    }

    private static int longestDigitRun(String text) {
        // A financial year ("2025/26") is the one six-digit run council text is full of.
        Matcher m = DIGIT_RUN.matcher(text.replaceAll("\\b20\\d\\d/\\d\\d\\b", "FY"));
        int longest = 0;
        while (m.find()) {
            longest = Math.max(longest, digits(m.group()).length());
        }
        return longest;
    }

    private static String digits(String s) {
        return s.replaceAll("\\D", "");
    }

    private static boolean dramaNumber(String value) {
        String n = value.replace("(0)", "").replaceAll("[ ()-]", "");
        if (n.startsWith("+44")) {
            n = "0" + n.substring(3);
        }
        return n.matches("07700900\\d{3}|01632960\\d{3}|01(1[3-8]|21|31|41|51|61)4960\\d{3}"
                + "|02079460\\d{3}|02920180\\d{3}|02890180\\d{3}");
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 1 ? (d * 2) / 10 + (d * 2) % 10 : d;
        }
        return sum % 10 == 0;
    }

    private static boolean nhsValid(String ten) {
        if (!ten.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += Character.digit(ten.charAt(i), 10) * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        return check != 10 && check == Character.digit(ten.charAt(9), 10);
    }

    private static boolean ibanValid(String iban) {
        String moved = iban.substring(4) + iban.substring(0, 4);
        BigInteger n = BigInteger.ZERO;
        for (char c : moved.toCharArray()) {
            int v = Character.getNumericValue(c); // letters: A=10 … Z=35
            n = n.multiply(BigInteger.valueOf(v < 10 ? 10 : 100)).add(BigInteger.valueOf(v));
        }
        return n.mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    private static LocalDate parseDate(String s) {
        for (String pattern : List.of("dd/MM/uuuu", "dd.MM.uuuu", "d MMMM uuuu", "uuuu-MM-dd")) {
            try {
                return LocalDate.parse(s, DateTimeFormatter.ofPattern(pattern, Locale.UK));
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        throw new AssertionError("not a date: " + s);
    }
}
