package org.carnet.registry.store;

/** The four kinds of registry object and their short code in {@code registry_object.kind}. */
public enum ObjectKind {
    DOCUMENT_ENTRY("DE"),
    SUBMISSION_SET("SS"),
    FOLDER("FD"),
    ASSOCIATION("AS");

    private final String code;

    ObjectKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ObjectKind ofCode(String code) {
        for (ObjectKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown object kind " + code);
    }
}
