/**
 * DICOM PS3.15 A.5 audit messages (the successor of RFC 3881 that IHE ATNA uses): an immutable model, the
 * vocabulary of codes ({@link org.carnet.audit.message.DicomCodes}), the XML writer, and what each Carnet
 * transaction and node event is audited as (ITI TF-2, "Security Considerations" of each transaction).
 */
package org.carnet.audit.message;
