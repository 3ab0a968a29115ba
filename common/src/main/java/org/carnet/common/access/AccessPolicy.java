package org.carnet.common.access;

import java.util.Collection;
import java.util.Set;

import org.carnet.common.metadata.Submission;
import org.carnet.common.policy.DocumentFacts;
import org.carnet.common.policy.Operation;

/**
 * The single place that decides whether a caller may do something to a dossier (issue 5, dmp-reference 3).
 * Endpoints and services never decide on their own: they ask this. Queries ask for a {@link ConsultScope} and
 * add it to their SQL so that what a caller may not see is never read, not filtered afterwards.
 */
public interface AccessPolicy {

    /**
     * May the caller feed this submission (ITI-41/42)? Throws an {@code XdsException} with the code the client
     * must see when not (e.g. {@code XDSUnknownPatientId} for a patient without an open dossier).
     */
    void checkFeed(Caller caller, Submission submission);

    /**
     * May the caller change this registered document's metadata or status this way (ITI-57: masking, visibility,
     * archiving, logical delete)? Throws an {@code XdsException} located at {@code location} when not.
     */
    void checkManage(Caller caller, String patientKey, DocumentFacts document, Operation operation, String location);

    /** May the caller remove registry objects or stored documents for good (ITI-62, ITI-86)? Throws when not. */
    void checkRemove(Caller caller);

    /**
     * May the caller search this patient's dossier at all (a stored query naming the patient)? Throws an
     * {@code XdsException} saying which rule refuses when not. What the caller may see in it is the
     * {@link #consultScope}.
     */
    void checkConsult(Caller caller, String patientKey);

    /** What the caller may consult through stored queries (ITI-18, ITI-51). */
    ConsultScope consultScope(Caller caller);

    /**
     * Which of these document uniqueIds the caller may retrieve (ITI-43): registered documents the caller may
     * read. Anything else is answered exactly as an unknown document, so that nothing leaks whether it exists.
     */
    Set<String> retrievable(Caller caller, Collection<String> documentUniqueIds);

    /**
     * Told after the caller found objects in these dossiers, so that an emergency access is notified to the
     * patient (dmp-reference 3).
     */
    void consulted(Caller caller, Collection<String> patientKeys);
}
