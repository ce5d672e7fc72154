package org.councilpolicy.core.analysis;

import java.util.Objects;
import java.util.function.Function;

/**
 * Names an analysis of a text and says how to compute it from the text's {@link TextAnalysis}. Because the
 * computation receives the analysis it is stored in, an analysis can never be computed from, or asked of,
 * another text. Compared by identity: declare each key once, as a constant.
 *
 * @param <T> the analysis' type
 */
public final class AnalysisKey<T> {

    private final String name;
    private final Function<TextAnalysis, T> compute;

    private AnalysisKey(String name, Function<TextAnalysis, T> compute) {
        this.name = Objects.requireNonNull(name, "name");
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    /**
     * A new key.
     *
     * @param <T>     the analysis' type
     * @param name    a name for debugging
     * @param compute computes the analysis from the text's analysis (never {@code null})
     * @return the key
     */
    public static <T> AnalysisKey<T> of(String name, Function<TextAnalysis, T> compute) {
        return new AnalysisKey<>(name, compute);
    }

    T compute(TextAnalysis text) {
        return Objects.requireNonNull(compute.apply(text), () -> "analysis " + name + " computed null");
    }

    @Override
    public String toString() {
        return "AnalysisKey[" + name + "]";
    }
}
