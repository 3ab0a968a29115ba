package org.carnet.server.api;

import java.util.List;

import org.carnet.common.access.AccessMode;
import org.carnet.common.metadata.Code;
import org.carnet.common.policy.TraceVisibility;
import org.carnet.registry.audit.AccessAction;
import org.carnet.registry.audit.AuditRecord;
import org.carnet.registry.audit.AuditRecord.Requestor;

/**
 * How the access history is shown (JSON): one page of entries, newest first.
 *
 * @param traces which traces the reader sees: {@code ALL}, or {@code OWN} (a professional sees what they did)
 * @param total  how many entries the reader may page through
 */
public record AccessLogView(String patientId, String traces, int page, int size, long total, List<Entry> entries) {

    /**
     * One trace.
     *
     * @param when        ISO-8601, UTC: when the transaction ended
     * @param who         who acted; null when the request named no one
     * @param accessMode  {@code normal}, {@code bris_de_glace} or {@code centre_15}; null when unknown
     * @param emergency   an emergency access (bris de glace, centre 15), flagged for the patient (dmp-reference 3)
     * @param outcome     {@code SUCCESS}, {@code PARTIAL_SUCCESS} or {@code FAILURE}
     * @param transaction the transaction traced: {@code ITI-43}, ..., {@code DOSSIER}
     */
    public record Entry(long id, String when, Who who, Action action, String accessMode, boolean emergency,
                        String outcome, String transaction) {
    }

    /** @param kind {@code PROFESSIONAL}, {@code PATIENT}, {@code LEGAL_REPRESENTATIVE} or {@code SYSTEM} */
    public record Who(String id, String name, String kind, Role role, String organisation) {
    }

    /** The actor's profession, e.g. {@code 10} in {@code 1.2.250.1.71.1.2.7}, "Médecin". */
    public record Role(String code, String codeSystem, String display) {
    }

    /** @param code a stable {@link AccessAction} name; @param label the same in English, for people */
    public record Action(String code, String label, List<String> documents) {
    }

    static AccessLogView of(String patientKey, TraceVisibility.Scope traces, int page, int size, long total,
                            List<AuditRecord> records) {
        return new AccessLogView(patientKey, traces.name(), page, size, total,
                records.stream().map(AccessLogView::entry).toList());
    }

    private static Entry entry(AuditRecord r) {
        AccessAction action = AccessAction.of(r.transaction(), r.action());
        Requestor requestor = r.requestor();
        AccessMode mode = requestor == null ? null : requestor.mode();
        return new Entry(r.id(), r.recordedAt().toString(), who(requestor),
                new Action(action.name(), action.label(r.outcome(), r.documentIds().size()), r.documentIds()),
                mode == null ? null : mode.code(), requestor != null && requestor.emergency(), r.outcome().name(),
                r.transaction().code());
    }

    private static Who who(Requestor r) {
        if (r == null) {
            return null;
        }
        Code role = r.role();
        return new Who(r.id(), r.name(), r.kind() == null ? null : r.kind().name(),
                role == null ? null : new Role(role.code(), role.codingScheme(),
                        role.displayName() == null ? null : role.displayName().value()),
                r.organisation());
    }
}
