package org.councilpolicy.core.testsupport;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * Seeded property tests with plain JUnit: run a body {@code tries} times, each with its own random generator
 * split from one seed, and name the seed and try in a failure so it can be replayed. Replaces jqwik (whose
 * maintainer asks coding agents not to use it).
 */
public final class Seeded {

    private Seeded() {
    }

    /**
     * Runs {@code body} {@code tries} times.
     *
     * @param seed  the seed; the same seed gives the same inputs
     * @param tries how many inputs
     * @param body  the property, drawing its inputs from the random generator it is given
     */
    public static void forAll(long seed, int tries, Consumer<RandomGenerator> body) {
        SplittableRandom root = new SplittableRandom(seed);
        for (int i = 0; i < tries; i++) {
            SplittableRandom random = root.split();
            try {
                body.accept(random);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed on try " + (i + 1) + " of " + tries + " (seed " + seed
                        + "): " + e.getMessage(), e);
            }
        }
    }

    /**
     * A string of up to {@code maxLength} characters drawn from printable ASCII, Latin-1, a few combining marks,
     * zero-width characters and emoji: the kinds of text jqwik's default string generator gave.
     *
     * @param random    where the randomness comes from
     * @param maxLength the greatest length
     * @return the string
     */
    public static String anyString(RandomGenerator random, int maxLength) {
        int n = random.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(n);
        while (sb.length() < n) {
            int pick = random.nextInt(20);
            if (pick < 12) {
                sb.append((char) random.nextInt(0x20, 0x7F));
            } else if (pick < 15) {
                sb.append((char) random.nextInt(0xA0, 0x250));
            } else if (pick < 16) {
                sb.append((char) random.nextInt(0x300, 0x370));
            } else if (pick < 17) {
                sb.append("\u200B\u200D\u00AD\u202E\uFEFF".charAt(random.nextInt(5)));
            } else if (pick < 18) {
                sb.appendCodePoint(random.nextInt(0x1F600, 0x1F650));
            } else if (pick < 19) {
                sb.append((char) random.nextInt(0, 0x20));
            } else {
                sb.append((char) random.nextInt(0x0400, 0x0500));
            }
        }
        return sb.length() > maxLength ? sb.substring(0, maxLength) : sb.toString();
    }
}
