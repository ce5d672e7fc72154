package org.councilpolicy.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.councilpolicy.core.rule.RuleInfo;

/**
 * Which of a subject type's rules a selector picks ({@link org.councilpolicy.core.rule.RuleContext#checkAlso}: a
 * comment read as a draft runs the personal-data draft rules), remembered per subject type and selector class when
 * the selector holds no state. Testing the selector on each of a type's rules at every check read every rule's
 * metadata, scattered in memory, once per comment. Thread-safe; one per engine, so it never outlives the rules.
 *
 * @param <P> the engine's prepared rule
 */
final class Selections<P> {

    /**
     * Whether instances of a class hold no state, so that any two select alike: no instance field in the class or
     * its superclasses (a lambda that captures nothing has none). A selector reads only the immutable rule
     * metadata it is given.
     */
    private static final ClassValue<Boolean> STATELESS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                    if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                        return false;
                    }
                }
            }
            return true;
        }
    };

    private record Key(Class<?> subjectType, Class<?> selector, String except, boolean derived) {
    }

    private final Function<P, RuleInfo> info;
    private final Predicate<P> escalateOnly;
    private final Map<Key, List<P>> memo = new ConcurrentHashMap<>();

    Selections(Function<P, RuleInfo> info, Predicate<P> escalateOnly) {
        this.info = info;
        this.escalateOnly = escalateOnly;
    }

    /** Whether {@code which}'s selection may be remembered (its class holds no state). */
    boolean stateless(Predicate<RuleInfo> which) {
        return STATELESS.get(which.getClass());
    }

    /** {@link #filter} of {@code rules} (the rules of {@code type}), worked out once per type and selector class. */
    List<P> memo(Class<?> type, Predicate<RuleInfo> which, String except, boolean derived, List<P> rules) {
        Key key = new Key(type, which.getClass(), except, derived);
        List<P> out = memo.get(key);
        if (out == null) {
            out = filter(rules, which, except, derived);
            memo.putIfAbsent(key, out);
        }
        return out;
    }

    /**
     * The rules {@code which} selects, in order, but never rule {@code except} (or null) nor, for a {@code derived}
     * subject (a comment read as a draft), a second-opinion rule: that is not the second stage's to judge.
     */
    List<P> filter(List<P> rules, Predicate<RuleInfo> which, String except, boolean derived) {
        List<P> out = new ArrayList<>();
        for (P p : rules) {
            if (selects(p, which, except, derived)) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /** Whether {@link #filter} keeps {@code p}. */
    boolean selects(P p, Predicate<RuleInfo> which, String except, boolean derived) {
        RuleInfo i = info.apply(p);
        return which.test(i) && (except == null || !i.id().equals(except)) && !(derived && escalateOnly.test(p));
    }
}
