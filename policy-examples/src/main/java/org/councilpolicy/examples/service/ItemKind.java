package org.councilpolicy.examples.service;

import java.util.Locale;

/** The JSON Lines subcommands the service exposes, one endpoint each: {@code POST /v1/check} and so on. */
enum ItemKind {
    CHECK, CLASSIFY, MODERATE, ACCOUNT, PHOTO;

    /** {@return the endpoint's path} */
    String path() {
        return "/v1/" + name().toLowerCase(Locale.ROOT);
    }
}
