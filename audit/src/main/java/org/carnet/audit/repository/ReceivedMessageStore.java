package org.carnet.audit.repository;

/** Where the audit record repository keeps what it receives; append-only. Called from several threads. */
@FunctionalInterface
public interface ReceivedMessageStore {

    /** Stores the message durably before returning. */
    void append(ReceivedAuditMessage message) throws Exception;
}
