package org.councilpolicy.content.judgement;

import java.util.Locale;
import org.councilpolicy.content.draft.AuthorRole;
import org.councilpolicy.content.draft.Committee;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.profile.AccountType;

/**
 * Who speaks in a draft: the account kind and the author's role and committees, as a finding names them.
 *
 * @param account the account the draft goes out on
 * @param role    the author's role, or {@code null} when not given
 * @param draft   the draft
 */
public record Speaker(AccountType account, AuthorRole role, Draft draft) {

    /**
     * The speaker of a draft.
     *
     * @param draft the draft
     * @return who speaks
     */
    public static Speaker of(Draft draft) {
        return new Speaker(draft.account(), draft.author() == null ? null : draft.author().role(), draft);
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
     * Whether a councillor speaks (their own account, or a draft whose author is a councillor).
     *
     * @return whether the speaker is an elected member
     */
    public boolean councillor() {
        return account == AccountType.COUNCILLOR || role == AuthorRole.COUNCILLOR;
    }

    /**
     * Whether the speaker sits on a planning, licensing or other quasi-judicial committee.
     *
     * @return whether the author's committees include a quasi-judicial one
     */
    public boolean quasiJudicial() {
        return draft.author() != null && draft.author().onQuasiJudicialCommittee();
    }

    /**
     * The speaker in words, for a finding: "a corporate account", "a councillor on the planning committee".
     *
     * @return the description
     */
    public String describe() {
        if (councillor()) {
            StringBuilder b = new StringBuilder("a councillor");
            if (draft.author() != null) {
                String on = draft.author().committees().stream().filter(Committee::quasiJudicial).sorted()
                        .map(c -> c.name().toLowerCase(Locale.ROOT)).reduce((x, y) -> x + " and " + y).orElse("");
                if (!on.isEmpty()) {
                    b.append(" on the ").append(on).append(" committee");
                }
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
