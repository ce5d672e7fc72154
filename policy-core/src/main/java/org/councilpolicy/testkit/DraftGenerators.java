package org.councilpolicy.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpolicy.core.rule.PersonalDataKind;

/**
 * Plain generators ({@link Gen}, over {@link java.util.random.RandomGenerator}) of realistic UK council drafts
 * (bins, roadworks, events, planning, consultations, libraries, parks, council tax, elections), clean or with
 * personal data planted at known offsets, for property tests that nothing a council publishes leaks. No
 * property-testing framework is needed; a seeded loop is a property test:
 *
 * <pre>{@code
 * @Test
 * void plantedPhoneNumbersAreBlocked() {
 *     for (PlantedText draft : DraftGenerators.withPlanted(PersonalDataKind.PHONE).sample(42, 500)) {
 *         Report report = engine.check(Draft.of(draft.text()));
 *         for (Planted p : draft.planted()) {
 *             assertThat(report).hasFindingOverlapping(p.start(), p.end()).withKind(p.kind());
 *         }
 *     }
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
 * <p>The README shows the two-line adapters for jqwik and QuickTheories users.
 */
public final class DraftGenerators {

    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z]+)}");

    private DraftGenerators() {
    }

    /**
     * Council drafts with no personal data in them.
     *
     * @return drafts of one to three sentences, nothing planted
     */
    public static Gen<PlantedText> clean() {
        return cleanSentences().map(sentences -> assemble(sentences, List.of(), List.of()));
    }

    /**
     * Council drafts with one value of {@code kind} planted among clean sentences.
     *
     * @param kind what to plant
     * @return drafts with exactly one planted value, of that kind
     */
    public static Gen<PlantedText> withPlanted(PersonalDataKind kind) {
        Objects.requireNonNull(kind, "kind");
        return Combine.of(cleanSentences(), fragment(kind), Gen.ints(0, 3))
                .as((sentences, plant, position) -> assemble(sentences, List.of(plant), List.of(position)));
    }

    /**
     * Council drafts with one to three values planted, each of any kind.
     *
     * @return drafts with at least one planted value
     */
    public static Gen<PlantedText> withAnyPlanted() {
        Gen<Fragment> anyFragment = Gen.of(PersonalDataKind.values()).flatMap(DraftGenerators::fragment);
        return Combine.of(cleanSentences(), anyFragment.list(1, 3),
                        Gen.ints(0, 3).list(3, 3))
                .as(DraftGenerators::assemble);
    }

    /**
     * The bare values the generators plant, without a sentence around them: for unit tests of a
     * single detector. For the kinds that need context, the value alone may rightly not be flagged.
     *
     * @param kind the kind
     * @return values of that kind, such as {@code 07700 900123} for {@link PersonalDataKind#PHONE}
     */
    public static Gen<String> values(PersonalDataKind kind) {
        return PlantedValues.values(Objects.requireNonNull(kind, "kind"));
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

    private static Gen<List<String>> cleanSentences() {
        Gen<String> body = Gen.oneOf(DraftTemplates.CLEAN_TEMPLATES.stream().map(DraftGenerators::template).toList());
        Gen<String> ending = Gen.frequencyOf(
                Gen.weight(3, Gen.just("")),
                Gen.weight(1, Gen.of("#SHDC", "#WDBC", "#Suffolk", "#Rushcliffe", "#ScotBorders",
                        "#RecycleRight", "#LoveYourLibrary")));
        return Combine.of(body.uniqueList(1, 3), ending)
                .as((sentences, tag) -> {
                    if (tag.isEmpty()) {
                        return sentences;
                    }
                    List<String> withTag = new ArrayList<>(sentences);
                    withTag.add(tag);
                    return withTag;
                });
    }

    private static Gen<Fragment> fragment(PersonalDataKind kind) {
        Gen<String> sentence = Gen.oneOf(DraftTemplates.PLANT_TEMPLATES.get(kind).stream().map(DraftGenerators::template).toList());
        return Combine.of(sentence, values(kind)).as((s, value) -> {
            int at = s.indexOf("{v}");
            String text = s.substring(0, at) + value + s.substring(at + 3);
            return new Fragment(text, List.of(new Planted(kind, at, at + value.length())));
        });
    }

    /** Fills a template's {@code {slot}}s (other than {@code {v}}) from the slot vocabularies. */
    private static Gen<String> template(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = SLOT.matcher(template);
        while (m.find()) {
            if (!m.group(1).equals("v")) {
                names.add(m.group(1));
            }
        }
        if (names.isEmpty()) {
            return Gen.just(template);
        }
        List<Gen<String>> slots = names.stream().map(DraftGenerators::slot).toList();
        return Gen.combineAll(slots).map(values -> {
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

    private static Gen<String> slot(String name) {
        return switch (name) {
            case "place" -> Gen.of("Totnes", "Ivybridge", "Kingsbridge", "Dartmouth", "Tavistock", "Okehampton",
                    "Ipswich", "Lowestoft", "Felixstowe", "Sudbury", "Bury St Edmunds", "West Bridgford", "Bingham",
                    "Galashiels", "Hawick", "Peebles", "Kelso", "Salcombe");
            case "day" -> Gen.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday");
            case "date" -> Combine.of(Gen.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                            "Saturday"), Gen.ints(1, 28),
                    Gen.of("January", "February", "March", "April", "May", "June", "July", "September",
                            "October", "November", "December"))
                    .as((d, n, month) -> d + " " + n + " " + month);
            case "time" -> Gen.of("9am", "10am", "7.30pm", "6pm", "noon", "2pm", "10:00", "18:30");
            case "road" -> Gen.of("the A38", "the A12", "the B3196", "Fore Street", "Station Road", "Bridge Street",
                    "Ringmore Lane", "Mill Hill", "Church Street", "the High Street", "Ropewalk", "Market Place");
            case "url" -> Combine.of(Gen.of("southhams.gov.uk", "westdevon.gov.uk", "eastsuffolk.gov.uk",
                            "rushcliffe.gov.uk", "scotborders.gov.uk", "suffolk.gov.uk"),
                    Gen.of("bins", "roadworks", "haveyoursay", "planning", "libraries", "counciltax", "events"))
                    .as((site, path) -> site + "/" + path);
            case "service" -> Gen.of("green bin", "garden waste", "recycling", "food waste", "black bin");
            case "count" -> Gen.of("12", "24", "48", "120", "250", "36");
            case "price" -> Gen.of("£2.50", "£5", "£12", "£45", "£60", "£1.20");
            case "year" -> Gen.of("2025/26", "2026", "2026/27");
            case "route" -> Gen.of("X38", "164", "92", "3A");
            default -> throw new IllegalStateException("no vocabulary for slot {" + name + "}");
        };
    }

}
