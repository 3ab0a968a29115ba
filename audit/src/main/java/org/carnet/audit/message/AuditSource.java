package org.carnet.audit.message;

import java.util.Objects;

/**
 * Who reports the event (DICOM AuditSourceIdentification): the node, by its configured audit source id.
 * AuditSourceTypeCode 4 (application server process) is written for every Carnet message.
 */
public record AuditSource(String sourceId, String enterpriseSiteId) {

    /** AuditSourceTypeCode 4: "Application Server process or thread". */
    public static final String TYPE_APPLICATION_SERVER = "4";

    public AuditSource {
        Objects.requireNonNull(sourceId, "sourceId");
    }
}
