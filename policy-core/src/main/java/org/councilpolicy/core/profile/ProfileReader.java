package org.councilpolicy.core.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.councilpolicy.core.calendar.UkRegion;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.Severity;

/** Walks a profile tree once, collecting every problem with its path rather than stopping at the first. */
final class ProfileReader extends TreeReader {

    private static final int DEFAULT_PAUSE_DAYS = 10;

    private final Map<String, RuleInfo> rules;
    /** Rules a built-in of the chain tunes: settings for those of an absent module are dropped, not errors. */
    private final Set<String> builtInRuleIds;
    private final Map<String, SettingsSection<?>> sections;
    private final boolean strict;

    ProfileReader(Map<String, RuleInfo> rules, Set<String> builtInRuleIds, Map<String, SettingsSection<?>> sections,
                  boolean strict) {
        this.rules = rules;
        this.builtInRuleIds = builtInRuleIds;
        this.sections = sections;
        this.strict = strict;
    }

    Profile read(JsonNode root) {
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
        readSections(root, b);
        return problems().isEmpty() ? b.build() : null;
    }

    /**
     * Every top-level key that is not core's: a known module's section is read and validated by the module; a
     * mapping no module on the class path reads is kept as written (a problem only when strict, or when its key is a
     * likely typo of a known one); anything else is an unknown key.
     */
    private void readSections(JsonNode root, Profile.Builder b) {
        List<String> known = new ArrayList<>(ProfileSource.CORE_KEYS);
        known.addAll(sections.keySet());
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            if (ProfileSource.CORE_KEYS.contains(key)) {
                continue;
            }
            SettingsSection<?> section = sections.get(key);
            if (section != null) {
                read(section, e.getValue(), b);
            } else if (strict || !e.getValue().isObject() || !suggestion(key, known).isEmpty()) {
                problem(ProfileSource.safeKey(key), "unknown key; expected one of " + String.join(", ", known)
                        + suggestion(key, known));
            } else {
                b.written(key, e.getValue());
            }
        }
    }

    private <T> void read(SettingsSection<T> section, JsonNode node, Profile.Builder b) {
        T value = ProfileSections.read(section, node, this);
        if (node.isObject()) {
            b.settings(section, value).written(section.key(), node);
        }
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
                people(node.get("councillors"), "namedPeople.councillors", true),
                people(node.get("officers"), "namedPeople.officers", false),
                strings(node.get("partners"), "namedPeople.partners"),
                people(node.get("publicFigures"), "namedPeople.publicFigures", false)));
    }

    /** People; councillors may list the committees they sit on ({@link NamedPerson#COMMITTEES}). */
    private List<NamedPerson> people(JsonNode node, String path, boolean councillors) {
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
                keys(n, p, councillors ? List.of("name", "role", "party", "aliases", "committees")
                        : List.of("name", "role", "party", "aliases"));
                String name = text(n, "name", p, true);
                List<String> aliases = strings(n.get("aliases"), p + ".aliases");
                List<String> committees = committees(n.get("committees"), p + ".committees");
                if (name != null) {
                    out.add(new NamedPerson(name, text(n, "role", p, false), text(n, "party", p, false), aliases,
                            committees));
                }
            } else {
                problem(p, "expected a name or a mapping with name, role, party, aliases, got " + describe(n));
            }
        }
        return out;
    }

    /** Committee names, lower-cased; a wrong one is a problem at its path and left out. */
    private List<String> committees(JsonNode node, String path) {
        List<String> out = new ArrayList<>();
        if (!array(node, path)) {
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            String c = node.get(i).isTextual() ? node.get(i).asText().strip().toLowerCase(Locale.ROOT) : "";
            if (NamedPerson.COMMITTEES.contains(c)) {
                out.add(c);
            } else {
                problem(path + "[" + i + "]", "expected one of " + NamedPerson.COMMITTEES.stream().sorted().toList()
                        + ", got " + describe(node.get(i)));
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
            String p = "rules." + ProfileSource.safeKey(id);
            RuleInfo info = rules.get(id);
            if (info == null && builtInRuleIds.contains(id)) {
                continue; // a built-in's setting for a rule whose module is not on the class path
            }
            if (info == null) {
                problem(p, "unknown rule id" + suggestion(id, rules.keySet()));
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
                    String op = p + ".options." + ProfileSource.safeKey(o.getKey());
                    RuleOption decl = info == null ? null : info.option(o.getKey()).orElse(null);
                    if (info != null && decl == null) {
                        List<String> names = info.options().stream().map(RuleOption::name).toList();
                        problem(op, "unknown option; " + (names.isEmpty() ? "this rule takes none"
                                : "expected one of " + String.join(", ", names) + suggestion(o.getKey(), names)));
                        continue;
                    }
                    Object value = decl == null ? plain(o.getValue()) : OptionChecks.checked(decl, o.getValue(), op, this);
                    if (value == null) {
                        continue;
                    }
                    options.put(o.getKey(), value);
                }
            }
            b.rule(id, new RuleOverride(enabled, severity, justification, options));
        }
    }
}
