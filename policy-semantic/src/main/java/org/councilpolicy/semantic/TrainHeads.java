package org.councilpolicy.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Retrains every head from the exemplar files, bit for bit: {@code mvn -B -pl policy-semantic -am -Pretrain
 * -DskipTests package} (or {@code java -cp … org.councilpolicy.semantic.TrainHeads <dir>}), where {@code <dir>} holds
 * {@code exemplars/} and receives {@code heads/<name>.head}. A head whose exemplar file is absent is skipped (and
 * its old weights removed).
 *
 * <p>Deterministic: one ONNX thread, exemplars in file order, the fixed-iteration gradient descent of
 * {@link LogisticRegression}, and the threshold chosen by 5-fold cross-validation (fold = row index mod 5): the
 * lowest of 0.50, 0.51 … 0.99 whose out-of-fold false escalation on the negatives is at most the head's
 * {@link HeadSpec#maxFalse()}. Never chosen on a blind set.
 */
public final class TrainHeads {

    static final int FOLDS = 5;
    static final int NEAREST = 3;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private TrainHeads() {
    }

    /**
     * Retrains every head.
     *
     * @param args one argument: the directory holding {@code exemplars/}; heads are written to {@code heads/} in it
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: TrainHeads <dir holding exemplars/>");
        }
        Path dir = Path.of(args[0]);
        try (SentenceEncoder encoder = SentenceEncoder.load()) {
            Map<String, String> heads = train(dir.resolve("exemplars"), encoder);
            Path out = Files.createDirectories(dir.resolve("heads"));
            for (HeadSpec spec : HeadSpec.ALL) {
                Path file = out.resolve(spec.name() + ".head");
                if (heads.containsKey(spec.name())) {
                    Files.writeString(file, heads.get(spec.name()), StandardCharsets.UTF_8);
                } else {
                    Files.deleteIfExists(file);
                }
            }
            for (Map.Entry<String, String> e : heads.entrySet()) {
                String note = e.getValue().lines().filter(l -> l.startsWith("# cross-validation")).findFirst().orElse("");
                System.out.println(e.getKey() + ": " + note.substring(Math.min(2, note.length())));
            }
        }
    }

    /** Trains every head whose exemplar file exists: head name to its text ({@link Head#write}). */
    static Map<String, String> train(Path exemplars, SentenceEncoder encoder) {
        Map<String, float[]> cache = new HashMap<>();
        Map<String, String> out = new LinkedHashMap<>();
        for (HeadSpec spec : HeadSpec.ALL) {
            List<Exemplar> own = read(exemplars, spec.name());
            if (own == null) {
                continue;
            }
            List<Exemplar> rows = new ArrayList<>(own);
            List<String> sources = new ArrayList<>();
            sources.add(spec.name() + ".tsv");
            for (String extra : spec.more()) {
                List<Exemplar> more = read(exemplars, extra);
                if (more != null) {
                    sources.add(extra + ".tsv");
                    rows.addAll(more);
                }
            }
            for (String neg : spec.negatives()) {
                List<Exemplar> more = read(exemplars, neg);
                if (more != null) {
                    sources.add(neg + ".tsv (all rows negative)");
                    more.forEach(e -> rows.add(new Exemplar(e.id(), false, e.kind(), e.text())));
                }
            }
            float[][] x = new float[rows.size()][];
            boolean[] y = new boolean[rows.size()];
            long t0 = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < rows.size(); i++) {
                x[i] = cache.computeIfAbsent(rows.get(i).text(), encoder::embed);
                y[i] = rows.get(i).label();
            }
            long t1 = CPU.getCurrentThreadCpuTime();
            out.put(spec.name(), fit(spec, rows, x, y, sources).write());
            System.err.printf("%s: embed %d ms, fit %d ms (CPU)%n", spec.name(), (t1 - t0) / 1_000_000,
                    (CPU.getCurrentThreadCpuTime() - t1) / 1_000_000);
        }
        return out;
    }

    static Head fit(HeadSpec spec, List<Exemplar> rows, float[][] x, boolean[] y, List<String> sources) {
        double[] oof = new double[x.length];
        for (int f = 0; f < FOLDS; f++) {
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                if (i % FOLDS != f) {
                    train.add(i);
                }
            }
            float[][] tx = new float[train.size()][];
            boolean[] ty = new boolean[train.size()];
            for (int k = 0; k < train.size(); k++) {
                tx[k] = x[train.get(k)];
                ty[k] = y[train.get(k)];
            }
            double[] w = LogisticRegression.fit(tx, ty);
            for (int i = f; i < x.length; i += FOLDS) {
                oof[i] = LogisticRegression.score(w, x[i]);
            }
        }
        int pos = 0;
        for (boolean b : y) {
            pos += b ? 1 : 0;
        }
        int neg = x.length - pos;
        int chosen = 99;
        int tp = 0;
        int fp = 0;
        for (int t = 50; t <= 99; t++) {
            int[] c = counts(oof, y, t / 100.0);
            if (c[1] <= spec.maxFalse() * neg) {
                chosen = t;
                tp = c[0];
                fp = c[1];
                break;
            }
        }
        if (chosen == 99 && tp == 0) {
            int[] c = counts(oof, y, 0.99);
            tp = c[0];
            fp = c[1];
        }
        double threshold = chosen / 100.0;
        double[] w = LogisticRegression.fit(x, y);
        double[] weights = java.util.Arrays.copyOf(w, SentenceEncoder.DIMENSION);
        List<String> ids = new ArrayList<>();
        List<byte[]> positives = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (y[i]) {
                ids.add(rows.get(i).id());
                positives.add(Head.quantise(x[i]));
            }
        }
        List<String> notes = List.of(
                "Semantic head '" + spec.name() + "' (" + spec.subject() + "), written by org.councilpolicy.semantic.TrainHeads: do not edit.",
                "Trained on " + String.join(", ", sources) + ": " + pos + " positives, " + neg + " negatives.",
                String.format(Locale.ROOT, "cross-validation (%d folds, out of fold) at threshold %.2f: recall %.3f (%d/%d), "
                        + "false escalation %.3f (%d/%d; target at most %.2f)", FOLDS, threshold, (double) tp / pos, tp, pos,
                        (double) fp / neg, fp, neg, spec.maxFalse()));
        return new Head(spec.name(), spec.subject(), threshold, w[SentenceEncoder.DIMENSION], weights, ids,
                positives.toArray(new byte[0][]), notes);
    }

    private static int[] counts(double[] scores, boolean[] y, double t) {
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= t) {
                if (y[i]) {
                    tp++;
                } else {
                    fp++;
                }
            }
        }
        return new int[] {tp, fp};
    }

    private static List<Exemplar> read(Path exemplars, String name) {
        Path file = exemplars.resolve(name + ".tsv");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Exemplar.read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
