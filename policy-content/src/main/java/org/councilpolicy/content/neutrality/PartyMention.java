package org.councilpolicy.content.neutrality;

/**
 * A political party named in a political sense.
 *
 * @param start  start in the normalised text, inclusive
 * @param end    end in the normalised text, exclusive
 * @param party  the party's usual name, e.g. {@code Liberal Democrat}
 */
public record PartyMention(int start, int end, String party) {
}
