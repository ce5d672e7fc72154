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
    FIRE_SENSITIVE,
    /** "my": who the information is about, composed with {@link #PERSONAL_RECORD}. */
    SELF,
    /** A kind of record that can be about a person: file, account, notes, footage, recordings of calls. */
    PERSONAL_RECORD,
    /** "of me", "mentioning me", "showing me": the record is about the sender. */
    ABOUT_SELF,
    /** Wording that asks for access to records: a copy, to see, send, everything. */
    ACCESS,
    /** A family member's records ("my mother's"): own data, unless the person has died. */
    RELATIVE,
    /** The person the records are about has died: not personal data, so not subject access. */
    DECEASED,
    /** A failure of service: no call back, ignored reports, lost documents, broken promises. */
    FAILURE,
    /** The failure happened more than once: again, every week, three times. */
    REPEATED,
    /** How staff behaved: rude, shouted, threatened. */
    CONDUCT,
    /** Who behaved so: staff, officer, warden, crew. */
    STAFF,
    /** The sender reported, rang, emailed: a complaint when repeated or when it failed. */
    CONTACTED,
    /**
     * A remedy the sender asks for: an apology, compensation, putting it right, a senior review. Weight 2 (an apology
     * or compensation demanded) makes a complaint alone; weight 1 with any other sign of dissatisfaction or failure.
     */
    REMEDY,
    /**
     * Taking the matter outside the council: the sender's MP or councillor, a solicitor, the press (round 9). With a
     * failure, conduct, repetition, harm or how it was handled, a complaint; alone (a policy taken to an MP), not.
     */
    ESCALATION,
    /**
     * How the council handled something, as the object of a feeling: "with the way", "at how long", "the treatment I
     * received".
     */
    HANDLING,
    /** A casual question that the council could answer as ordinary business: "just wondering", "any idea". */
    CASUAL,
    /** A document named as such: minutes, correspondence, reports, contracts. */
    DOCUMENT,
    /** The sender's own allowance ("how many bags am I allowed"): a rule of the service, not a figure held. */
    ALLOWANCE,
    /** A figure in the conditional ("would that have paid for"): a hypothetical, which no record holds. */
    HYPOTHETICAL,
    /**
     * A longer phrase that hides a cue word used in another sense ("christmas tree", "smoke alarm", "live stream"):
     * counts for nothing, so the word inside it does not count either.
     */
    NEUTRAL,
    /**
     * A council decision or transaction: decided, approved, signed off, consulted, sold. Weight 0: in a question that
     * asks who, when or whether, it names the decision's record ({@link RequestScorer}).
     */
    DECISION,
    /**
     * Harm a failure of service did to the sender (overdrawn, a court summons, a fall, no heating): with a failure, a
     * complaint ({@link ComplaintJudge}). Weight 0: it says nothing about a request.
     */
    HARM,
    /**
     * A check of the environment's state, or the state itself asked about (tested, checked, monitored, contaminated,
     * safe to swim): weight 0; with an environmental subject in a question it names the results
     * ({@link ComposedRecords}).
     */
    ENV_CHECK,
    /** A word that denies what follows ("never", "nobody", "without"), from {@code service-acts.tsv}: {@link BrokenService}. */
    NEGATOR,
    /** Something a council service does for a resident ("came", "fixed", "replied"), from {@code service-acts.tsv}. */
    ACT,
    /**
     * The sender says they are in a recording ("I'm on it", "you can see me", "I was the woman in the red coat"), round
     * 12: weight 0; with a recording asked for, the recording shows them ({@link OwnRecords}).
     */
    SEEN,
    /** A denial that stands for an act already named when it ends its clause ("It wasn't."), {@code service-acts.tsv}. */
    ELLIPSIS
}
