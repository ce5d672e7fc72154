package org.councilpolicy.semantic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased tokenisation, as the model's {@code tokenizer.json} asks for it (BertNormalizer with lower case
 * and accents stripped, BertPreTokenizer, WordPiece with {@code ##} continuations, [CLS] … [SEP]), written out
 * here so that no native tokenizer library is needed. Immutable and thread-safe; linear in the text's length.
 */
final class WordPiece {

    /** The model's tokenizer truncates to 128 tokens, [CLS] and [SEP] included. */
    static final int MAX_TOKENS = 128;
    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> vocab;
    private final int cls;
    private final int sep;
    private final int unk;

    WordPiece(Map<String, Integer> vocab) {
        this.vocab = Map.copyOf(vocab);
        this.cls = id("[CLS]");
        this.sep = id("[SEP]");
        this.unk = id("[UNK]");
    }

    private int id(String token) {
        Integer i = vocab.get(token);
        if (i == null) {
            throw new IllegalArgumentException("vocabulary lacks " + token);
        }
        return i;
    }

    /** {@return whether the vocabulary has this token} */
    boolean knows(String token) {
        return vocab.containsKey(token);
    }

    /** Reads the vocabulary of a Hugging Face {@code tokenizer.json} with a WordPiece model. */
    static WordPiece fromTokenizerJson(InputStream in) {
        try {
            JsonNode root = new ObjectMapper().readTree(in);
            JsonNode model = root.path("model");
            if (!"WordPiece".equals(model.path("type").asText())) {
                throw new IllegalArgumentException("tokenizer.json: model is not WordPiece");
            }
            Map<String, Integer> vocab = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = model.path("vocab").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                vocab.put(e.getKey(), e.getValue().asInt());
            }
            return new WordPiece(vocab);
        } catch (IOException e) {
            throw new UncheckedIOException("tokenizer.json unreadable", e);
        }
    }

    /** {@return the token ids of the text, [CLS] first and [SEP] last, at most {@value #MAX_TOKENS}} */
    long[] ids(String text) {
        List<Integer> out = new ArrayList<>();
        out.add(cls);
        for (String word : basicTokens(text)) {
            if (out.size() >= MAX_TOKENS - 1) {
                break;
            }
            wordPieces(word, out);
        }
        int n = Math.min(out.size(), MAX_TOKENS - 1);
        long[] ids = new long[n + 1];
        for (int i = 0; i < n; i++) {
            ids[i] = out.get(i);
        }
        ids[n] = sep;
        return ids;
    }

    /** Normalises (clean, CJK spacing, accents stripped, lower case) and splits on white space and punctuation. */
    static List<String> basicTokens(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < stripped.length(); ) {
            int c = stripped.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0 || c == 0xFFFD || (isControl(c))) {
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (isWhitespace(c)) {
                flush(word, words);
            } else if (isPunctuation(c) || isCjk(c)) {
                flush(word, words);
                words.add(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
            } else {
                word.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private void wordPieces(String word, List<Integer> out) {
        if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
            out.add(unk);
            return;
        }
        int mark = out.size();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer found = null;
            while (start < end) {
                String piece = (start > 0 ? "##" : "") + word.substring(start, end);
                found = vocab.get(piece);
                if (found != null) {
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (found == null) {
                // One piece unknown: the whole word is [UNK], as BERT's WordPiece does.
                out.subList(mark, out.size()).clear();
                out.add(unk);
                return;
            }
            out.add(found);
            start = end;
        }
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean isControl(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        int t = Character.getType(c);
        return t == Character.CONTROL || t == Character.FORMAT;
    }

    static boolean isPunctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION;
    }

    private static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
    }
}
