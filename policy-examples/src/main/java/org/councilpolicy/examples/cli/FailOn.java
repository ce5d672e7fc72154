package org.councilpolicy.examples.cli;

import org.councilpolicy.core.engine.Verdict;

/** The {@code --fail-on} threshold. */
enum FailOn {
    block, review, never;

    boolean fails(Verdict v) {
        return switch (this) {
            case block -> v == Verdict.BLOCK;
            case review -> v != Verdict.PASS;
            case never -> false;
        };
    }
}
