package org.councilpolicy.core.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import org.councilpolicy.core.profile.ProfileLoader;
import org.councilpolicy.core.profile.SettingsSection;
import org.councilpolicy.core.rule.Procedure;
import org.councilpolicy.core.rule.Rule;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.text.LexiconUnion;
import org.councilpolicy.core.text.SharedLexicons;

/**
 * An immutable set of rules and procedures with unique ids: those on the class path (found with
 * {@link ServiceLoader}) and any registered by hand, with the modules' profile settings sections found beside them.
 */
public final class RuleRegistry {

    private final List<Rule<?>> rules;
    private final List<Procedure> procedures;
    /** The settings sections found beside the rules, or {@code null} for those on this class's class path. */
    private final List<SettingsSection<?>> sections;
    private final List<LexiconUnion> lexiconUnions;

    private RuleRegistry(List<Rule<?>> rules, List<Procedure> procedures, List<SettingsSection<?>> sections,
                         List<LexiconUnion> lexiconUnions) {
        this.sections = sections;
        this.lexiconUnions = lexiconUnions;
        Map<String, Object> seen = new LinkedHashMap<>();
        for (Rule<?> r : rules) {
            checkUnique(seen, r.info().id(), r);
        }
        for (Procedure p : procedures) {
            checkUnique(seen, p.info().id(), p);
        }
        this.rules = rules.stream().sorted(Comparator.comparing(r -> r.info().id())).toList();
        this.procedures = procedures.stream().sorted(Comparator.comparing(p -> p.info().id())).toList();
    }

    private static void checkUnique(Map<String, Object> seen, String id, Object what) {
        Object before = seen.putIfAbsent(id, what);
        if (before != null) {
            throw new IllegalArgumentException("two rules share the id " + id + ": " + before.getClass().getName()
                    + " and " + what.getClass().getName());
        }
    }

    /** {@return every rule and procedure on the class path of this class's loader} */
    public static RuleRegistry discover() {
        return discover(RuleRegistry.class.getClassLoader());
    }

    /**
     * Every rule and procedure visible to {@code loader}.
     *
     * @param loader the class loader to search
     * @return every rule and procedure visible to {@code loader}
     */
    @SuppressWarnings("rawtypes")
    public static RuleRegistry discover(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        List<Rule<?>> rules = new ArrayList<>();
        for (Rule r : ServiceLoader.load(Rule.class, loader)) {
            rules.add(r);
        }
        List<Procedure> procedures = new ArrayList<>();
        ServiceLoader.load(Procedure.class, loader).forEach(procedures::add);
        List<LexiconUnion> unions = new ArrayList<>();
        ServiceLoader.load(SharedLexicons.class, loader).forEach(s -> unions.add(s.union()));
        return new RuleRegistry(rules, procedures, SettingsSection.discover(loader), List.copyOf(unions));
    }

    /**
     * A registry holding exactly these rules.
     *
     * @param rules the rules
     * @return a registry holding exactly these rules
     */
    public static RuleRegistry of(List<? extends Rule<?>> rules) {
        return new RuleRegistry(List.copyOf(rules), List.of(), null, List.of());
    }

    /**
     * A registry with these rules added.
     *
     * @param more further rules
     * @return a registry with these rules added
     */
    public RuleRegistry with(List<? extends Rule<?>> more) {
        List<Rule<?>> all = new ArrayList<>(rules);
        all.addAll(more);
        return new RuleRegistry(all, procedures, sections, lexiconUnions);
    }

    /** {@return the rules, by id} */
    public List<Rule<?>> rules() {
        return rules;
    }

    /** {@return the lexicon unions the modules declare ({@link SharedLexicons}); none unless discovered} */
    public List<LexiconUnion> lexiconUnions() {
        return lexiconUnions;
    }

    /** {@return the procedures, by id} */
    public List<Procedure> procedures() {
        return procedures;
    }

    /** {@return the metadata of every rule and procedure, by id} */
    public List<RuleInfo> infos() {
        List<RuleInfo> all = new ArrayList<>();
        rules.forEach(r -> all.add(r.info()));
        procedures.forEach(p -> all.add(p.info()));
        all.sort(Comparator.comparing(RuleInfo::id));
        return List.copyOf(all);
    }

    /**
     * A profile loader that accepts the ids of these rules and procedures and validates the settings sections found
     * with them (for {@link #of(List)}, those on this class's class path).
     *
     * @return the loader
     */
    public ProfileLoader profileLoader() {
        return sections == null ? ProfileLoader.forRules(infos()) : ProfileLoader.forRules(infos(), sections);
    }
}
