package org.councilpolicy.semantic;

/**
 * One loaded stage for every test class of this module's test JVM (issue 19): the model's session and the heads are
 * loaded once (about half a second of CPU each time, eight times before) instead of once per class. Per JVM, in
 * memory only: nothing is kept between builds. The stage is immutable and thread-safe, so the classes may share it;
 * none of them closes it (the JVM's exit frees the native session).
 */
public final class TestStage {

    private static SemanticSecondOpinion stage;

    private TestStage() {
    }

    /** {@return the stage of this JVM, loaded on first use} */
    public static synchronized SemanticSecondOpinion get() {
        if (stage == null) {
            stage = SemanticSecondOpinion.load();
        }
        return stage;
    }

    /** {@return the stage's sentence encoder} */
    public static SentenceEncoder encoder() {
        return get().encoder();
    }
}
