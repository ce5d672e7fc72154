package org.councilpolicy.semantic;

/**
 * Class-balanced, L2-regularised logistic regression fitted by full-batch gradient descent with Nesterov momentum:
 * a fixed number of iterations over the examples in a fixed order, in doubles, so that the same embeddings give
 * the same weights, bit for bit, on every run (no randomness, no threads, no early stop).
 */
final class LogisticRegression {

    static final int ITERATIONS = 400;
    static final double RATE = 2.0;
    static final double MOMENTUM = 0.9;
    static final double L2 = 1e-4;

    private LogisticRegression() {
    }

    /**
     * Fits the weights.
     *
     * @param x examples, each of the same dimension
     * @param y labels
     * @return the weights, the bias last
     */
    static double[] fit(float[][] x, boolean[] y) {
        int n = x.length;
        int d = x[0].length;
        int pos = 0;
        for (boolean b : y) {
            pos += b ? 1 : 0;
        }
        if (pos == 0 || pos == n) {
            throw new IllegalArgumentException("a head needs positives and negatives, got " + pos + " of " + n);
        }
        // Each class weighs half, however many exemplars it has.
        double wPos = 0.5 / pos;
        double wNeg = 0.5 / (n - pos);
        double[] w = new double[d + 1];
        double[] v = new double[d + 1];
        double[] look = new double[d + 1];
        double[] grad = new double[d + 1];
        for (int it = 0; it < ITERATIONS; it++) {
            for (int j = 0; j <= d; j++) {
                look[j] = w[j] + MOMENTUM * v[j];
            }
            java.util.Arrays.fill(grad, 0);
            for (int i = 0; i < n; i++) {
                float[] xi = x[i];
                double z = look[d];
                for (int j = 0; j < d; j++) {
                    z += look[j] * xi[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double e = (p - (y[i] ? 1 : 0)) * (y[i] ? wPos : wNeg);
                for (int j = 0; j < d; j++) {
                    grad[j] += e * xi[j];
                }
                grad[d] += e;
            }
            for (int j = 0; j < d; j++) {
                grad[j] += L2 * look[j];
            }
            for (int j = 0; j <= d; j++) {
                v[j] = MOMENTUM * v[j] - RATE * grad[j];
                w[j] += v[j];
            }
        }
        return w;
    }

    static double score(double[] w, float[] x) {
        int d = x.length;
        double z = w[d];
        for (int j = 0; j < d; j++) {
            z += w[j] * x[j];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
