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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Retrains every head from the exemplar files, bit for bit: {@code mvn -B -pl policy-semantic -am -Pretrain
 * -DskipTests package} (or {@code java -cp … org.councilpolicy.semantic.TrainHeads <dir>}), where {@code <dir>} holds
 * {@code exemplars/} and receives {@code heads/<name>.head}. A head whose exemplar file is absent is skipped (and
 * its old weights removed).
 *
 * <p>Deterministic: one ONNX thread per text, exemplars in file order, the fixed-iteration gradient descent of
 * {@link LogisticRegression}, and the threshold chosen by 5-fold cross-validation (fold = row index mod 5): the
 * lowest of 0.50, 0.51 … 0.99 whose out-of-fold false escalation on the negatives is at most the head's
 * {@link HeadSpec#maxFalse()}. Never chosen on a blind set.
 */
public final class TrainHeads {

    static final int FOLDS = 5;
    static final int NEAREST = 3;
    /** Texts per embedding task: enough to make a task's overhead nothing, few enough to share the work evenly. */
    static final int EMBED_BATCH = 64;

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
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            return train(exemplars, encoder, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The work shared out on {@code pool}, with the same bits whatever the number of threads: each text is embedded
     * by one single-threaded model run, and each of a head's six fits (five folds and the final one) is a function
     * of its rows only; the results are put together in head and row order.
     */
    private static Map<String, String> train(Path exemplars, SentenceEncoder encoder, ExecutorService pool) {
        List<Rows> heads = new ArrayList<>();
        for (HeadSpec spec : HeadSpec.ALL) {
            Rows rows = rows(exemplars, spec);
            if (rows != null) {
                heads.add(rows);
            }
        }
        long t0 = System.nanoTime();
        Map<String, float[]> vectors = embed(heads, encoder, pool);
        long t1 = System.nanoTime();
        List<List<Future<double[]>>> fits = new ArrayList<>();
        List<float[][]> xs = new ArrayList<>();
        List<boolean[]> ys = new ArrayList<>();
        for (Rows head : heads) {
            float[][] x = new float[head.rows().size()][];
            boolean[] y = new boolean[x.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = vectors.get(head.rows().get(i).text());
                y[i] = head.rows().get(i).label();
            }
            xs.add(x);
            ys.add(y);
            List<Future<double[]>> six = new ArrayList<>();
            for (int f = 0; f <= FOLDS; f++) {
                int fold = f;
                six.add(pool.submit(() -> fold == FOLDS ? LogisticRegression.fit(x, y) : foldWeights(x, y, fold)));
            }
            fits.add(six);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int h = 0; h < heads.size(); h++) {
            Rows head = heads.get(h);
            List<double[]> weights = fits.get(h).stream().map(TrainHeads::get).toList();
            out.put(head.spec().name(), head(head.spec(), head.rows(), xs.get(h), ys.get(h), head.sources(), weights).write());
        }
        System.err.printf("%d heads: embedding %d texts %d ms, fitting %d ms (wall)%n", heads.size(), vectors.size(),
                (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        return out;
    }

    /** A head's rows: its own, its further labelled files, then the files whose every row is a negative. */
    private record Rows(HeadSpec spec, List<Exemplar> rows, List<String> sources) {
    }

    private static Rows rows(Path exemplars, HeadSpec spec) {
        List<Exemplar> own = read(exemplars, spec.name());
        if (own == null) {
            return null;
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
        return new Rows(spec, rows, sources);
    }

    /** Every distinct text once, in batches shared out on the pool. */
    private static Map<String, float[]> embed(List<Rows> heads, SentenceEncoder encoder, ExecutorService pool) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        heads.forEach(h -> h.rows().forEach(r -> distinct.add(r.text())));
        List<String> texts = new ArrayList<>(distinct);
        List<Future<float[][]>> batches = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += EMBED_BATCH) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + EMBED_BATCH));
            batches.add(pool.submit(() -> batch.stream().map(encoder::embed).toArray(float[][]::new)));
        }
        Map<String, float[]> vectors = new HashMap<>();
        int i = 0;
        for (Future<float[][]> batch : batches) {
            for (float[] v : get(batch)) {
                vectors.put(texts.get(i++), v);
            }
        }
        return vectors;
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The weights fitted without fold {@code f} (the rows whose index mod {@link #FOLDS} is {@code f}). */
    static double[] foldWeights(float[][] x, boolean[] y, int f) {
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
        return LogisticRegression.fit(tx, ty);
    }

    /**
     * The head from its six fits: {@code fits} holds the weights without each fold, in fold order, then the
     * weights fitted on every row.
     */
    static Head head(HeadSpec spec, List<Exemplar> rows, float[][] x, boolean[] y, List<String> sources,
            List<double[]> fits) {
        double[] oof = new double[x.length];
        for (int f = 0; f < FOLDS; f++) {
            for (int i = f; i < x.length; i += FOLDS) {
                oof[i] = LogisticRegression.score(fits.get(f), x[i]);
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
        double[] w = fits.get(FOLDS);
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
