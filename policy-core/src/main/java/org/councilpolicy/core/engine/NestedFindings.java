package org.councilpolicy.core.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.councilpolicy.core.rule.Finding;

/**
 * One thing found once: a rule that matches "took bribes" and "bribes", or "I know where you live" and "know where
 * you live", reports the outer span only. A finding is dropped when another of the same rule and kind, at least as
 * severe, covers its span; findings of different rules are all kept, since each cites its own clause. One sort and
 * one sweep per rule, so hostile texts with many findings stay fast.
 */
final class NestedFindings {

    private NestedFindings() {
    }

    static List<Finding> withoutNested(List<Finding> findings) {
        if (findings.size() < 2) {
            return findings;
        }
        Map<String, List<Finding>> byRuleAndKind = new HashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f.span() == null) {
                out.add(f);
            } else {
                byRuleAndKind.computeIfAbsent(f.rule() + "\u0000" + Objects.toString(f.kindName(), ""),
                        k -> new ArrayList<>()).add(f);
            }
        }
        Comparator<Finding> outerFirst = Comparator.comparingInt((Finding f) -> f.span().start())
                .thenComparing(Comparator.comparingInt((Finding f) -> f.span().end()).reversed())
                .thenComparing(Finding::severity);
        for (List<Finding> group : byRuleAndKind.values()) {
            group.sort(outerFirst);
            Finding cover = null;
            for (Finding f : group) {
                boolean nested = cover != null && f.span().end() <= cover.span().end()
                        && cover.severity().isAtLeast(f.severity());
                if (!nested) {
                    out.add(f);
                    if (cover == null || f.span().end() > cover.span().end()) {
                        cover = f;
                    }
                }
            }
        }
        return out;
    }
}
