package org.carnet.common.access;

import java.util.Collection;
import java.util.Set;

import org.carnet.common.metadata.Submission;

/**
 * The single place that decides whether a caller may do something to a dossier. Endpoints and services
 * never decide on their own: they ask this. Queries ask for a {@link ConsultScope} and add it to their SQL
 * so that what a caller may not see is never read, not filtered afterwards.
 */
public interface AccessPolicy {

    /**
     * May the caller feed this submission (ITI-41/42)? Throws an {@code XdsException} with the code the client
     * must see when not (e.g. {@code XDSUnknownPatientId} for a patient without an open dossier).
     */
    void checkFeed(Caller caller, Submission submission);

    /** What the caller may consult through stored queries (ITI-18). */
    ConsultScope consultScope(Caller caller);

    /**
     * Which of these document uniqueIds the caller may retrieve (ITI-43): registered documents within the
     * caller's consult scope. Anything else is answered exactly as an unknown document, so that nothing leaks
     * whether it exists.
     */
    Set<String> retrievable(Caller caller, Collection<String> documentUniqueIds);
}
