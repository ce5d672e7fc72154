package org.councilpolicy.content.neutrality;

import java.util.List;

/**
 * The political content of one text, as far as words show it.
 *
 * @param parties          parties named in a political sense
 * @param campaigning      campaigning phrases, including "vote"/"back"/"support" followed by a party or candidate
 * @param praiseOrBlame    praise or blame of a party, the government or another political actor
 * @param contestedOpinion opinions on contested political matters
 */
public record PoliticalContent(List<PartyMention> parties, List<Hit> campaigning, List<Judgement> praiseOrBlame,
                               List<Judgement> contestedOpinion) {

    /**
     * Copies the lists, so the record stays immutable.
     *
     * @param parties          parties named in a political sense
     * @param campaigning      campaigning phrases
     * @param praiseOrBlame    praise or blame of a party, the government or another political actor
     * @param contestedOpinion opinions on contested political matters
     */
    public PoliticalContent {
        parties = List.copyOf(parties);
        campaigning = List.copyOf(campaigning);
        praiseOrBlame = List.copyOf(praiseOrBlame);
        contestedOpinion = List.copyOf(contestedOpinion);
    }

    /**
     * Whether anything political was found, a mere mention of a party included.
     *
     * @return whether any of the lists is not empty
     */
    public boolean any() {
        return !parties.isEmpty() || !campaigning.isEmpty() || !praiseOrBlame.isEmpty() || !contestedOpinion.isEmpty();
    }

    /**
     * Whether the text takes a political side: campaigning, praise or blame, or a clear opinion. Weak judgements
     * ("concerns about") do not count, and neither does merely naming a party.
     *
     * @return whether the text takes a side
     */
    public boolean takesSide() {
        return !campaigning.isEmpty() || praiseOrBlame.stream().anyMatch(Judgement::strong)
                || contestedOpinion.stream().anyMatch(Judgement::strong);
    }
}
