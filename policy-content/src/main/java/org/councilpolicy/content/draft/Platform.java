package org.councilpolicy.content.draft;

/** The social network a draft, comment or account is on. */
public enum Platform {
    /** X, formerly Twitter. */
    X,
    /** Facebook. */
    FACEBOOK,
    /** Instagram. */
    INSTAGRAM,
    /** LinkedIn. */
    LINKEDIN,
    /** Threads. */
    THREADS,
    /** TikTok. */
    TIKTOK,
    /** YouTube. */
    YOUTUBE,
    /** Nextdoor. */
    NEXTDOOR,
    /** Any other platform, or none in particular. */
    OTHER
}
