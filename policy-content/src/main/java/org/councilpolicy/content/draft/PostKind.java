package org.councilpolicy.content.draft;

/** Whether a draft is a post of its own, a reply, or a share of someone else's post. */
public enum PostKind {
    POST, REPLY, SHARE
}
