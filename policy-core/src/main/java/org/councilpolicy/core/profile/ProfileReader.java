package org.councilpolicy.core.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.councilpolicy.core.calendar.Counting;
import org.councilpolicy.core.calendar.UkRegion;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.Severity;

/** Walks a profile tree once, collecting every problem with its path rather than stopping at the first. */
final class ProfileReader {

    private static final List<String> TOP = List.of("name", "version", "council", "source", "extends", "jurisdiction",
            "ownContacts", "requiredHashtags", "encouragedHashtags", "namedPeople", "preElectionPeriods",
            "postingPauses", "extraBankHolidays", "rules", "messages", "moderation", "photos");
    private static final int DEFAULT_PAUSE_DAYS = 10;

    private final Map<String, RuleInfo> rules;
    private final List<ProfileProblem> problems = new ArrayList<>();

    ProfileReader(Map<String, RuleInfo> rules) {
        this.rules = rules;
    }

    List<ProfileProblem> problems() {
        return problems;
    }

    Profile read(JsonNode root) {
        keys(root, "", TOP);
        String name = text(root, "name", "", true);
        Profile.Builder b = Profile.builder(name == null ? "?" : name);
        String version = text(root, "version", "", false);
        if (version != null) {
            b.version(version);
        }
        b.council(text(root, "council", "", true));
        b.source(text(root, "source", "", false));
        b.extendsProfile(text(root, "extends", "", false));
        Jurisdiction j = enumOf(root.get("jurisdiction"), "jurisdiction", Jurisdiction.class);
        if (j != null) {
            b.jurisdiction(j);
        } else if (root.get("jurisdiction") == null) {
            problem("jurisdiction", "required; expected one of " + names(Jurisdiction.class));
        }
        readContacts(root.get("ownContacts"), b);
        readHashtags(root.get("requiredHashtags"), "requiredHashtags").forEach(b::requiredHashtags);
        readHashtags(root.get("encouragedHashtags"), "encouragedHashtags").forEach(b::encouragedHashtags);
        readPeople(root.get("namedPeople"), b);
        for (Period p : periods(root.get("preElectionPeriods"), "preElectionPeriods", false)) {
            b.preElectionPeriod(p);
        }
        for (Period p : periods(root.get("postingPauses"), "postingPauses", true)) {
            b.postingPause(p);
        }
        readExtraHolidays(root.get("extraBankHolidays"), b);
        readRules(root.get("rules"), b);
        readMessages(root.get("messages"), b);
        readModeration(root.get("moderation"), b);
        readPhotos(root.get("photos"), b);
        return problems.isEmpty() ? b.build() : null;
    }

    private void readContacts(JsonNode node, Profile.Builder b) {
        if (!object(node, "ownContacts")) {
            return;
        }
        keys(node, "ownContacts", List.of("domains", "emails", "phones", "handles"));
        b.ownContacts(new OwnContacts(
                strings(node.get("domains"), "ownContacts.domains"),
                strings(node.get("emails"), "ownContacts.emails"),
                strings(node.get("phones"), "ownContacts.phones"),
                strings(node.get("handles"), "ownContacts.handles")));
    }

    private Map<AccountType, List<String>> readHashtags(JsonNode node, String path) {
        Map<AccountType, List<String>> out = new EnumMap<>(AccountType.class);
        if (!object(node, path)) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = path + "." + e.getKey();
            AccountType account = parseEnum(e.getKey(), p, AccountType.class, "account kind");
            List<String> tags = strings(e.getValue(), p);
            for (int i = 0; i < tags.size(); i++) {
                if (!tags.get(i).matches("#\\w+")) {
                    problem(p + "[" + i + "]", "expected a hashtag like #SHDC, got \"" + tags.get(i) + "\"");
                }
            }
            if (account != null) {
                out.put(account, tags);
            }
        }
        return out;
    }

    private void readPeople(JsonNode node, Profile.Builder b) {
        if (!object(node, "namedPeople")) {
            return;
        }
        keys(node, "namedPeople", List.of("councillors", "officers", "partners", "publicFigures"));
        b.namedPeople(new NamedPeople(
                people(node.get("councillors"), "namedPeople.councillors"),
                people(node.get("officers"), "namedPeople.officers"),
                strings(node.get("partners"), "namedPeople.partners"),
                people(node.get("publicFigures"), "namedPeople.publicFigures")));
    }

    private List<NamedPerson> people(JsonNode node, String path) {
        List<NamedPerson> out = new ArrayList<>();
        if (!array(node, path)) {
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode n = node.get(i);
            String p = path + "[" + i + "]";
            if (n.isTextual() && !n.asText().isBlank()) {
                out.add(NamedPerson.of(n.asText()));
            } else if (n.isObject()) {
                keys(n, p, List.of("name", "role", "party", "aliases"));
                String name = text(n, "name", p, true);
                List<String> aliases = strings(n.get("aliases"), p + ".aliases");
                if (name != null) {
                    out.add(new NamedPerson(name, text(n, "role", p, false), text(n, "party", p, false), aliases));
                }
            } else {
                problem(p, "expected a name or a mapping with name, role, party, aliases, got " + describe(n));
            }
        }
        return out;
    }

    private List<Period> periods(JsonNode node, String path, boolean defaultLength) {
        List<Period> out = new ArrayList<>();
        if (!array(node, path)) {
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode n = node.get(i);
            String p = path + "[" + i + "]";
            if (!object(n, p)) {
                continue;
            }
            keys(n, p, defaultLength ? List.of("name", "start", "end", "days") : List.of("name", "start", "end"));
            String name = text(n, "name", p, true);
            LocalDate start = date(n.get("start"), p + ".start", true);
            LocalDate end = date(n.get("end"), p + ".end", !defaultLength);
            if (defaultLength && n.has("days")) {
                if (n.has("end")) {
                    problem(p + ".days", "give either end or days, not both");
                }
                Integer days = integer(n.get("days"), p + ".days");
                if (days != null && days < 1) {
                    problem(p + ".days", "expected at least 1, got " + days);
                } else if (days != null && start != null) {
                    end = start.plusDays(days - 1L);
                }
            } else if (defaultLength && end == null && start != null && !n.has("end")) {
                end = start.plusDays(DEFAULT_PAUSE_DAYS - 1L);
            }
            if (start != null && end != null && end.isBefore(start)) {
                problem(p + ".end", "ends (" + end + ") before it starts (" + start + ")");
            } else if (name != null && start != null && end != null) {
                out.add(new Period(name, start, end));
            }
        }
        return out;
    }

    private void readExtraHolidays(JsonNode node, Profile.Builder b) {
        if (!object(node, "extraBankHolidays")) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = "extraBankHolidays." + e.getKey();
            UkRegion region = parseEnum(e.getKey(), p, UkRegion.class, "region");
            if (region == UkRegion.ANY_PART_OF_UK) {
                problem(p, "name the region the holiday is in: ENGLAND_AND_WALES, SCOTLAND or NORTHERN_IRELAND");
                continue;
            }
            List<LocalDate> days = new ArrayList<>();
            if (array(e.getValue(), p)) {
                for (int i = 0; i < e.getValue().size(); i++) {
                    LocalDate d = date(e.getValue().get(i), p + "[" + i + "]", true);
                    if (d != null) {
                        days.add(d);
                    }
                }
            }
            if (region != null) {
                b.extraBankHolidays(region, days);
            }
        }
    }

    private void readRules(JsonNode node, Profile.Builder b) {
        if (!object(node, "rules")) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            String p = "rules." + id;
            RuleInfo info = rules.get(id);
            if (info == null) {
                problem(p, "unknown rule id" + suggestion(id));
            }
            JsonNode n = e.getValue();
            if (!object(n, p)) {
                continue;
            }
            keys(n, p, List.of("enabled", "severity", "justification", "options"));
            Boolean enabled = n.has("enabled") ? bool(n.get("enabled"), p + ".enabled") : null;
            Severity severity = enumOf(n.get("severity"), p + ".severity", Severity.class);
            String justification = text(n, "justification", p, false);
            if ((n.has("enabled") || n.has("severity")) && (justification == null || justification.isBlank())) {
                problem(p + ".justification", "required: say why the council departs from the rule's default");
            }
            Map<String, Object> options = new LinkedHashMap<>();
            JsonNode opts = n.get("options");
            if (object(opts, p + ".options")) {
                for (Iterator<Map.Entry<String, JsonNode>> oi = opts.fields(); oi.hasNext(); ) {
                    Map.Entry<String, JsonNode> o = oi.next();
                    String op = p + ".options." + o.getKey();
                    RuleOption decl = info == null ? null : info.option(o.getKey()).orElse(null);
                    if (info != null && decl == null) {
                        problem(op, "unknown option; " + (info.options().isEmpty() ? "this rule takes none"
                                : "expected one of " + info.options().stream().map(RuleOption::name)
                                .collect(Collectors.joining(", "))));
                        continue;
                    }
                    Object value = plain(o.getValue());
                    if (decl != null) {
                        String wrong = Profile.checkOption(decl, value);
                        if (wrong != null) {
                            problem(op, wrong + ", got " + describe(o.getValue()));
                            continue;
                        }
                    }
                    options.put(o.getKey(), value);
                }
            }
            b.rule(id, new RuleOverride(enabled, severity, justification, options));
        }
    }

    private void readMessages(JsonNode node, Profile.Builder b) {
        if (!object(node, "messages")) {
            return;
        }
        keys(node, "messages", List.of("counting", "acknowledgement", "informationTeam"));
        Counting counting = Counting.ICO;
        JsonNode c = node.get("counting");
        if (c != null) {
            String v = c.isTextual() ? c.asText().toUpperCase(Locale.ROOT).replace('-', '_') : "";
            try {
                counting = Counting.valueOf(v);
            } catch (IllegalArgumentException e) {
                problem("messages.counting", "expected one of ico, next-working-day, got " + describe(c));
            }
        }
        String full = null;
        String shortTemplate = null;
        JsonNode ack = node.get("acknowledgement");
        if (object(ack, "messages.acknowledgement")) {
            keys(ack, "messages.acknowledgement", List.of("full", "short"));
            full = text(ack, "full", "messages.acknowledgement", false);
            shortTemplate = text(ack, "short", "messages.acknowledgement", false);
        }
        b.messages(new MessageSettings(counting, full, shortTemplate, text(node, "informationTeam", "messages", false)));
    }

    private void readModeration(JsonNode node, Profile.Builder b) {
        if (!object(node, "moderation")) {
            return;
        }
        keys(node, "moderation", List.of("mildProfanity"));
        Boolean mild = node.has("mildProfanity") ? bool(node.get("mildProfanity"), "moderation.mildProfanity") : null;
        b.moderation(new ModerationSettings(mild != null && mild));
    }

    private void readPhotos(JsonNode node, Profile.Builder b) {
        if (!object(node, "photos")) {
            return;
        }
        keys(node, "photos", List.of("ageThreshold", "consentValidityMonths"));
        Integer age = node.has("ageThreshold") ? integer(node.get("ageThreshold"), "photos.ageThreshold") : null;
        Integer months = node.has("consentValidityMonths")
                ? integer(node.get("consentValidityMonths"), "photos.consentValidityMonths") : null;
        int a = age == null ? PhotoSettings.DEFAULT.ageThreshold() : age;
        int m = months == null ? PhotoSettings.DEFAULT.consentValidityMonths() : months;
        boolean ok = true;
        if (a < 1 || a > 25) {
            problem("photos.ageThreshold", "expected an age from 1 to 25, got " + a);
            ok = false;
        }
        if (m < 1) {
            problem("photos.consentValidityMonths", "expected at least 1, got " + m);
            ok = false;
        }
        if (ok) {
            b.photos(new PhotoSettings(a, m));
        }
    }

    // ---- primitives: each records a problem and returns null on bad input ----

    private void problem(String path, String message) {
        problems.add(new ProfileProblem(path, message));
    }

    private void keys(JsonNode node, String path, List<String> allowed) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                problem(join(path, k), "unknown key; expected one of " + String.join(", ", allowed));
            }
        }
    }

    private boolean object(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isObject()) {
            problem(path, "expected a mapping, got " + describe(node));
            return false;
        }
        return true;
    }

    private boolean array(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isArray()) {
            problem(path, "expected a list, got " + describe(node));
            return false;
        }
        return true;
    }

    private String text(JsonNode parent, String key, String path, boolean required) {
        JsonNode n = parent.get(key);
        String p = join(path, key);
        if (n == null || n.isNull()) {
            if (required) {
                problem(p, "required");
            }
            return null;
        }
        if (!n.isTextual()) {
            problem(p, "expected a string, got " + describe(n));
            return null;
        }
        return n.asText();
    }

    private List<String> strings(JsonNode node, String path) {
        List<String> out = new ArrayList<>();
        if (!array(node, path)) {
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode n = node.get(i);
            if (n.isTextual() && !n.asText().isBlank()) {
                out.add(n.asText());
            } else {
                problem(path + "[" + i + "]", "expected a non-empty string, got " + describe(n));
            }
        }
        return out;
    }

    private Boolean bool(JsonNode n, String path) {
        if (n == null || !n.isBoolean()) {
            problem(path, "expected true or false, got " + describe(n));
            return null;
        }
        return n.asBoolean();
    }

    private Integer integer(JsonNode n, String path) {
        if (n == null || !n.isIntegralNumber()) {
            problem(path, "expected a whole number, got " + describe(n));
            return null;
        }
        return n.asInt();
    }

    private LocalDate date(JsonNode n, String path, boolean required) {
        if (n == null || n.isNull()) {
            if (required) {
                problem(path, "required; expected a date YYYY-MM-DD");
            }
            return null;
        }
        if (!n.isTextual()) {
            problem(path, "expected a date YYYY-MM-DD, got " + describe(n));
            return null;
        }
        try {
            return LocalDate.parse(n.asText());
        } catch (DateTimeParseException e) {
            problem(path, "expected a date YYYY-MM-DD, got " + describe(n));
            return null;
        }
    }

    private <E extends Enum<E>> E enumOf(JsonNode n, String path, Class<E> type) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            problem(path, "expected one of " + names(type) + ", got " + describe(n));
            return null;
        }
        return parseEnum(n.asText(), path, type, null);
    }

    private <E extends Enum<E>> E parseEnum(String value, String path, Class<E> type, String what) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        problem(path, (what == null ? "" : "unknown " + what + "; ") + "expected one of " + names(type)
                + ", got \"" + value + "\"");
        return null;
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private String suggestion(String id) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : rules.keySet()) {
            int d = distance(id, known);
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        return best != null && bestDistance <= Math.max(2, id.length() / 4) ? "; did you mean " + best + "?" : "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static Object plain(JsonNode n) {
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isInt()) {
            return n.asInt();
        }
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isArray()) {
            List<Object> out = new ArrayList<>();
            n.forEach(x -> out.add(plain(x)));
            return out;
        }
        return n;
    }

    private static String describe(JsonNode n) {
        if (n == null || n.isNull()) {
            return "nothing";
        }
        if (n.isTextual()) {
            return "\"" + n.asText() + "\"";
        }
        if (n.isObject()) {
            return "a mapping";
        }
        if (n.isArray()) {
            return "a list";
        }
        return n.toString();
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
