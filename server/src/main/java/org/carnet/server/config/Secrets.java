package org.carnet.server.config;

/** How a password or secret shows in a configuration's text: configurations end up in logs. */
final class Secrets {
    static final String MASK = "****";

    private Secrets() {
    }

    /** The mask when the secret is set, nothing when it is not (so that a missing one still shows). */
    static String masked(String secret) {
        return secret.isEmpty() ? "" : MASK;
    }
}
