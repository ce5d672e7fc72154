package org.councilpolicy.content.neutrality;

/**
 * An opinion on something political: praise or blame of a political actor, or a view on a contested matter.
 *
 * @param about  what the opinion is about (a party, "government", a contested topic)
 * @param start  start of the smallest normalised range covering the subject and the marker
 * @param end    end of that range, exclusive
 * @param marker the opinion phrase
 * @param strong whether it is clearly an opinion; weak ones ("cuts", "disappointed") need a person's look
 */
public record Judgement(String about, int start, int end, String marker, boolean strong) {
}
