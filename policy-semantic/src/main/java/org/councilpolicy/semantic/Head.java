package org.councilpolicy.semantic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One trained head: a logistic regression over sentence embeddings, its threshold, and its positive exemplars'
 * embeddings (8-bit, one scale per vector) to say which ones a text reads like. Immutable and thread-safe.
 *
 * <p>Written and read as text ({@link #write}, {@link #read}): one {@code key<TAB>value} line each, numbers in
 * {@code %.9e}, so that retraining gives the same bytes and a diff shows what changed.
 */
final class Head {

    private final String name;
    private final HeadSpec.Subject subject;
    private final double threshold;
    private final double bias;
    private final double[] weights;
    private final List<String> ids;
    private final byte[][] positives;
    private final List<String> notes;

    Head(String name, HeadSpec.Subject subject, double threshold, double bias, double[] weights, List<String> ids,
         byte[][] positives, List<String> notes) {
        this.name = Objects.requireNonNull(name, "name");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.threshold = threshold;
        this.bias = bias;
        this.weights = weights.clone();
        this.ids = List.copyOf(ids);
        this.positives = positives.clone();
        this.notes = List.copyOf(notes);
        if (weights.length != SentenceEncoder.DIMENSION || ids.size() != positives.length) {
            throw new IllegalArgumentException("head " + name + ": " + weights.length + " weights, " + ids.size()
                    + " ids for " + positives.length + " positive vectors");
        }
    }

    String name() {
        return name;
    }

    HeadSpec.Subject subject() {
        return subject;
    }

    double threshold() {
        return threshold;
    }

    /** {@return the bias of the regression} */
    double bias() {
        return bias;
    }

    /** {@return a copy of the regression's weights} */
    double[] weights() {
        return weights.clone();
    }

    /** {@return the ids of the positive exemplars, in the file's order} */
    List<String> ids() {
        return ids;
    }

    /** {@return the stored 8-bit vector of the {@code p}-th positive exemplar, as numbers} */
    double[] positive(int p) {
        double[] out = new double[positives[p].length];
        for (int i = 0; i < out.length; i++) {
            out[i] = positives[p][i];
        }
        return out;
    }

    /** {@return the head's probability that the embedded text is a positive} */
    double score(float[] x) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** {@return the ids of the {@code k} positive exemplars most like the embedded text, nearest first} */
    List<String> nearest(float[] x, int k) {
        int[] best = new int[Math.min(k, positives.length)];
        double[] bestSim = new double[best.length];
        java.util.Arrays.fill(bestSim, Double.NEGATIVE_INFINITY);
        for (int p = 0; p < positives.length; p++) {
            byte[] q = positives[p];
            double dot = 0;
            double norm = 0;
            for (int i = 0; i < q.length; i++) {
                dot += q[i] * x[i];
                norm += q[i] * q[i];
            }
            double sim = norm == 0 ? 0 : dot / Math.sqrt(norm);
            for (int j = 0; j < best.length; j++) {
                if (sim > bestSim[j]) {
                    System.arraycopy(best, j, best, j + 1, best.length - j - 1);
                    System.arraycopy(bestSim, j, bestSim, j + 1, best.length - j - 1);
                    best[j] = p;
                    bestSim[j] = sim;
                    break;
                }
            }
        }
        List<String> out = new ArrayList<>(best.length);
        for (int j = 0; j < best.length; j++) {
            out.add(ids.get(best[j]));
        }
        return out;
    }

    /** A unit vector in 8 bits with its own scale: the largest component becomes ±127. */
    static byte[] quantise(float[] x) {
        float max = 0;
        for (float v : x) {
            max = Math.max(max, Math.abs(v));
        }
        byte[] q = new byte[x.length];
        for (int i = 0; i < x.length; i++) {
            q[i] = (byte) (max == 0 ? 0 : Math.round(x[i] / max * 127f));
        }
        return q;
    }

    /** {@return the head as text, in a stable format} */
    String write() {
        StringBuilder b = new StringBuilder();
        for (String note : notes) {
            b.append("# ").append(note).append('\n');
        }
        b.append("head\t").append(name).append('\n');
        b.append("subject\t").append(subject).append('\n');
        b.append("threshold\t").append(String.format(Locale.ROOT, "%.2f", threshold)).append('\n');
        b.append("bias\t").append(num(bias)).append('\n');
        b.append("weights\t");
        for (int i = 0; i < weights.length; i++) {
            b.append(i == 0 ? "" : " ").append(num(weights[i]));
        }
        b.append('\n');
        Base64.Encoder enc = Base64.getEncoder();
        for (int p = 0; p < positives.length; p++) {
            b.append("positive\t").append(ids.get(p)).append('\t').append(enc.encodeToString(positives[p])).append('\n');
        }
        return b.toString();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.9e", v);
    }

    /** Reads a head written by {@link #write}; a bad line fails with the file and line number. */
    static Head read(InputStream in, String file) {
        String name = null;
        HeadSpec.Subject subject = null;
        double threshold = Double.NaN;
        double bias = Double.NaN;
        double[] weights = null;
        List<String> ids = new ArrayList<>();
        List<byte[]> positives = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Base64.Decoder dec = Base64.getDecoder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("# ")) {
                    notes.add(line.substring(2));
                    continue;
                }
                String[] kv = line.split("\t", 2);
                try {
                    switch (kv[0]) {
                        case "head" -> name = kv[1];
                        case "subject" -> subject = HeadSpec.Subject.valueOf(kv[1]);
                        case "threshold" -> threshold = Double.parseDouble(kv[1]);
                        case "bias" -> bias = Double.parseDouble(kv[1]);
                        case "weights" -> {
                            String[] parts = kv[1].split(" ");
                            weights = new double[parts.length];
                            for (int i = 0; i < parts.length; i++) {
                                weights[i] = Double.parseDouble(parts[i]);
                            }
                        }
                        case "positive" -> {
                            String[] p = kv[1].split("\t", 2);
                            ids.add(p[0]);
                            positives.add(dec.decode(p[1]));
                        }
                        default -> throw new IllegalArgumentException("unknown key " + kv[0]);
                    }
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(file + " line " + n + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
        if (name == null || subject == null || weights == null || !(threshold > 0 && threshold < 1) || Double.isNaN(bias)) {
            throw new IllegalArgumentException(file + ": needs head, subject, threshold in (0, 1), bias and weights");
        }
        return new Head(name, subject, threshold, bias, weights, ids, positives.toArray(new byte[0][]), notes);
    }
}
