package org.councilpolicy.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.councilpolicy.core.engine.SecondOpinion;
import org.councilpolicy.core.rule.Rule;

/**
 * The semantic second opinion: all-MiniLM-L6-v2 sentence embeddings (ONNX Runtime, in this JVM) and
 * logistic-regression heads trained on the project's exemplars. It escalates, never decides: REVIEW findings on
 * comments (hate, threat, harassment, abuse, naming the public) and drafts (political opinion on corporate,
 * service and officer accounts; conduct), and "ask whether this is a request" on messages. Each finding names its
 * head, score, threshold and the exemplars the text reads like.
 *
 * <pre>{@code
 * SecondOpinion semantic = SemanticSecondOpinion.load();   // about a second: the model and the heads
 * Engine engine = Engine.builder().profile(profile).secondOpinion(semantic).build();
 * Moderator moderator = Moderator.of(engine);
 * MessageClassifier classifier = MessageClassifier.forProfile(profile).withSecondOpinion(semantic);
 * }</pre>
 *
 * <p>Immutable and thread-safe once loaded. It is found by {@link SecondOpinion#discover()} when this module is on
 * the class path.
 */
public final class SemanticSecondOpinion implements SecondOpinion {

    static final String HEADS = "/org/councilpolicy/semantic/heads/";

    private final SentenceEncoder encoder;
    private final List<Head> heads;
    private final List<Rule<?>> rules;

    /** Loads the model and the built-in heads (for {@link java.util.ServiceLoader}; prefer {@link #load()}). */
    public SemanticSecondOpinion() {
        this(SentenceEncoder.load(), builtInHeads());
    }

    SemanticSecondOpinion(SentenceEncoder encoder, List<Head> heads) {
        this.encoder = encoder;
        this.heads = List.copyOf(heads);
        this.rules = List.of(new HeadsRule.Comments(this), new HeadsRule.Drafts(this));
    }

    /**
     * Loads the model and the built-in heads.
     *
     * @return the stage
     */
    public static SemanticSecondOpinion load() {
        return new SemanticSecondOpinion();
    }

    static List<Head> builtInHeads() {
        List<Head> out = new ArrayList<>();
        for (HeadSpec spec : HeadSpec.ALL) {
            try (InputStream in = SemanticSecondOpinion.class.getResourceAsStream(HEADS + spec.name() + ".head")) {
                if (in != null) {
                    out.add(Head.read(in, spec.name() + ".head"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    SentenceEncoder encoder() {
        return encoder;
    }

    List<Head> heads() {
        return heads;
    }

    /** {@return the names of the heads loaded, in order} */
    public List<String> headNames() {
        return heads.stream().map(Head::name).toList();
    }

    @Override
    public String name() {
        return "semantic";
    }

    @Override
    public List<Rule<?>> rules() {
        return rules;
    }

    @Override
    public Optional<Opinion> requestOpinion(String text) {
        for (Head head : heads) {
            if (head.subject() == HeadSpec.Subject.MESSAGE) {
                float[] x = encoder.embed(text);
                double score = head.score(x);
                if (score >= head.threshold()) {
                    return Optional.of(new Opinion(head.name(), score, head.threshold(), head.nearest(x, HeadsRule.NEAREST)));
                }
            }
        }
        return Optional.empty();
    }
}
