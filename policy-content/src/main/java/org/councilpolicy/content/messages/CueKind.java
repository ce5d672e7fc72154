package org.councilpolicy.content.messages;

/** The kinds of cue phrase in {@code request-cues.tsv}; see the file's header for what each means. */
enum CueKind {
    REQUEST,
    FOI_LAW,
    EIR_LAW,
    FOLLOW_UP,
    OWN_DATA,
    RECORD,
    QUANTITY,
    MONEY,
    TIME,
    ENV_STRONG,
    ENV_WEAK,
    SERVICE,
    OPINION,
    JIBE,
    POSITION,
    COMPLAINT,
    SERVICE_FAILURE,
    DISSATISFACTION,
    FIRE_SENSITIVE
}
