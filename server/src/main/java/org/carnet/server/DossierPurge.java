package org.carnet.server;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.carnet.common.access.Caller;
import org.carnet.common.db.Database;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.transaction.Transaction;
import org.carnet.common.transaction.TransactionEvent;
import org.carnet.common.transaction.Transactions;
import org.carnet.registry.patient.DossierErasure;
import org.carnet.registry.patient.DossierRetention;
import org.carnet.repository.store.DocumentStore;
import org.carnet.repository.store.PendingSubmissions;
import org.carnet.repository.store.RepositoryIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the retention period (dmp-reference 4: a closed dossier keeps its data 10 years after closure, then they
 * go). Each expired dossier is erased in one database transaction, registry objects and repository rows together,
 * as a {@link Transaction#DOSSIER} operation {@value #ACTION} of the system actor {@value #ACTOR}, so that the audit
 * trail tells it. The bytes go after the commit, unless another document or a submission in flight has them
 * ({@link PendingSubmissions#deleteUnreferenced}): a crash in between leaves only unreferenced bytes, never a
 * document without its bytes.
 */
final class DossierPurge implements AutoCloseable {
    static final String ACTOR = "carnet-retention";
    static final String ACTION = "PURGE";
    /** The outcome code of a purge that found the dossier no longer past its retention. */
    static final String NOT_EXPIRED = "NOT_EXPIRED";
    private static final Logger log = LoggerFactory.getLogger(DossierPurge.class);
    private static final int BATCH = 100;

    private final Database database;
    private final DossierErasure erasure = new DossierErasure();
    private final RepositoryIndex index;
    private final DocumentStore documents;
    private final PendingSubmissions pending;
    private final DossierRetention retention;
    private final Transactions transactions;
    private final Clock clock;
    private ScheduledExecutorService schedule;

    DossierPurge(Database database, RepositoryIndex index, DocumentStore documents, PendingSubmissions pending,
                 DossierRetention retention, Transactions transactions, Clock clock) {
        this.database = database;
        this.index = index;
        this.documents = documents;
        this.pending = pending;
        this.retention = retention;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Purges every {@code interval}, the first time one minute after the start (not in the start's way). */
    DossierPurge every(Duration interval) {
        schedule = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dossier-purge");
            t.setDaemon(true);
            return t;
        });
        schedule.scheduleWithFixedDelay(this::runLogged, 60, interval.toSeconds(), TimeUnit.SECONDS);
        return this;
    }

    private void runLogged() {
        try {
            int erased = run();
            if (erased > 0) {
                log.info("Retention: {} dossiers erased", erased);
            }
        } catch (RuntimeException e) {
            log.error("Retention purge failed; it runs again at the next interval", e);
        }
    }

    /** Erases every dossier past its retention now; returns how many. */
    int run() {
        Instant cutoff = retention.closedBefore(clock.instant());
        int erased = 0;
        while (true) {
            List<String> patients = expired(cutoff);
            int before = erased;
            for (String patient : patients) {
                if (erase(patient, cutoff)) {
                    erased++;
                }
            }
            if (patients.size() < BATCH || erased == before) {
                return erased;
            }
        }
    }

    private List<String> expired(Instant cutoff) {
        try {
            return database.inTransaction(c -> erasure.closedBefore(c, cutoff, BATCH));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the dossiers past their retention", e);
        }
    }

    /** One dossier, audited; false when it was reopened (or erased by another node) meanwhile. */
    boolean erase(String patientKey, Instant cutoff) {
        return transactions.run(Transaction.DOSSIER, Caller.system(ACTOR, null), ErrorCode.REGISTRY_ERROR, tx -> {
            tx.action(ACTION).patient(patientKey);
            record Done(DossierErasure.Erased erased, Set<String> hashes) {
            }
            Optional<Done> done;
            try {
                done = database.inTransaction(c -> {
                    Optional<DossierErasure.Erased> erased = erasure.erase(c, patientKey, cutoff);
                    return erased.isEmpty() ? Optional.<Done>empty()
                            : Optional.of(new Done(erased.get(), index.removeAll(c, erased.get().documentUniqueIds())));
                });
            } catch (SQLException e) {
                throw new IllegalStateException("cannot erase a dossier past its retention", e);
            }
            if (done.isEmpty()) {
                // reopened, or erased by another node, since it was listed: the trace says nothing was erased
                tx.outcome(TransactionEvent.Outcome.FAILURE, List.of(NOT_EXPIRED));
                return false;
            }
            done.get().erased().documentUniqueIds().forEach(tx::document);
            done.get().hashes().forEach(this::deleteBytes);
            return true;
        }, failure -> false);
    }

    /** Unless another document, or a submission in flight, has the same bytes. */
    private void deleteBytes(String sha1) {
        try {
            pending.deleteUnreferenced(sha1, documents, index::hashInUse);
        } catch (IOException e) {
            log.warn("a purged document's bytes could not be deleted: {}", e.toString());
        }
    }

    @Override
    public void close() {
        if (schedule != null) {
            schedule.shutdownNow();
        }
    }
}
