package org.councilpolicy.content.draft;

/** The social network a draft, comment or account is on. */
public enum Platform {
    X, FACEBOOK, INSTAGRAM, LINKEDIN, THREADS, TIKTOK, YOUTUBE, NEXTDOOR, OTHER
}
