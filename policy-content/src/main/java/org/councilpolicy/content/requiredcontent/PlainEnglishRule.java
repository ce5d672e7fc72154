package org.councilpolicy.content.requiredcontent;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.text.DataLines;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.Tokenizer;

/**
 * RC-13: plain English on official accounts. Advises on shouting (a run of all-capital words that are not
 * acronyms, hashtags or mentions), strings of {@code !!!} or {@code ???}, and jargon from the data file
 * {@code jargon.txt} (each entry with a plainer alternative).
 */
public final class PlainEnglishRule extends BaseRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("required-content.plain-english")
            .title("Plain English")
            .category(Category.REQUIRED_CONTENT)
            .severity(Severity.ADVICE)
            .clauses("RC-13")
            .rationale("The council's tone is friendly, conversational and in plain English: no shouting in "
                    + "capitals, no strings of exclamation marks, no jargon.")
            .fires("PLEASE DO NOT PUT GLASS IN YOUR BLUE BIN!!! Going forward we will utilise new lorries.")
            .passes("Please don't put glass in your blue bin. From now on we'll use new lorries.")
            .option(RuleOption.integer("minShoutingWords", 3, 1,
                    "How many all-capital words in a row (acronyms aside) count as shouting"))
            .option(RuleOption.integer("minRepeatedPunctuation", 3, 2,
                    "How many ! or ? in a row are advised against"))
            .option(RuleOption.stringList("extraJargon", List.of(),
                    "More jargon for this council, each \"phrase | plainer alternative\" or just a phrase"))
            .build();

    private static final Map<String, String> JARGON = readPairs("jargon.txt");
    private static final Set<String> ACRONYMS = Set.copyOf(readPairs("acronyms.txt").keySet());
    private static final Lexicon<String> DEFAULT_LEXICON = lexicon(JARGON);

    /** Creates the rule; the engine finds it through {@link java.util.ServiceLoader}. */
    public PlainEnglishRule() {
        super(INFO, Draft.class);
    }

    @Override
    public Check<Draft> prepare(Profile profile, RuleSettings settings) {
        Lexicon<String> lexicon = DEFAULT_LEXICON;
        List<String> extra = settings.stringListOption("extraJargon");
        if (!extra.isEmpty()) {
            Map<String, String> all = new LinkedHashMap<>(JARGON);
            for (String e : extra) {
                int bar = e.indexOf('|');
                all.put((bar < 0 ? e : e.substring(0, bar)).strip(), bar < 0 ? null : e.substring(bar + 1).strip());
            }
            lexicon = lexicon(all);
        }
        return new PlainEnglishCheck(lexicon, Math.max(2, settings.intOption("minShoutingWords")),
                Math.max(2, settings.intOption("minRepeatedPunctuation")));
    }

    private static Lexicon<String> lexicon(Map<String, String> entries) {
        Lexicon.Builder<String> b = Lexicon.builder();
        entries.forEach((phrase, alt) -> b.add(phrase, alt == null ? "" : alt));
        return b.build();
    }

    private record PlainEnglishCheck(Lexicon<String> jargon, int minShouting, int minPunctuation) implements Check<Draft> {

        @Override
        public void check(Draft draft, RuleContext context) {
            if (!draft.account().isOfficial()) {
                return;
            }
            String text = draft.text();
            shouting(text, context);
            punctuation(text, context);
            int taken = -1;
            for (LexiconMatch<String> m : jargon.findAll(TextAnalysis.of(context, draft.text()).normalised())) {
                if (m.start() < taken) {
                    continue; // findAll sorts by start, longest first: keep leftmost-longest, non-overlapping
                }
                taken = m.end();
                String said = m.original().of(text);
                context.report(context.finding()
                        .kind(RequiredContentKind.JARGON)
                        .span(m.original())
                        .excerpt(said)
                        .message("\"" + said + "\" is jargon; say it in plain English.")
                        .suggestion(m.payload().isEmpty() ? "Use everyday words." : "Try: " + m.payload() + "."));
            }
        }

        private void shouting(String text, RuleContext context) {
            int runStart = -1;
            int runEnd = -1;
            int count = 0;
            int n = text.length();
            int i = 0;
            while (i < n) {
                int cp = text.codePointAt(i);
                if (!Tokenizer.isWordChar(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int start = i;
                while (i < n) {
                    int c = text.codePointAt(i);
                    if (Tokenizer.isWordChar(c)) {
                        i += Character.charCount(c);
                    } else if ((c == '\'' || c == '’' || c == '-') && i + 1 < n && Tokenizer.isWordChar(text.codePointAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                switch (classify(text, start, i)) {
                    case SHOUT -> {
                        if (count == 0) {
                            runStart = start;
                        }
                        runEnd = i;
                        count++;
                    }
                    case BREAK -> {
                        report(text, runStart, runEnd, count, context);
                        count = 0;
                    }
                    case NEUTRAL -> {
                    }
                }
            }
            report(text, runStart, runEnd, count, context);
        }

        private void report(String text, int start, int end, int count, RuleContext context) {
            if (count < minShouting) {
                return;
            }
            context.report(context.finding()
                    .kind(RequiredContentKind.SHOUTING)
                    .span(start, end)
                    .excerpt(text.substring(start, Math.min(end, start + 60)))
                    .message(count + " words in capitals read as shouting.")
                    .suggestion("Write it in sentence case; keep capitals for acronyms."));
        }

        private void punctuation(String text, RuleContext context) {
            int n = text.length();
            int i = 0;
            while (i < n) {
                if (!isMark(text.charAt(i))) {
                    i++;
                    continue;
                }
                int s = i;
                while (i < n && isMark(text.charAt(i))) {
                    i++;
                }
                if (i - s >= minPunctuation) {
                    context.report(context.finding()
                            .kind(RequiredContentKind.PUNCTUATION)
                            .span(s, i)
                            .excerpt(text.substring(s, Math.min(i, s + 10)))
                            .message("Strings of exclamation or question marks read as shouting or exasperation.")
                            .suggestion("Use one mark."));
                }
            }
        }
    }

    private static boolean isMark(char c) {
        return c == '!' || c == '?' || c == '‼' || c == '⁉' || c == '！' || c == '？';
    }

    private enum Kind { SHOUT, NEUTRAL, BREAK }

    private static Kind classify(String text, int start, int end) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (before == '#' || before == '@' || before == '/' || before == '.') {
                return Kind.NEUTRAL; // hashtag, mention or part of a link
            }
        }
        int letters = 0;
        int upper = 0;
        boolean digit = false;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (cp < 0x80) { // the same answers for ASCII, without the Unicode tables (this reads every word)
                if (cp >= 'a' && cp <= 'z') {
                    letters++;
                } else if (cp >= 'A' && cp <= 'Z') {
                    letters++;
                    upper++;
                } else if (cp >= '0' && cp <= '9') {
                    digit = true;
                }
            } else if (Character.isLetter(cp)) {
                letters++;
                if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                    upper++;
                }
            } else if (Character.isDigit(cp)) {
                digit = true;
            }
            i += Character.charCount(cp);
        }
        if (upper < letters) {
            // lower case, or a script without case (CJK, Arabic…): not shouting; "DfE"-style acronyms are neutral
            return upper > 1 && ACRONYMS.contains(text.substring(start, end)) ? Kind.NEUTRAL : Kind.BREAK;
        }
        if (letters < 2 || digit) {
            return Kind.NEUTRAL;
        }
        String w = text.substring(start, end);
        if (ACRONYMS.contains(w) || (w.endsWith("S") && ACRONYMS.contains(w.substring(0, w.length() - 1)))) {
            return Kind.NEUTRAL;
        }
        return Kind.SHOUT;
    }

    /** Reads "key | value" lines (value optional); '#' starts a comment line. */
    static Map<String, String> readPairs(String resource) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String s : DataLines.read(PlainEnglishRule.class, resource)) {
            int bar = s.indexOf('|');
            out.put(bar < 0 ? s : s.substring(0, bar).strip(), bar < 0 ? null : s.substring(bar + 1).strip());
        }
        return out;
    }

    static Set<String> acronyms() {
        return new HashSet<>(ACRONYMS);
    }

    /**
     * The built-in jargon list (a profile's own list scans alone), for the union of the lexicons that scan a draft's
     * normalised view together.
     *
     * @return the lexicon
     */
    public static Lexicon<?> builtInJargon() {
        return DEFAULT_LEXICON;
    }
}
