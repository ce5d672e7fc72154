package org.councilpolicy.content.messages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilpolicy.core.text.DataLines;
import org.councilpolicy.core.text.Lexicon;

/** Reads {@code request-cues.tsv} into a {@link Lexicon}, once per class loader. */
final class RequestCues {

    static final String RESOURCE = "request-cues.tsv";
    static final String SPELLINGS = "cue-spellings.tsv";

    private RequestCues() {
    }

    /** The shared, immutable cue lexicon. */
    static Lexicon<Cue> lexicon() {
        return Holder.LEXICON;
    }

    private static final class Holder {
        static final Lexicon<Cue> LEXICON = load();
    }

    static Lexicon<Cue> load() {
        Map<String, List<String>> spellings = spellings();
        Lexicon.Builder<Cue> b = Lexicon.builder();
        try (InputStream in = RequestCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                if (parts.length != 3 || parts[2].isBlank()) {
                    throw new IllegalStateException(RESOURCE + " line " + n + ": expected KIND<tab>weight<tab>phrase");
                }
                String phrase = parts[2].strip();
                CueKind kind = CueKind.valueOf(parts[0]);
                Cue cue = new Cue(kind, Double.parseDouble(parts[1]),
                        kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + phrase);
                b.add(phrase, cue);
                if (phrase.indexOf('\'') >= 0) {
                    // Phones type a typographic apostrophe; the normaliser keeps it, so add that spelling too.
                    b.add(phrase.replace('\'', '\u2019'), cue);
                    // Residents often leave the apostrophe out ("hasnt", "didnt", "ive"); not for "'ll" (well, ill).
                    if (!phrase.contains("'ll")) {
                        b.add(phrase.replace("'", ""), cue);
                    }
                }
                if (phrase.contains("no one")) {
                    b.add(phrase.replace("no one", "noone"), cue);
                }
                addMisspellings(b, phrase, cue, spellings);
                if (kind == CueKind.REQUEST) {
                    String also = withAlso(phrase);
                    if (also != null) {
                        b.add(also, cue);
                        b.add(also.replace('\'', '\u2019'), cue);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        addServiceActs(b);
        return b.build();
    }

    /**
     * The words {@link BrokenService} composes, from {@value BrokenService#RESOURCE}: denials, acts and elliptical
     * denials, weight 0, matched with the cues so that a word inside a longer cue phrase ("never came", a listed
     * failure) is not matched again. The file's other kinds are {@link BrokenService}'s own.
     */
    private static void addServiceActs(Lexicon.Builder<Cue> b) {
        for (String line : DataLines.read(RequestCues.class, BrokenService.RESOURCE)) {
            String[] parts = line.split("\t", -1);
            if (parts.length != 2 || parts[1].isBlank()) {
                throw new IllegalStateException(BrokenService.RESOURCE + ": expected KIND<tab>word, got: " + line);
            }
            CueKind kind = switch (parts[0]) {
                case "NEGATOR" -> CueKind.NEGATOR;
                case "ACT" -> CueKind.ACT;
                case "ELLIPSIS" -> CueKind.ELLIPSIS;
                default -> null;
            };
            if (kind == null) {
                continue;
            }
            String word = parts[1].strip();
            Cue cue = new Cue(kind, 0, kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + word);
            b.add(word, cue);
            if (word.indexOf('\'') >= 0) {
                b.add(word.replace('\'', '\u2019'), cue);
                b.add(word.replace("'", ""), cue);
            }
        }
    }

    /**
     * A request phrase of the sender's own asking with "also" where English puts it (round 12): after the modal ("I
     * would also like", "I'd also like") or after the subject ("I also want", "we also need"), since a second request
     * in a message ("... and I also want to know how many ...") asks as plainly as the first. Null for other phrases.
     */
    static String withAlso(String phrase) {
        String[] w = phrase.split(" ");
        if (w.length < 2 || !(w[0].equals("i") || w[0].equals("we") || w[0].equals("i'd") || w[0].equals("we'd")
                || w[0].equals("i'm") || w[0].equals("i am"))) {
            return null;
        }
        int at = w.length > 2 && (w[1].equals("would") || w[1].equals("am") || w[1].equals("should")) ? 2 : 1;
        if (w[at].equals("also") || w[at].equals("be")) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            out.append(i == 0 ? "" : " ").append(i == at ? "also " : "").append(w[i]);
        }
        return out.toString();
    }

    /** The phrase with one of its words misspelt ({@value #SPELLINGS}), each variant in turn. */
    private static void addMisspellings(Lexicon.Builder<Cue> b, String phrase, Cue cue,
                                        Map<String, List<String>> spellings) {
        String[] words = phrase.split(" ");
        for (int i = 0; i < words.length; i++) {
            List<String> variants = spellings.get(words[i]);
            if (variants == null) {
                continue;
            }
            for (String v : variants) {
                String[] copy = words.clone();
                copy[i] = v;
                b.add(String.join(" ", copy), cue);
            }
        }
    }

    /** Reads {@value #SPELLINGS}: word, then its common misspellings. */
    static Map<String, List<String>> spellings() {
        Map<String, List<String>> out = new HashMap<>();
        for (String entry : DataLines.read(RequestCues.class, SPELLINGS)) {
            String[] parts = entry.split("\t", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalStateException(SPELLINGS + ": expected word<tab>variant,variant in '" + entry + "'");
            }
            out.put(parts[0].strip(), List.of(parts[1].strip().split(",")));
        }
        return out;
    }
}