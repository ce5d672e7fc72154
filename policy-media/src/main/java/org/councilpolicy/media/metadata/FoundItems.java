package org.councilpolicy.media.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilpolicy.core.text.Masking;

/** Collects masked values by kind and field, in the order first seen. */
final class FoundItems {

    private static final int MAX_VALUE_CHARS = 120;
    private static final int MAX_SHOWN = 3;

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    void add(MetadataKind kind, String field, String excerpt) {
        entries.computeIfAbsent(kind + "\u0000" + field, k -> new Entry(kind, field)).add(excerpt);
    }

    void addName(MetadataKind kind, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = value.strip();
        if (v.length() > MAX_VALUE_CHARS) {
            v = v.substring(0, MAX_VALUE_CHARS);
        }
        add(kind, field, Masking.mask(v));
    }

    void addDate(String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        add(MetadataKind.DATE_TAKEN, field, year(value));
    }

    List<MetadataItem> items() {
        List<MetadataItem> out = new ArrayList<>(entries.size());
        for (Entry e : entries.values()) {
            out.add(e.item());
        }
        return out;
    }

    private static final class Entry {
        private final MetadataKind kind;
        private final String field;
        private final List<String> excerpts = new ArrayList<>();

        Entry(MetadataKind kind, String field) {
            this.kind = kind;
            this.field = field;
        }

        void add(String excerpt) {
            if (!excerpts.contains(excerpt) || kind == MetadataKind.PERSON_IN_IMAGE || kind == MetadataKind.FACE_REGION) {
                excerpts.add(excerpt);
            }
        }

        MetadataItem item() {
            String shown = String.join(", ", excerpts.subList(0, Math.min(MAX_SHOWN, excerpts.size())));
            if (excerpts.size() > MAX_SHOWN) {
                shown += " and " + (excerpts.size() - MAX_SHOWN) + " more";
            }
            return new MetadataItem(kind, field, shown, excerpts.size());
        }
    }

    /** The year of a date, the only part shown: {@code 2026:01:10 09:31:00 → 2026}. */
    static String year(String date) {
        for (int i = 0; i + 4 <= date.length(); i++) {
            if (isDigits(date, i, 4) && (i + 4 == date.length() || !Character.isDigit(date.charAt(i + 4)))
                    && (i == 0 || !Character.isDigit(date.charAt(i - 1)))) {
                return date.substring(i, i + 4);
            }
        }
        return "\u2022\u2022\u2022";
    }

    private static boolean isDigits(String s, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
