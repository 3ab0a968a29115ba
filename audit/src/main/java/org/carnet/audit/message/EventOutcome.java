package org.carnet.audit.message;

/** DICOM {@code EventOutcomeIndicator}. */
public enum EventOutcome {
    /** Nominal success. */
    SUCCESS("0"),
    /** Minor failure: the request was refused or partly done (an XDS error the client can act on). */
    MINOR_FAILURE("4"),
    /** Serious failure: an internal error stopped the action. */
    SERIOUS_FAILURE("8"),
    /** Major failure: the application is now unavailable. */
    MAJOR_FAILURE("12");

    private final String code;

    EventOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
