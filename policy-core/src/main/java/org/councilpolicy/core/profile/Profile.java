package org.councilpolicy.core.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.councilpolicy.core.calendar.UkRegion;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.RuleSettings;

/**
 * A council's policy profile: who the council is, what it may name, what it requires, and how it
 * tunes each rule. Immutable; read one with {@link ProfileLoader} or build one with {@link #builder}.
 *
 * @param name               the profile's name, e.g. {@code suffolk}
 * @param version            the profile's own version, for audit records
 * @param council            the council's name
 * @param source             the policy document the profile encodes
 * @param extendsProfile     the profile it extends, or {@code null}
 * @param jurisdiction       the nation it works under
 * @param ownContacts        its own contact details (never personal data)
 * @param requiredHashtags   per account kind, hashtags of which a post must carry at least one
 * @param encouragedHashtags per account kind, hashtags a post is advised to carry
 * @param namedPeople        people and organisations it may name
 * @param preElectionPeriods periods of heightened publicity restrictions
 * @param postingPauses      periods in which nothing may be posted or scheduled (national mourning)
 * @param extraBankHolidays  one-off bank holidays added by the council, by region
 * @param rules              per-rule overrides, by rule id
 * @param sections           the modules' own sections ({@code messages}, {@code photos}, …): read one with
 *                           {@link #settings(SettingsSection)}
 */
public record Profile(
        String name,
        String version,
        String council,
        String source,
        String extendsProfile,
        Jurisdiction jurisdiction,
        OwnContacts ownContacts,
        Map<AccountType, List<String>> requiredHashtags,
        Map<AccountType, List<String>> encouragedHashtags,
        NamedPeople namedPeople,
        List<Period> preElectionPeriods,
        List<Period> postingPauses,
        Map<UkRegion, List<LocalDate>> extraBankHolidays,
        Map<String, RuleOverride> rules,
        ProfileSections sections) {

    /**
     * Validates the components.
     *
     * @param name the profile's name, e.g. {@code suffolk}
     * @param version the profile's own version, for audit records
     * @param council the council's name
     * @param source the policy document the profile encodes
     * @param extendsProfile the profile it extends, or {@code null}
     * @param jurisdiction the nation it works under
     * @param ownContacts its own contact details (never personal data)
     * @param requiredHashtags per account kind, hashtags of which a post must carry at least one
     * @param encouragedHashtags per account kind, hashtags a post is advised to carry
     * @param namedPeople people and organisations it may name
     * @param preElectionPeriods periods of heightened publicity restrictions
     * @param postingPauses periods in which nothing may be posted or scheduled (national mourning)
     * @param extraBankHolidays one-off bank holidays added by the council, by region
     * @param rules per-rule overrides, by rule id
     * @param sections the modules' own sections
     */
    public Profile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(ownContacts, "ownContacts");
        requiredHashtags = copyLists(requiredHashtags, "requiredHashtags");
        encouragedHashtags = copyLists(encouragedHashtags, "encouragedHashtags");
        Objects.requireNonNull(namedPeople, "namedPeople");
        preElectionPeriods = List.copyOf(Objects.requireNonNull(preElectionPeriods, "preElectionPeriods"));
        postingPauses = List.copyOf(Objects.requireNonNull(postingPauses, "postingPauses"));
        Map<UkRegion, List<LocalDate>> extra = new EnumMap<>(UkRegion.class);
        Objects.requireNonNull(extraBankHolidays, "extraBankHolidays").forEach((k, v) -> extra.put(k, List.copyOf(v)));
        extraBankHolidays = java.util.Collections.unmodifiableMap(extra);
        rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(rules, "rules")));
        Objects.requireNonNull(sections, "sections");
    }

    /**
     * A module's settings: those its section gives, or the section's defaults. A loader that knew the section
     * validated it at load; one that did not kept it as written, and it is read (once) here.
     *
     * @param section the module's section, such as {@code PhotoSettings.SECTION}
     * @param <T>     the section's settings
     * @return the settings
     * @throws InvalidProfileException when the section, read here for the first time, has problems (each with its
     *     path)
     */
    public <T> T settings(SettingsSection<T> section) {
        return sections.get(Objects.requireNonNull(section, "section"), name);
    }

    private static Map<AccountType, List<String>> copyLists(Map<AccountType, List<String>> in, String what) {
        Map<AccountType, List<String>> out = new EnumMap<>(AccountType.class);
        Objects.requireNonNull(in, what).forEach((k, v) -> out.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Hashtags required on posts from that kind of account (empty when none).
     *
     * @param account the account type
     * @return the hashtags, empty when none
     */
    public List<String> requiredHashtags(AccountType account) {
        return requiredHashtags.getOrDefault(account, List.of());
    }

    /**
     * Hashtags encouraged on posts from that kind of account (empty when none).
     *
     * @param account the account type
     * @return the hashtags, empty when none
     */
    public List<String> encouragedHashtags(AccountType account) {
        return encouragedHashtags.getOrDefault(account, List.of());
    }

    /** The zone councils in every UK jurisdiction keep their days in. */
    public static final ZoneId UK_ZONE = ZoneId.of("Europe/London");

    /**
     * The zone the council's days are kept in: Europe/London for every UK jurisdiction. The one rule for "today"
     * is {@link #today(Clock)}.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return UK_ZONE;
    }

    /**
     * "Today" for this council: the clock's instant read in {@link #zone()}, whatever zone the clock itself
     * carries (a UTC clock at 23:30 on a summer evening is already tomorrow in London).
     *
     * @param clock where the instant comes from
     * @return today's date for the council
     */
    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone());
    }

    /**
     * The pre-election period that includes {@code day}, if any.
     *
     * @param day the day
     * @return the pre-election period that includes {@code day}, if any
     */
    public Optional<Period> preElectionPeriodOn(LocalDate day) {
        return preElectionPeriods.stream().filter(p -> p.contains(day)).findFirst();
    }

    /**
     * The posting pause that includes {@code day}, if any.
     *
     * @param day the day
     * @return the posting pause that includes {@code day}, if any
     */
    public Optional<Period> postingPauseOn(LocalDate day) {
        return postingPauses.stream().filter(p -> p.contains(day)).findFirst();
    }

    /** {@return every extra bank holiday the profile adds, whatever the region} */
    public List<LocalDate> allExtraBankHolidays() {
        List<LocalDate> all = new ArrayList<>();
        extraBankHolidays.values().forEach(all::addAll);
        return all;
    }

    /**
     * The extra bank holidays that apply in {@code region} (every region's for the union).
     *
     * @param region the part of the UK
     * @return the extra bank holidays that apply in {@code region} (every region's for the union)
     */
    public List<LocalDate> extraBankHolidays(UkRegion region) {
        return region == UkRegion.ANY_PART_OF_UK ? allExtraBankHolidays()
                : extraBankHolidays.getOrDefault(region, List.of());
    }

    /**
     * The effective settings of a rule under this profile: its declared defaults overlaid with this
     * profile's override, if any.
     *
     * @param rule the rule
     * @return the effective settings of a rule under this profile: its declared defaults overlaid with this profile's override, if any
     */
    public RuleSettings settingsFor(RuleInfo rule) {
        RuleSettings d = RuleSettings.defaults(rule);
        RuleOverride o = rules.get(rule.id());
        if (o == null) {
            return d;
        }
        Map<String, Object> options = new java.util.HashMap<>(d.options());
        options.putAll(o.options());
        return new RuleSettings(rule.id(),
                o.enabled() != null ? o.enabled() : d.enabled(),
                o.severity() != null ? o.severity() : d.severity(),
                o.justification(),
                options);
    }

    /**
     * A builder with an English default: no contacts, no people, no periods, no overrides.
     *
     * @param name the profile's name, e.g. {@code suffolk}
     * @return a builder with an English default: no contacts, no people, no periods, no overrides
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * A builder starting from this profile, for tests and programmatic tweaks.
     *
     * @return this builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.version = version;
        b.council = council;
        b.source = source;
        b.extendsProfile = extendsProfile;
        b.jurisdiction = jurisdiction;
        b.ownContacts = ownContacts;
        b.requiredHashtags.putAll(requiredHashtags);
        b.encouragedHashtags.putAll(encouragedHashtags);
        b.namedPeople = namedPeople;
        b.preElectionPeriods.addAll(preElectionPeriods);
        b.postingPauses.addAll(postingPauses);
        b.extraBankHolidays.putAll(extraBankHolidays);
        b.rules.putAll(rules);
        b.written.putAll(sections.written());
        b.typed.putAll(sections.typed());
        return b;
    }

    /** Builds a {@link Profile}; everything but the name has a default. */
    public static final class Builder {
        private final String name;
        private String version = "1";
        private String council;
        private String source;
        private String extendsProfile;
        private Jurisdiction jurisdiction = Jurisdiction.ENGLAND;
        private OwnContacts ownContacts = OwnContacts.NONE;
        private final Map<AccountType, List<String>> requiredHashtags = new EnumMap<>(AccountType.class);
        private final Map<AccountType, List<String>> encouragedHashtags = new EnumMap<>(AccountType.class);
        private NamedPeople namedPeople = NamedPeople.NONE;
        private final List<Period> preElectionPeriods = new ArrayList<>();
        private final List<Period> postingPauses = new ArrayList<>();
        private final Map<UkRegion, List<LocalDate>> extraBankHolidays = new EnumMap<>(UkRegion.class);
        private final Map<String, RuleOverride> rules = new LinkedHashMap<>();
        private final Map<String, JsonNode> written = new LinkedHashMap<>();
        private final Map<String, Object> typed = new LinkedHashMap<>();

        Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Sets the profile's own version, for audit records.
         *
         * @param v the profile's own version, for audit records
         * @return this builder
         */
        public Builder version(String v) { this.version = Objects.requireNonNull(v, "version"); return this; }
        /**
         * Sets the council's name.
         *
         * @param v the council's name
         * @return this builder
         */
        public Builder council(String v) { this.council = v; return this; }
        /**
         * Sets the policy document the profile encodes.
         *
         * @param v the policy document the profile encodes
         * @return this builder
         */
        public Builder source(String v) { this.source = v; return this; }
        /**
         * Sets the profile it extends, or {@code null}.
         *
         * @param v the profile it extends, or {@code null}
         * @return this builder
         */
        public Builder extendsProfile(String v) { this.extendsProfile = v; return this; }
        /**
         * Sets the nation it works under.
         *
         * @param v the nation it works under
         * @return this builder
         */
        public Builder jurisdiction(Jurisdiction v) { this.jurisdiction = Objects.requireNonNull(v, "jurisdiction"); return this; }
        /**
         * Sets its own contact details (never personal data).
         *
         * @param v its own contact details (never personal data)
         * @return this builder
         */
        public Builder ownContacts(OwnContacts v) { this.ownContacts = Objects.requireNonNull(v, "ownContacts"); return this; }
        /**
         * Sets the hashtags a post from this kind of account must carry (at least one of them).
         *
         * @param a the kind of account
         * @param tags the hashtags, with their {@code #}
         * @return this builder
         */
        public Builder requiredHashtags(AccountType a, List<String> tags) { requiredHashtags.put(a, List.copyOf(tags)); return this; }
        /**
         * Sets the hashtags a post from this kind of account is advised to carry.
         *
         * @param a the kind of account
         * @param tags the hashtags, with their {@code #}
         * @return this builder
         */
        public Builder encouragedHashtags(AccountType a, List<String> tags) { encouragedHashtags.put(a, List.copyOf(tags)); return this; }
        /**
         * Sets people and organisations it may name.
         *
         * @param v people and organisations it may name
         * @return this builder
         */
        public Builder namedPeople(NamedPeople v) { this.namedPeople = Objects.requireNonNull(v, "namedPeople"); return this; }
        /**
         * Adds a pre-election period.
         *
         * @param p the period, first and last days inclusive
         * @return this builder
         */
        public Builder preElectionPeriod(Period p) { preElectionPeriods.add(Objects.requireNonNull(p, "period")); return this; }
        /**
         * Adds a period when the council's accounts stop posting.
         *
         * @param p the pause, first and last days inclusive
         * @return this builder
         */
        public Builder postingPause(Period p) { postingPauses.add(Objects.requireNonNull(p, "pause")); return this; }
        /**
         * Adds bank holidays the calendars do not know yet, for one part of the UK.
         *
         * @param r the part of the UK
         * @param days the extra days off
         * @return this builder
         */
        public Builder extraBankHolidays(UkRegion r, List<LocalDate> days) { extraBankHolidays.put(r, List.copyOf(days)); return this; }
        /**
         * Overrides a rule's settings.
         *
         * @param id the rule's id
         * @param o the override
         * @return this builder
         */
        public Builder rule(String id, RuleOverride o) { rules.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(o, "override")); return this; }
        /**
         * Sets a module's settings, in place of any its section in the profile gave.
         *
         * @param section the module's section, such as {@code PhotoSettings.SECTION}
         * @param value   its settings
         * @param <T>     the section's settings
         * @return this builder
         */
        public <T> Builder settings(SettingsSection<T> section, T value) {
            written.remove(section.key());
            typed.put(section.key(), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** A module's section as the profile writes it, kept until a module reads it. */
        Builder written(String key, JsonNode section) { written.put(key, section); return this; }

        /**
         * Builds it, failing fast on a missing or invalid part.
         *
         * @return the built profile
         */
        public Profile build() {
            return new Profile(name, version, council == null ? name : council, source, extendsProfile, jurisdiction,
                    ownContacts, requiredHashtags, encouragedHashtags, namedPeople, preElectionPeriods, postingPauses,
                    extraBankHolidays, rules, new ProfileSections(written, typed));
        }
    }
}
