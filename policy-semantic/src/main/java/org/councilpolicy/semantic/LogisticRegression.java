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
        double[] err = new double[n];
        // In doubles once (exact), not once per use: the loops below then convert nothing.
        double[][] xd = new double[n][];
        for (int i = 0; i < n; i++) {
            xd[i] = new double[d];
            for (int j = 0; j < d; j++) {
                xd[i][j] = x[i][j];
            }
        }
        for (int it = 0; it < ITERATIONS; it++) {
            for (int j = 0; j <= d; j++) {
                look[j] = w[j] + MOMENTUM * v[j];
            }
            errors(xd, y, look, wPos, wNeg, err);
            java.util.Arrays.fill(grad, 0);
            accumulate(xd, err, grad);
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

    /**
     * Each example's weighted error at the look-ahead weights. Four examples at a time: each dot product still adds
     * its terms one by one in index order (the same bits as one example at a time), but four independent sums keep
     * the processor busy where one waits on each addition.
     */
    private static void errors(double[][] x, boolean[] y, double[] look, double wPos, double wNeg, double[] err) {
        int n = x.length;
        int d = look.length - 1;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            double[] x0 = x[i];
            double[] x1 = x[i + 1];
            double[] x2 = x[i + 2];
            double[] x3 = x[i + 3];
            double z0 = look[d];
            double z1 = look[d];
            double z2 = look[d];
            double z3 = look[d];
            for (int j = 0; j < d; j++) {
                double l = look[j];
                z0 += l * x0[j];
                z1 += l * x1[j];
                z2 += l * x2[j];
                z3 += l * x3[j];
            }
            err[i] = error(z0, y[i], wPos, wNeg);
            err[i + 1] = error(z1, y[i + 1], wPos, wNeg);
            err[i + 2] = error(z2, y[i + 2], wPos, wNeg);
            err[i + 3] = error(z3, y[i + 3], wPos, wNeg);
        }
        for (; i < n; i++) {
            double[] xi = x[i];
            double z = look[d];
            for (int j = 0; j < d; j++) {
                z += look[j] * xi[j];
            }
            err[i] = error(z, y[i], wPos, wNeg);
        }
    }

    private static double error(double z, boolean label, double wPos, double wNeg) {
        double p = 1 / (1 + Math.exp(-z));
        return (p - (label ? 1 : 0)) * (label ? wPos : wNeg);
    }

    /**
     * The gradient: every example's error times its features, added into each component in example order (so the
     * same bits as one example at a time), four examples per pass over the components.
     */
    private static void accumulate(double[][] x, double[] err, double[] grad) {
        int n = x.length;
        int d = grad.length - 1;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            double[] x0 = x[i];
            double[] x1 = x[i + 1];
            double[] x2 = x[i + 2];
            double[] x3 = x[i + 3];
            double e0 = err[i];
            double e1 = err[i + 1];
            double e2 = err[i + 2];
            double e3 = err[i + 3];
            for (int j = 0; j < d; j++) {
                double g = grad[j];
                g += e0 * x0[j];
                g += e1 * x1[j];
                g += e2 * x2[j];
                g += e3 * x3[j];
                grad[j] = g;
            }
            grad[d] += e0;
            grad[d] += e1;
            grad[d] += e2;
            grad[d] += e3;
        }
        for (; i < n; i++) {
            double[] xi = x[i];
            double e = err[i];
            for (int j = 0; j < d; j++) {
                grad[j] += e * xi[j];
            }
            grad[d] += e;
        }
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
