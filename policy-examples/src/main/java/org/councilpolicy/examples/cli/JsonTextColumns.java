package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Where each character of an input line's {@code "text"} value sits in the raw JSON line, so an offset into the
 * text becomes a column of the file (JSON escapes such as {@code \n} or {@code \u00e9} take more than one column).
 * Linear in the line's length.
 */
final class JsonTextColumns {
    private final int[] raw;

    private JsonTextColumns(int[] raw) {
        this.raw = raw;
    }

    /**
     * @param line  the raw JSON line
     * @param field the top-level string field, e.g. {@code "text"}
     * @return the columns, or {@code null} when the line has no such string field
     */
    static JsonTextColumns of(String line, String field) {
        int quote = valueStart(line, field);
        if (quote < 0) {
            return null;
        }
        int[] map = new int[line.length() + 1];
        int n = 0;
        int i = quote + 1;
        while (i < line.length() && line.charAt(i) != '"') {
            map[n++] = i;
            if (line.charAt(i) == '\\') {
                i += line.startsWith("u", i + 1) ? 6 : 2;
            } else {
                i++;
            }
        }
        map[n] = i;
        int[] raw = new int[n + 1];
        System.arraycopy(map, 0, raw, 0, n + 1);
        return new JsonTextColumns(raw);
    }

    /** {@return the 1-based column of the text's character at {@code offset} (or just past the text's end)} */
    int column(int offset) {
        return raw[Math.max(0, Math.min(offset, raw.length - 1))] + 1;
    }

    private static int valueStart(String line, String field) {
        try (JsonParser p = JsonLines.MAPPER.getFactory().createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return -1;
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals(field) && value == JsonToken.VALUE_STRING) {
                    return (int) p.currentTokenLocation().getCharOffset();
                }
                p.skipChildren();
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
