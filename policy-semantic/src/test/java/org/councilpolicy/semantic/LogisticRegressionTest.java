package org.councilpolicy.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fit takes four examples at a time for speed; the shipped heads depend on its bits. Here it is compared, bit
 * for bit, with the one-example-at-a-time loop it replaced, on seeded random data of every remainder mod 4.
 */
class LogisticRegressionTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 5, 6, 7, 8, 41})
    void givesTheSameBitsAsTheOneExampleAtATimeLoop(int n) {
        Random random = new Random(20261207L + n);
        int d = 13;
        float[][] x = new float[n][d];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = (float) random.nextGaussian();
            }
            y[i] = i % 2 == 0 || random.nextBoolean();
        }
        y[1] = false;
        double[] fast = LogisticRegression.fit(x, y);
        double[] reference = reference(x, y);
        for (int j = 0; j <= d; j++) {
            assertThat(Double.doubleToRawLongBits(fast[j])).as("weight %d of %d examples", j, n)
                    .isEqualTo(Double.doubleToRawLongBits(reference[j]));
        }
        assertThat(fast).as("not a trivial fit").isNotEqualTo(new double[d + 1]);
    }

    /** The loop as first written (the arithmetic the shipped heads were trained with). */
    private static double[] reference(float[][] x, boolean[] y) {
        int n = x.length;
        int d = x[0].length;
        int pos = 0;
        for (boolean b : y) {
            pos += b ? 1 : 0;
        }
        double wPos = 0.5 / pos;
        double wNeg = 0.5 / (n - pos);
        double[] w = new double[d + 1];
        double[] v = new double[d + 1];
        double[] look = new double[d + 1];
        double[] grad = new double[d + 1];
        for (int it = 0; it < LogisticRegression.ITERATIONS; it++) {
            for (int j = 0; j <= d; j++) {
                look[j] = w[j] + LogisticRegression.MOMENTUM * v[j];
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
                grad[j] += LogisticRegression.L2 * look[j];
            }
            for (int j = 0; j <= d; j++) {
                v[j] = LogisticRegression.MOMENTUM * v[j] - LogisticRegression.RATE * grad[j];
                w[j] += v[j];
            }
        }
        return w;
    }
}
