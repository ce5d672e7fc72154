package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilpolicy.content.offence.OffenceDetector;
import org.councilpolicy.content.personaldata.EvasionVariants.Trick;
import org.councilpolicy.core.rule.Span;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's evasion table: every identifier kind (two samples each, the property test's plus more) and 20
 * offensive words (in three comment frames) × each trick (zero-width, fullwidth, other-script digits,
 * look-alikes, small capitals, Greek, right-to-left override). Prints the share caught per trick and asserts
 * the whole share is at least 0.98. Identifiers go through the engine's personal-data rules; words through
 * the standard offence detector the moderation rules use.
 */
class EvasionTableTest {

    private static final List<IdentifierEvasionProperties.Sample> MORE = List.of(
            new IdentifierEvasionProperties.Sample("EMAIL", "Write to ", "mary.smith42@gmail.com", " now"),
            new IdentifierEvasionProperties.Sample("PHONE", "Ring Mr Jones on ", "0113 496 0123", " after six"),
            new IdentifierEvasionProperties.Sample("POSTCODE", "She lives at 3 Mill Lane, Leeds ", "LS1 4AB", " now"),
            new IdentifierEvasionProperties.Sample("NI_NUMBER", "NI number ", "PR 123612C", " is wrong"),
            new IdentifierEvasionProperties.Sample("NHS_NUMBER", "NHS number ", "943 476 5919", " on file"),
            new IdentifierEvasionProperties.Sample("PAYMENT_CARD", "card ", "5555 5555 5555 4444", " was used"),
            new IdentifierEvasionProperties.Sample("BANK_ACCOUNT", "sort code ", "601613", " for the refund"),
            new IdentifierEvasionProperties.Sample("IBAN", "IBAN ", "GB82WEST12345698765432", " please"),
            new IdentifierEvasionProperties.Sample("DATE_OF_BIRTH", "The man, born on ", "1991-03-17", ", was seen"),
            new IdentifierEvasionProperties.Sample("VEHICLE_REG", "taxi ", "ab12 cde", " parked on the verge"),
            new IdentifierEvasionProperties.Sample("PASSPORT", "her passport number is ", "987654321", " and"),
            new IdentifierEvasionProperties.Sample("DRIVING_LICENCE", "driving licence ", "SMIT9801015JK2CD",
                    " was handed in"));

    private static final List<String> FRAMES = List.of("you are a total %s", "%s the lot of you", "what a %s!");

    @Test
    void atLeast98PercentOfAtLeast500VariantsAreCaught() throws IOException {
        List<IdentifierEvasionProperties.Sample> samples = new ArrayList<>(IdentifierEvasionProperties.SAMPLES);
        samples.addAll(MORE);
        List<String> words = offensiveWords(20);
        assertThat(words).hasSize(20);
        Map<Trick, int[]> table = new EnumMap<>(Trick.class);
        List<String> missed = new ArrayList<>();
        for (Trick trick : Trick.values()) {
            int[] row = table.computeIfAbsent(trick, t -> new int[2]);
            for (IdentifierEvasionProperties.Sample s : samples) {
                boolean plain = !IdentifierRulesTest.find(s.before() + s.value() + s.after(), s.kind()).isEmpty();
                assertThat(plain).as("plain %s", s.kind()).isTrue();
                String text = identifierVariant(trick, s);
                row[1]++;
                if (!IdentifierRulesTest.find(text, s.kind()).isEmpty()) {
                    row[0]++;
                } else {
                    missed.add(trick + " " + s.kind());
                }
            }
            for (String w : words) {
                for (String frame : FRAMES) {
                    String variant = EvasionVariants.apply(trick, w);
                    String text = String.format(frame, variant);
                    int at = frame.indexOf("%s");
                    Span where = new Span(at, at + variant.length());
                    row[1]++;
                    boolean caught = OffenceDetector.standard().analyse(text).offences().stream()
                            .anyMatch(o -> o.span().overlaps(where));
                    if (caught) {
                        row[0]++;
                    } else {
                        missed.add(trick + " word #" + words.indexOf(w));
                    }
                }
            }
        }
        int caught = 0;
        int total = 0;
        StringBuilder report = new StringBuilder("Evasion table (caught / variants):\n");
        for (Map.Entry<Trick, int[]> e : table.entrySet()) {
            caught += e.getValue()[0];
            total += e.getValue()[1];
            report.append(String.format("  %-20s %4d / %4d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
        }
        report.append(String.format("  %-20s %4d / %4d = %.3f%n", "all", caught, total, caught / (double) total));
        System.out.print(report);
        System.out.println("Missed (trick and class only): " + missed);
        assertThat(total).isGreaterThanOrEqualTo(500);
        assertThat(caught / (double) total).as(report.toString()).isGreaterThanOrEqualTo(0.98);
    }

    /** Letter tricks apply to the whole sentence (context words too); the others to the identifier itself. */
    private static String identifierVariant(Trick trick, IdentifierEvasionProperties.Sample s) {
        switch (trick) {
            case LOOK_ALIKES, SMALL_CAPITALS, GREEK, FULLWIDTH:
                return EvasionVariants.apply(trick, s.before() + s.value() + s.after());
            default:
                return s.before() + EvasionVariants.apply(trick, s.value()) + s.after();
        }
    }

    /** The first {@code n} offensive words of the built-in profanity list with distinct stems. */
    private static List<String> offensiveWords(int n) throws IOException {
        List<String> out = new ArrayList<>();
        Set<String> stems = new HashSet<>();
        try (InputStream in = OffenceDetector.class.getResourceAsStream("profanity.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && out.size() < n) {
                String[] f = line.split("\t");
                boolean plain = f.length >= 4 && (f[3].equals("EMBED") || f[3].equals("-"));
                if (line.startsWith("#") || !plain || !f[0].matches(f[3].equals("EMBED") ? "[a-z]{4,}" : "[a-z]{5,}")) {
                    continue;
                }
                if (stems.add(f[0].substring(0, 3))) {
                    out.add(f[0]);
                }
            }
        }
        return out;
    }
}
