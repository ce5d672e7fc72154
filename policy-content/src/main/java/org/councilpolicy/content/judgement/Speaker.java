package org.councilpolicy.content.judgement;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.councilpolicy.content.draft.AuthorRole;
import org.councilpolicy.content.draft.Committee;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.NamedPerson;
import org.councilpolicy.core.profile.Profile;

/**
 * Who speaks in a draft: the account kind, the author's role, and the committees the author sits on, from the
 * draft's author and from the profile's own councillors (a councillor listed there by name or alias brings the
 * committees the profile gives them), as a finding names them.
 *
 * @param account    the account the draft goes out on
 * @param role       the author's role, or {@code null} when not given
 * @param draft      the draft
 * @param committees the committees the author sits on
 * @param listed     whether the author is one of the profile's councillors
 */
public record Speaker(AccountType account, AuthorRole role, Draft draft, Set<Committee> committees, boolean listed) {

    /**
     * Copies the committees.
     *
     * @param account    the account the draft goes out on
     * @param role       the author's role, or {@code null} when not given
     * @param draft      the draft
     * @param committees the committees the author sits on
     * @param listed     whether the author is one of the profile's councillors
     */
    public Speaker {
        committees = Set.copyOf(committees);
    }

    /**
     * The speaker of a draft, from the draft alone.
     *
     * @param draft the draft
     * @return who speaks
     */
    public static Speaker of(Draft draft) {
        return of(draft, null);
    }

    /**
     * The speaker of a draft, with what the profile says about its author: a councillor the profile lists by name
     * or alias is a councillor on the committees the profile gives, whatever the draft's author field says.
     *
     * @param draft   the draft
     * @param profile the profile the draft is checked against, or {@code null}
     * @return who speaks
     */
    public static Speaker of(Draft draft, Profile profile) {
        Set<Committee> on = EnumSet.noneOf(Committee.class);
        boolean listed = false;
        if (draft.author() != null) {
            on.addAll(draft.author().committees());
            if (profile != null) {
                for (NamedPerson p : profile.namedPeople().councillors()) {
                    if (p.isCalled(draft.author().name())) {
                        listed = true;
                        p.committees().forEach(c -> on.add(Committee.valueOf(c.toUpperCase(Locale.ROOT))));
                    }
                }
            }
        }
        return new Speaker(draft.account(), draft.author() == null ? null : draft.author().role(), draft, on, listed);
    }

    /**
     * Whether the draft speaks for the council (a corporate, service or professional account).
     *
     * @return whether the account is official
     */
    public boolean official() {
        return account.isOfficial();
    }

    /**
     * Whether political comment by this speaker is judged by {@code neutrality.political-stance}: an official account,
     * or an officer's personal account (where the officer can be identified as the council's).
     *
     * @return whether it is
     */
    public boolean judgedForPoliticalComment() {
        return official() || account == AccountType.OFFICER_PERSONAL;
    }

    /**
     * Whether a councillor speaks (their own account, a draft whose author is a councillor, or an author the
     * profile lists as a councillor).
     *
     * @return whether the speaker is an elected member
     */
    public boolean councillor() {
        return account == AccountType.COUNCILLOR || role == AuthorRole.COUNCILLOR || listed;
    }

    /**
     * Whether the speaker sits on a planning, licensing or other quasi-judicial committee.
     *
     * @return whether the author's committees include a quasi-judicial one
     */
    public boolean quasiJudicial() {
        return committees.stream().anyMatch(Committee::quasiJudicial);
    }

    /**
     * The speaker in words, for a finding: "a corporate account", "a councillor on the planning committee".
     *
     * @return the description
     */
    public String describe() {
        if (councillor()) {
            StringBuilder b = new StringBuilder("a councillor");
            String on = committees.stream().filter(Committee::quasiJudicial).sorted()
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).reduce((x, y) -> x + " and " + y).orElse("");
            if (!on.isEmpty()) {
                b.append(" on the ").append(on).append(" committee");
            }
            if (listed) {
                b.append(" (from the profile's councillors)");
            }
            return b.toString();
        }
        return switch (account) {
            case CORPORATE -> "the council's corporate account";
            case SERVICE -> "a council service account";
            case PROFESSIONAL -> "an officer's professional account";
            case OFFICER_PERSONAL -> "an officer's personal account";
            case COUNCILLOR -> "a councillor";
        };
    }
}
