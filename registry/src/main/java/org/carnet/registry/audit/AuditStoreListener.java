package org.carnet.registry.audit;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.carnet.common.transaction.TransactionEvent;
import org.carnet.common.transaction.TransactionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every transaction to the {@link AuditStore}, events without a patient (a malformed request) included.
 * It writes before the transaction's answer leaves, so a client never holds an answer whose trace is not stored.
 * It never throws into the transaction: a failure to store is counted and logged at WARN by its class only, since
 * database messages may quote patient data.
 *
 * <p>An event that names documents but no patient (ITI-43, ITI-86) is filed under the patients of those documents,
 * one record per patient, so that a request reaching several patients' records shows in each history and each
 * history shows only its own documents.
 */
public final class AuditStoreListener implements TransactionListener {
    private static final Logger log = LoggerFactory.getLogger(AuditStoreListener.class);

    private final AuditStore store;
    private final DocumentPatients documentPatients;
    private final AtomicLong failures = new AtomicLong();

    public AuditStoreListener(AuditStore store, DocumentPatients documentPatients) {
        this.store = store;
        this.documentPatients = documentPatients;
    }

    @Override
    public void onTransaction(TransactionEvent event) {
        try {
            store.append(records(event));
        } catch (SQLException | RuntimeException e) {
            long count = failures.incrementAndGet();
            log.warn("audit trace of an {} transaction not stored ({} failures since start): {}",
                    event.transaction().code(), count, e.getClass().getName());
        }
    }

    /** How many events could not be stored since the node started. */
    public long failures() {
        return failures.get();
    }

    private List<AuditRecord> records(TransactionEvent event) throws SQLException {
        if (event.patientKey() != null || event.documentIds().isEmpty()) {
            return List.of(AuditRecord.of(event, event.patientKey(), event.documentIds()));
        }
        Map<String, String> patients = documentPatients.of(event.documentIds());
        Map<String, List<String>> byPatient = new LinkedHashMap<>(); // unknown documents under a null patient
        for (String document : event.documentIds()) {
            byPatient.computeIfAbsent(patients.get(document), k -> new ArrayList<>()).add(document);
        }
        List<AuditRecord> records = new ArrayList<>();
        byPatient.forEach((patient, documents) -> records.add(AuditRecord.of(event, patient, documents)));
        return records;
    }
}
