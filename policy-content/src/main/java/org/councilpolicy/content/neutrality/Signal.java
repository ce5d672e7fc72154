package org.councilpolicy.content.neutrality;

/**
 * The kinds of phrase the political-neutrality and conduct rules look for in a draft (one section each of
 * {@code signals.txt}). No signal is evidence on its own: the rules combine them (a party name with a
 * political cue, a contested topic with an opinion, an insult with a target…).
 */
public enum Signal {
    /** An unambiguous party name ("Lib Dems", "Tories", "Reform UK"); the label is the party. */
    PARTY,
    /** A party name that is also a common word, usually the party when capitalised ("Labour"). */
    PARTY_WEAK_A,
    /** A party name that is a common word and needs a political cue nearby ("Green", "Reform"). */
    PARTY_WEAK_B,
    /** Words that make a nearby ambiguous party name political ("party", "MP", "voters"). */
    POLITICAL_CUE,
    /** A political actor other than a party: the government, ministers, the opposition. */
    ACTOR,
    /** Mild praise ("thanks to"), political only when aimed at a party. */
    PRAISE,
    /** Praise that is political when aimed at any political actor ("hard work of", "delivered by"). */
    PRAISE_STRONG,
    /** Blame ("failed", "betrayed", "shambles"). */
    BLAME,
    /** Blame that may be stated as fact ("cuts", "underfunded"): the rules are unsure of it. */
    BLAME_WEAK,
    /** Funding words: thanking the government for a grant is an acknowledgement, not praise. */
    FUNDING,
    /** Campaigning ("re-elect", "#VoteLabour", "vote them out"). */
    CAMPAIGN,
    /** Everyday words that campaign only beside a party, a political actor or a candidate ("join our campaign"). */
    CAMPAIGN_COMMON,
    /** A verb that campaigns when a party or candidate follows ("vote", "back", "support"). */
    CAMPAIGN_HEAD,
    /** A contested political matter (Brexit, LTNs, ULEZ…); the label names the topic. */
    CONTESTED,
    /** An opinion marker ("we believe", "disastrous", "war on motorists"). */
    OPINION,
    /** A mild evaluation ("we welcome the decision", "disappointed"). */
    OPINION_WEAK,
    /** Arguing with someone's view ("you're wrong", "how can you say"). */
    DEBATE,
    /** Agreeing with or affirming what someone said ("well said", "totally agree"). */
    AFFIRM,
    /** An insult (a small list of our own; profanity belongs to moderation). */
    INSULT,
    /** A disparaging description ("a mess", "toxic", "badly run"). */
    DISPARAGE,
    /** Someone an insult may be aimed at; the label is person, group or organisation. */
    INSULT_TARGET,
    /** A reference to the council as employer ("the council", "my manager"). */
    COUNCIL_REF,
    /** A claim of council affiliation ("as a council planning officer", "gov.uk"). */
    AFFILIATION,
    /** Commercial or personal-campaign language ("DM for rates", "consultancy", "donate"). */
    COMMERCIAL,
    /** A sign that criminal proceedings are live ("charged", "trial", "awaiting sentence"). */
    LIVE_CASE,
    /** An assertion of guilt ("is guilty", "clearly did it"). */
    GUILT,
    /** A guilt-laden label for a person ("the thief", "the burglar"). */
    GUILT_LABEL,
    /** Emergency and public-safety information (flood warning, road closure, evacuation). */
    EMERGENCY,
    /** Election administration (polling stations, postal votes, statement of persons nominated). */
    ELECTION_ADMIN,
    /** Candidates for election. */
    CANDIDATE,
    /** Councillor titles and roles ("Cllr", "cabinet member", "the mayor"). */
    COUNCILLOR_TITLE,
    /** Speaking as the council ("the council believes", "the council's position"). */
    COUNCIL_VOICE,
    /** "we at", "here at": speaking as an organisation when the council follows. */
    WE_AT,
    /** A made-up mind ("I will be voting against", "must be refused"). */
    PREDETERMINED,
    /** A planning, licensing or other quasi-judicial matter. */
    QUASI_JUDICIAL,
    /** A council meeting ("full council", "planning committee"). */
    MEETING,
    /** What a meeting discusses ("agenda", "motion", "budget"). */
    MEETING_TOPIC,
    /** The council's own political record ("our track record", "kept our promises"), kept out of purdah publicity. */
    RECORD,
    /**
     * A decision to withdraw or charge for a service announced as settled ("press ahead with closing", "permanent
     * closure", "scrapping the free..."): controversial in the pre-election period, routine information outside it.
     */
    CONTROVERSIAL_DECISION
}
