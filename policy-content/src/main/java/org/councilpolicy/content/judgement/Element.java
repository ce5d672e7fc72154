package org.councilpolicy.content.judgement;

import org.councilpolicy.core.text.Lexicon;

/**
 * The elements publishing judgement is composed of: whom a draft is about and what it does to them (one section
 * each of {@code elements.txt}, plus {@link #POLITICIAN} from {@code national-politicians.tsv}). Who speaks
 * comes from the draft itself (its account kind, its author's role and committees). No element is evidence on its
 * own; the rules compose them.
 */
public enum Element {
    /** A phrase that hides every element inside it ("levelling up fund", "woke up"). */
    IGNORE,
    /** A named national politician or minister; the label gives the office. */
    POLITICIAN,
    /** A national office or institution ("the Prime Minister", "the Government", "Westminster", "your MP"). */
    OFFICE,
    /** A national policy ("the winter fuel payment", "net zero", "ULEZ"). */
    NATIONAL_POLICY,
    /** A slogan or catch-phrase of a national campaign ("stop the boats"). */
    SLOGAN,
    /** Going to the polls ("when you vote", "at the ballot box"): blame beside it says whom to vote against. */
    ELECTION,
    /** A slogan that is also an everyday phrase ("take back control"): a slogan only beside a national figure. */
    SLOGAN_COMMON,
    /** An ideological label used as an insult ("woke", "lefties", "eco-zealots"). */
    IDEOLOGY_LABEL,
    /** A culture-war topic on which any stated position is divisive ("flags", "Gaza", "asylum hotels"). */
    CONTESTED,
    /** A topic where the council's equality or climate duties make support its business, opposition not ("trans"). */
    CONTESTED_EQUALITY,
    /** Praise or endorsement ("is right", "bold", "we fully support"). */
    ENDORSE,
    /** Blame, or telling residents whom to blame ("failed", "betrayed", "you can thank"). */
    BLAME,
    /** A position against, in the speaker's voice ("we oppose", "we refuse", "madness"). */
    STANCE,
    /** A position for, in the speaker's voice ("we stand with", "we believe", "we call on"). */
    STANCE_FOR,
    /** A pointed reference to a person ("he's", "his", "you clearly"), a target when none is named. */
    PERSON_REF,
    /** A councillor or members ("Cllr", "the opposition", "the member for"). */
    COUNCILLOR,
    /** The council's staff ("officers", "our team", "the planners"). */
    STAFF,
    /** Residents or members of the public ("some people", "the person who", "keyboard warriors"). */
    RESIDENT,
    /** Belittling or insulting ("clueless", "can't read", "jobsworths"). */
    BELITTLE,
    /** Sarcasm or mockery aimed at someone ("well done to", "slow clap", "👏", "😂", "who knew?"). */
    MOCK,
    /** An ironic frame that needs someone in view ("funny how", "strikes again", "finally found his way"). */
    IRONY,
    /** What a mocked person did ("who parked across", "in the wrong bin", "ignored the signs"). */
    MISDEED,
    /** A dismissive reply, addressed to whoever is answered ("not our problem", "do your research"). */
    DISMISSIVE,
    /** A dispute inside the council ("a blazing row", "at loggerheads", "infighting", "morale is at rock bottom"). */
    INTERNAL_DISPUTE,
    /** Telling what is not for telling ("between you and me", "off the record", "I shouldn't say this"). */
    LEAK,
    /** A recommendation of a business or product in the speaker's voice ("we highly recommend", "use code"). */
    PRODUCT_PRAISE,
    /** A business, brand or product ("café", "takeaway", "Ltd", "discount", "their new range"). */
    COMMERCIAL,
    /** A group with a protected characteristic, or a group spoken of as one ("the elderly", "these people"). */
    PROTECTED_GROUP,
    /** A group often cast as outsiders (Gypsies and Travellers, Roma, migrants, asylum seekers). */
    OUTSIDER_GROUP,
    /** Casting a group as a threat ("lock up your sheds", "be vigilant", "they're back"). */
    SUSPICION,
    /** A prejudiced predicate about a group ("bring crime", "invasion", "scroungers"). */
    STEREOTYPE,
    /** A weaker predicate, a stereotype only when generalised ("leave a mess", "not good with technology"). */
    STEREOTYPE_WEAK,
    /** A generalisation ("always", "typical", "these people"). */
    GENERALISER,
    /** Language about disability, ethnicity, age or sex a council does not publish ("wheelchair-bound"). */
    DISCRIMINATORY_TERM,
    /** Leaving a group out of a service ("arrange their own", "turned away", "locals only"). */
    EXCLUSION,
    /** A job advert ("vacancy", "we're hiring", "the ideal candidate"). */
    JOB_CONTEXT,
    /** An age, sex, origin or ability preference in a job advert ("young and dynamic", "native speaker"). */
    AGE_PREFERENCE,
    /** Criminal proceedings that are live ("charged with", "due to appear", "the jury"). */
    LIVE_CASE,
    /** Proceedings that have ended ("found guilty", "was fined"). */
    CASE_CONCLUDED,
    /** An assertion of guilt or a comment on the case ("did it", "open and shut", "should be jailed"). */
    GUILT,
    /** A comment on a defendant's character ("rogue", "thug", "well known to police"). */
    CHARACTER,
    /** A child ("schoolboy", "aged 15", "a 14-year-old"), whom proceedings may not identify. */
    MINOR,
    /** A school, which with a child's age identifies them ("Northgate High School", "a pupil at"). */
    SCHOOL,
    /** A matter a quasi-judicial committee decides ("the application", "premises licence", "homes on"). */
    MATTER,
    /** Saying how one will vote or what the decision must be ("I'll be voting against", "must be refused"). */
    VOTE_STANCE,
    /**
     * An outcome a committee can reach, or the speaker's part in reaching it ("refuse", "grant", "revocation", "say
     * no", "get past me"): a predetermination only in a committed first-person sentence beside a matter.
     */
    DECISION,
    /**
     * A word that commits the speaker ("will", "never", "whatever", "the only", "absolutely"): with a decision, the
     * mind is made up; "whatever"-like ones also override an open-mind phrase in their sentence.
     */
    COMMITMENT,
    /** Keeping an open mind, or standing aside ("before deciding", "declare an interest"). */
    OPEN_MIND,
    /** Words of a fire or rescue incident ("crews", "the blaze", "last night"). */
    INCIDENT,
    /** The occupant, owner or victim ("the owner", "who lives", "his home"). */
    OCCUPANT,
    /** Someone's standing in the community or description ("well-known", "local businessman", "retired"). */
    STANDING,
    /** A location precise enough to identify the home ("the flat above", "the house opposite"). */
    EXACT_LOCATION,
    /** The cause of a fire ("caused by", "started in", "chip pan"). */
    CAUSE,
    /** Speculation ("believed", "probably", "may have"). */
    SPECULATE,
    /** A cause left open, found accidental, or safety advice ("under investigation", "never leave"). */
    CAUSE_OPEN,
    /** Blame for a fire ("careless", "should have", "youths"). */
    FIRE_BLAME,
    /** Next of kin not yet told, or identification pending. */
    NOT_TOLD,
    /** A death or an injury. */
    CASUALTY,
    /** A detail that identifies a casualty ("mother of", "pensioner", "named as"). */
    IDENTIFIER,
    /** A fire service resource (engines, crews, stations, radios, hydrants). */
    RESOURCE,
    /** A weakness of that resource ("unavailable", "off the run", "short-staffed"). */
    WEAKNESS,
    /**
     * What a person is likened to when the likeness belittles them ("toddlers", "a chocolate teapot", "a circus"):
     * counted only right after a comparison ("like", "as ... as", "than").
     */
    COMPARAND;

    /**
     * The lexicon of every element phrase, for the union of the lexicons that scan a draft's normalised view
     * together.
     *
     * @return the lexicon
     */
    public static Lexicon<?> vocabulary() {
        return ElementVocabulary.LEXICON;
    }
}
