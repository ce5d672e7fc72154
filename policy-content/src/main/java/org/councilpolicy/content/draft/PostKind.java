package org.councilpolicy.content.draft;

/** Whether a draft is a post of its own, a reply, or a share of someone else's post. */
public enum PostKind {
    /** A post of the account's own. */
    POST,
    /** A reply to someone else's post or comment. */
    REPLY,
    /** A share (retweet, repost) of another account's post. */
    SHARE
}
