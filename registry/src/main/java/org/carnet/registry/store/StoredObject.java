package org.carnet.registry.store;

/** A registry object as read back for a query answer: its kind, id, current status and stored ebRIM XML. */
public record StoredObject(ObjectKind kind, String uuid, String status, String patientKey, byte[] ebrim) {
}
