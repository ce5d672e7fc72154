package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.councilpolicy.media.clearance.AgeBand;
import org.councilpolicy.media.clearance.ClearanceAction;
import org.councilpolicy.media.clearance.ClearanceDecision;
import org.councilpolicy.media.clearance.ConsentKind;
import org.councilpolicy.media.clearance.ConsentRecord;
import org.councilpolicy.media.clearance.ImageSource;
import org.councilpolicy.media.clearance.IncidentDetails;
import org.councilpolicy.media.clearance.PhotoContext;
import org.councilpolicy.media.clearance.PhotoDeclaration;
import org.councilpolicy.media.clearance.PhotoSubject;
import org.councilpolicy.media.clearance.PostedBy;
import org.councilpolicy.media.clearance.SourceKind;
import org.councilpolicy.media.clearance.VisibleItem;

/** A {@code photo} input line to a {@link PhotoDeclaration}, and its decision back to JSON, per the contract. */
final class PhotoJson {
    private PhotoJson() {
    }

    /**
     * Reads a declaration. Defaults: context GENERAL; a subject's ageBand UNKNOWN, recognisable true,
     * colleague false; incident flags false and postedBy OTHER; source UNKNOWN (a photo nobody vouched for is
     * not assumed to be the council's own); unsure false.
     */
    static PhotoDeclaration read(JsonNode in) throws InputException {
        PhotoDeclaration.Builder b = PhotoDeclaration.builder(
                Fields.optionalEnum(in, "context", PhotoContext.class, PhotoContext.GENERAL));
        String image = Fields.optionalText(in, "image");
        if (image != null) {
            try {
                b.image(Path.of(image));
            } catch (InvalidPathException e) {
                throw new InputException("image", "not a valid file path");
            }
        }
        int i = 0;
        for (JsonNode s : Fields.optionalArray(in, "subjects")) {
            b.subject(subject(s, "subjects[" + i + "]"));
            i++;
        }
        JsonNode incident = Fields.optionalObject(in, "incident");
        if (incident != null) {
            b.incident(new IncidentDetails(flag(incident, "officerInChargePermission", "incident."),
                    flag(incident, "stillAtScene", "incident."), flag(incident, "publicBenefit", "incident."),
                    enumOf(incident, "postedBy", PostedBy.class, PostedBy.OTHER, "incident.")));
        }
        int v = 0;
        for (JsonNode item : Fields.optionalArray(in, "visible")) {
            String field = "visible[" + v + "]";
            VisibleItem parsed = null;
            if (item.isTextual()) {
                for (VisibleItem e : VisibleItem.values()) {
                    if (e.name().equals(item.asText())) {
                        parsed = e;
                    }
                }
            }
            if (parsed == null) {
                throw new InputException(field, "expected one of " + names(VisibleItem.values()) + ", got " + Fields.shown(item));
            }
            b.visible(parsed);
            v++;
        }
        JsonNode source = Fields.optionalObject(in, "source");
        if (source != null) {
            b.source(new ImageSource(enumOf(source, "kind", SourceKind.class, SourceKind.UNKNOWN, "source."),
                    text(source, "licence", "source.")));
        }
        Boolean unsure = Fields.optionalBoolean(in, "unsure");
        b.unsure(unsure != null && unsure);
        return b.build();
    }

    private static PhotoSubject subject(JsonNode s, String at) throws InputException {
        if (!s.isObject()) {
            throw new InputException(at, "expected an object");
        }
        String p = at + ".";
        Integer age;
        try {
            age = Fields.optionalInt(s, "age");
        } catch (InputException e) {
            throw new InputException(p + "age", "expected a whole number");
        }
        if (age != null && (age < 0 || age > 130)) {
            throw new InputException(p + "age", "expected an age between 0 and 130");
        }
        Boolean recognisable = bool(s, "recognisable", p);
        PhotoSubject.Builder b = PhotoSubject.builder(enumOf(s, "ageBand", AgeBand.class, AgeBand.UNKNOWN, p))
                .age(age)
                .recognisable(recognisable == null || recognisable)
                .colleague(flag(s, "colleague", p));
        JsonNode consent;
        try {
            consent = Fields.optionalObject(s, "consent");
        } catch (InputException e) {
            throw new InputException(p + "consent", "expected an object");
        }
        if (consent != null) {
            String c = p + "consent.";
            ConsentKind kind = enumOf(consent, "kind", ConsentKind.class, null, c);
            if (kind == null) {
                throw new InputException(c + "kind", "required; expected one of " + names(ConsentKind.values()));
            }
            LocalDate given = date(consent, "given", c);
            LocalDate expires = date(consent, "expires", c);
            if (given != null && expires != null && expires.isBefore(given)) {
                throw new InputException(c + "expires", "is before the date the consent was given");
            }
            b.consent(new ConsentRecord(kind, text(consent, "reference", c), given, expires));
        }
        return b.build();
    }

    // The shared Fields helpers name the bare field; these prefix the path inside the line.

    private static boolean flag(JsonNode n, String field, String prefix) throws InputException {
        Boolean b = bool(n, field, prefix);
        return b != null && b;
    }

    private static Boolean bool(JsonNode n, String field, String prefix) throws InputException {
        try {
            return Fields.optionalBoolean(n, field);
        } catch (InputException e) {
            throw new InputException(prefix + field, "expected true or false");
        }
    }

    private static String text(JsonNode n, String field, String prefix) throws InputException {
        try {
            return Fields.optionalText(n, field);
        } catch (InputException e) {
            throw new InputException(prefix + field, "expected a string");
        }
    }

    private static LocalDate date(JsonNode n, String field, String prefix) throws InputException {
        try {
            return Fields.optionalDate(n, field);
        } catch (InputException e) {
            throw new InputException(prefix + field, "expected an ISO-8601 date YYYY-MM-DD");
        }
    }

    private static <E extends Enum<E>> E enumOf(JsonNode n, String field, Class<E> type, E fallback, String prefix)
            throws InputException {
        try {
            return Fields.optionalEnum(n, field, type, fallback);
        } catch (InputException e) {
            throw new InputException(prefix + field, "expected one of " + names(type.getEnumConstants())
                    + ", got " + Fields.shown(n.get(field)));
        }
    }

    private static String names(Enum<?>[] values) {
        StringBuilder sb = new StringBuilder();
        for (Enum<?> e : values) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.name());
        }
        return sb.toString();
    }

    /** The decision to the contract's output (without the id, which {@link JsonLines} adds). */
    static ObjectNode write(ClearanceDecision d) {
        ObjectNode out = JsonLines.MAPPER.createObjectNode();
        out.put("decision", d.decision().name());
        ArrayNode actions = out.putArray("actions");
        for (ClearanceAction a : d.actions()) {
            ObjectNode o = actions.addObject();
            o.put("code", a.code().name());
            ArrayNode clauses = o.putArray("clauses");
            a.clauses().forEach(clauses::add);
            o.put("message", a.message());
        }
        ReportJson.putFindings(out, d.findings());
        return out;
    }
}
