package org.councilpolicy.semantic;

import java.util.List;

/**
 * The heads, what each is trained on, and the false-escalation rate its threshold is chosen for. Negatives for a
 * comment head are its own label-0 rows and every row of the comments-keep files; for a draft head, its label-0
 * rows and the clean drafts; for the request head, its label-0 rows and the messages that are not requests. A head
 * may have more labelled files beside its own (the hate head's {@code hate-more.tsv} and {@code hate-implicit-2.tsv}:
 * implicit hate and hard negatives; round 8's second sets of the threat, abuse, names-public and conduct heads,
 * {@code <head>-2.tsv}; the political head's {@code political-election.tsv}), read with their labels as they are.
 *
 * @param name      the head's name, also its exemplar file's ({@code exemplars/<name>.tsv})
 * @param subject   what it reads
 * @param more      further labelled files of this head's, read after its own, labels kept
 * @param negatives the other files whose every row is a negative
 * @param maxFalse  the largest out-of-fold share of negatives the threshold may escalate (cross-validation)
 */
record HeadSpec(String name, Subject subject, List<String> more, List<String> negatives, double maxFalse) {

    HeadSpec(String name, Subject subject, List<String> negatives, double maxFalse) {
        this(name, subject, List.of(), negatives, maxFalse);
    }

    /** What a head reads. */
    enum Subject { COMMENT, DRAFT, MESSAGE }

    static final List<String> KEEP_COMMENTS = List.of("comments-keep-a", "comments-keep-b", "comments-keep-c",
            "comments-keep-d");

    /** Every head, in training order. */
    static final List<HeadSpec> ALL = List.of(
            new HeadSpec("hate", Subject.COMMENT, List.of("hate-more", "hate-implicit-2"), KEEP_COMMENTS, 0.03),
            new HeadSpec("threat", Subject.COMMENT, List.of("threat-2"), KEEP_COMMENTS, 0.03),
            new HeadSpec("harassment", Subject.COMMENT, KEEP_COMMENTS, 0.03),
            new HeadSpec("abuse", Subject.COMMENT, List.of("abuse-2"), KEEP_COMMENTS, 0.03),
            new HeadSpec("names-public", Subject.COMMENT, List.of("names-public-2"), KEEP_COMMENTS, 0.03),
            new HeadSpec("political", Subject.DRAFT, List.of("political-election"), List.of("drafts-clean"), 0.05),
            new HeadSpec("conduct", Subject.DRAFT, List.of("conduct-2"), List.of("drafts-clean"), 0.05),
            new HeadSpec("request", Subject.MESSAGE, List.of("messages-not-request"), 0.05));
}
