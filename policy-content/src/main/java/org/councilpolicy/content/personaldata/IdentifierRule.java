package org.councilpolicy.content.personaldata;

import java.util.Objects;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.rule.Fix;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.SharedKey;
import org.councilpolicy.core.rule.SimpleRule;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.Masking;

/**
 * What the structured personal-data detectors have in common: they scan the shared {@link IdentifierText} of a
 * draft and report each identifier with its exact span, a masked excerpt, a message, a suggestion and a fix
 * that replaces it with a placeholder such as {@code [phone number removed]}.
 */
abstract class IdentifierRule extends SimpleRule<Draft> {

    private final PersonalDataKind kind;
    private final String noun;

    IdentifierRule(RuleInfo info, PersonalDataKind kind, String noun) {
        super(info, Draft.class);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.noun = Objects.requireNonNull(noun, "noun");
    }

    /** Whether a member of the public wrote the draft being checked (a comment), set once per subject. */
    private static final SharedKey<Boolean> PUBLIC_WRITES = SharedKey.named("personaldata.member-of-public-writes");

    @Override
    public final void check(Draft draft, RuleContext ctx) {
        String text = draft.text();
        if (text.isEmpty()) {
            return;
        }
        ctx.shared(PUBLIC_WRITES, () -> memberOfPublicWrites(draft));
        scan(draft, IdentifierText.of(ctx, text), ctx);
    }

    /** Finds this rule's identifiers in one draft and reports each with {@link #report}. */
    abstract void scan(IdentifierText t, RuleContext ctx);

    /** Like {@link #scan(IdentifierText, RuleContext)}, for a rule that also needs the draft (its kind, account). */
    void scan(Draft draft, IdentifierText t, RuleContext ctx) {
        scan(t, ctx);
    }

    /**
     * Whether the draft itself ties what it mentions to someone's case: a public reply to a resident, or a
     * councillor's post (casework), where a resident's address or postcode links the person to their case.
     */
    static boolean casework(Draft draft) {
        return draft.kind() == org.councilpolicy.content.draft.PostKind.REPLY
                || draft.account() == org.councilpolicy.core.profile.AccountType.COUNCILLOR;
    }

    /** Whether a member of the public wrote {@code draft} (a comment the moderator checks with the draft rules). */
    static boolean memberOfPublicWrites(Draft draft) {
        return draft.author() != null
                && draft.author().role() == org.councilpolicy.content.draft.AuthorRole.MEMBER_OF_PUBLIC;
    }

    /**
     * Whether the council's account writes the draft being checked (a post or reply), not a member of the public
     * (a comment the moderator checks with the draft rules).
     */
    static boolean councilSpeaks(RuleContext ctx) {
        return !ctx.shared(PUBLIC_WRITES, () -> Boolean.FALSE);
    }

    /** The identifier's kind. */
    final PersonalDataKind kind() {
        return kind;
    }

    /** What is wrong, in plain English. */
    String message() {
        return "The post contains " + article(noun) + " " + noun
                + ": personal data must not be published without the person's explicit consent.";
    }

    static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }

    /** What to suggest instead of publishing it. */
    String suggestion() {
        return "Remove the " + noun + ". If the council needs it, ask the person to send it by private message "
                + "or through the council's secure online form.";
    }

    /**
     * Reports the identifier at [start, end) of the identifier view, against the span of the original text
     * that produced it (so a finding covers the zero-width characters, look-alikes or spelled "at" inside it).
     *
     * @param unsure why the detector is not sure (the finding becomes REVIEW), or {@code null}
     */
    final void report(RuleContext ctx, IdentifierText t, int start, int end, String unsure) {
        report(ctx, t, start, end, unsure, null);
    }

    /**
     * Reports the identifier at [start, end) of the identifier view, saying whose it is.
     *
     * @param unsure why the detector is not sure (the finding becomes REVIEW), or {@code null}
     * @param owner  whose it is and why ({@link OwnerAttribution}), or {@code null}
     */
    final void report(RuleContext ctx, IdentifierText t, int start, int end, String unsure, Attribution owner) {
        Span span = t.toOriginal(start, end);
        var f = ctx.finding()
                .kind(kind)
                .span(span)
                .excerpt(Masking.mask(span.of(t.original())))
                .message(owner == null ? message() : message() + " Owner: " + owner.note() + ".")
                .suggestion(suggestion())
                .fix(new Fix(span, "[" + noun + " removed]"));
        if (unsure != null) {
            f.unsure(unsure);
        }
        ctx.report(f);
    }
}
