package org.carnet.audit.message;

import java.util.Objects;

/** One setting that differs from the previous start's configuration. */
public record SettingChange(String key, Kind kind) {

    public enum Kind {
        ADDED("added"), CHANGED("changed"), REMOVED("removed");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public SettingChange {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
    }

    /** Settings that decide who gets in and what is traced. */
    public boolean securityRelevant() {
        return key.startsWith("security.") || key.startsWith("audit.");
    }
}
