/**
 * The IHE ATNA audit trail (ITI TF-1 9, ITI TF-2 3.20): every transaction and node event becomes a DICOM
 * PS3.15 A.5 audit message ({@link org.carnet.audit.message}), written durably to a spool on disk
 * ({@link org.carnet.audit.spool}) and delivered in order to each configured audit record repository over syslog
 * ({@link org.carnet.audit.syslog}). {@link org.carnet.audit.AuditTrail} ties them together.
 */
package org.carnet.audit;
