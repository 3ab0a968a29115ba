package org.carnet.registry.patient;

/**
 * A dossier change that the dossier's state does not allow: there is no dossier, or it is not in the state the
 * change starts from. The message names no patient: it goes to the client and to the log.
 */
public final class DossierStateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Problem {
        /** The patient has no dossier. */
        NO_DOSSIER,
        /** The dossier is closed: reopen it first. */
        CLOSED,
        /** The dossier is open: there is nothing to reopen. */
        OPEN
    }

    private final Problem problem;

    public DossierStateException(Problem problem, String message) {
        super(message, null, false, false); // an answer, not a failure
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
