package org.councilpolicy.content.personaldata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpolicy.core.rule.Span;

/**
 * Home addresses in the less common shapes the street-type scanner misses (issue 11): Welsh and Scots Gaelic
 * streets, whose type word comes first ({@code 12 Heol y Nant}, {@code 4 Sràid na h-Eaglais}); streets without
 * a type word ({@code 14 Broadway}, {@code 7 Westgate}, {@code 5 The Paddocks}); and named houses with their
 * village or hamlet ({@code Rose Cottage, Little Hadham}, {@code Tŷ Gwyn, Pentre Berw}). These shapes are also
 * how venues and works sites are written, so {@link StreetAddressRule} reports them only with a resident or a
 * case around them. Each pattern is anchored on a fixed word or a digit and reads at most a few words, so the
 * scan is linear in the text.
 */
final class AddressShapes {

    private static final String NAME = "[\\p{Lu}][\\p{L}'’-]+";
    private static final String NUMBER = "\\b\\d{1,4}[A-Za-z]?,?\\s+";
    /** Welsh and Scots Gaelic street words, which come before the street's name. */
    private static final Pattern CELTIC = Pattern.compile(NUMBER + "(?:Heol|Ffordd|Stryd|Lôn|Lon|Rhodfa|Cilgant"
            + "|Clos|Maes|Teras|Sgwâr|Llwybr|Rhes|Sràid|Sraid|Rathad|Ceum|Lòn|Cnoc|Bràighe)"
            + "(?:\\s+(?:y|yr|'r|na|nan|an|a'|h-" + NAME + "|" + NAME + ")){1,3}");
    /** A house number and a one-word street whose ending says it is a street, or "The" and a plural name. */
    private static final Pattern UNTYPED = Pattern.compile(NUMBER + "(?:" + NAME + "(?:gate|way|side|field|fields"
            + "|fold|croft|dale|mead|leigh|hurst|brook|holme|garth|loan|wynd|brae|vennel|ridge|bank|moor)"
            + "|The\\s+" + NAME + "s)\\b");
    /** A named house and the village after it. */
    private static final Pattern NAMED_HOUSE = Pattern.compile("\\b(?:(?:The|Y|Yr)\\s+)?(?:(?:" + NAME
            + ")\\s+){0,2}(?:Cottage|House|Farm|Farmhouse|Barn|Lodge|Bungalow|Forge|Rectory|Vicarage|Granary|Byre"
            + "|Steading|Smithy|Schoolhouse|Manse|Mill|Croft)\\b,\\s+" + NAME + "(?:\\s+" + NAME + ")?"
            + "|\\b(?:Tŷ|Ty|Bwthyn|Fferm|Bythynnod)\\s+" + NAME + ",\\s+" + NAME + "(?:\\s+" + NAME + ")?");

    /** Most addresses of these shapes taken from one text (keeps the overlap checks bounded). */
    private static final int MAX = 32;

    private AddressShapes() {
    }

    /** The addresses of these shapes in {@code text}, in order, not overlapping {@code known}. */
    static List<Span> find(String text, List<PeopleMention> known) {
        List<Span> out = new ArrayList<>();
        for (Pattern p : List.of(CELTIC, UNTYPED, NAMED_HOUSE)) {
            Matcher m = p.matcher(text);
            while (m.find() && out.size() < MAX) {
                Span s = new Span(m.start(), m.end());
                if (known.stream().noneMatch(k -> k.overlaps(s))
                        && out.stream().noneMatch(o -> o.start() < s.end() && s.start() < o.end())) {
                    out.add(s);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }
}
