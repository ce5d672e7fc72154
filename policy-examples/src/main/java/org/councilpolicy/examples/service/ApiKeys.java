package org.councilpolicy.examples.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The API keys a client may present ({@code Authorization: Bearer KEY} or {@code X-Api-Key: KEY}), read from
 * {@code --api-key-file}: one key per line, blank lines and lines starting with {@code #} ignored. Only SHA-256
 * digests are kept, and they are compared in constant time.
 */
public final class ApiKeys {

    /** At least this many characters: a key a person could guess is no key. */
    static final int MIN_LENGTH = 16;

    private final List<byte[]> digests;

    private ApiKeys(List<byte[]> digests) {
        this.digests = List.copyOf(digests);
    }

    /** {@return no keys: every request is allowed} */
    public static ApiKeys none() {
        return new ApiKeys(List.of());
    }

    /**
     * Reads the keys file.
     *
     * @param file one key per line
     * @return the keys
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if a key is shorter than 16 characters or the file holds none (by line number,
     *                                  never the key)
     */
    public static ApiKeys load(Path file) throws IOException {
        List<byte[]> digests = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String key = lines.get(i).strip();
            if (key.isEmpty() || key.startsWith("#")) {
                continue;
            }
            if (key.length() < MIN_LENGTH || key.chars().anyMatch(c -> c <= ' ' || c > '~')) {
                throw new IllegalArgumentException("--api-key-file line " + (i + 1) + ": a key must be at least "
                        + MIN_LENGTH + " printable ASCII characters without spaces");
            }
            digests.add(sha256(key));
        }
        if (digests.isEmpty()) {
            throw new IllegalArgumentException("--api-key-file holds no key");
        }
        return new ApiKeys(digests);
    }

    /** {@return whether requests must present a key} */
    public boolean required() {
        return !digests.isEmpty();
    }

    /** Whether the presented key is one of ours; {@code null} is never. */
    boolean accepts(String presented) {
        if (presented == null) {
            return false;
        }
        byte[] d = sha256(presented);
        boolean ok = false;
        for (byte[] k : digests) {
            ok |= MessageDigest.isEqual(k, d); // no early exit: the time does not say which key nearly matched
        }
        return ok;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
