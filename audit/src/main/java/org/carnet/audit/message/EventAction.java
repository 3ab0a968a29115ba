package org.carnet.audit.message;

/** DICOM {@code EventActionCode}: what was done to the data. */
public enum EventAction {
    CREATE("C"), READ("R"), UPDATE("U"), DELETE("D"), EXECUTE("E");

    private final String code;

    EventAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
