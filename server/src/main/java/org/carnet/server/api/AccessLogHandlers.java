package org.carnet.server.api;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.carnet.common.access.Caller;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.policy.DossierFacts;
import org.carnet.common.policy.TraceVisibility;
import org.carnet.common.transaction.Transaction;
import org.carnet.common.transaction.TransactionContext;
import org.carnet.common.transaction.TransactionEvent.Outcome;
import org.carnet.common.transaction.Transactions;
import org.carnet.registry.audit.AccessAction;
import org.carnet.registry.audit.AuditStore;
import org.carnet.registry.patient.DossierDirectory;
import org.carnet.server.http.ApiExchange;
import org.carnet.server.http.HttpError;
import org.carnet.server.http.JsonServlet;
import org.carnet.server.http.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/dossiers/{patient}/access-log?page=0&size=50}: who did what to the patient's record, when and in
 * which access mode, newest first (issue 6; dmp-reference 5). What the reader sees is {@link TraceVisibility}'s
 * decision: the patient and a médecin traitant every trace, another professional their own. Reading the history is
 * itself an access to the record: a {@link Transaction#DOSSIER} transaction with the action
 * {@value AccessAction#READ_ACCESS_HISTORY}, allowed or refused, as the other dossier operations are. Paging is by
 * page and size (see {@link AuditStore} for what a page boundary means while traces are being added).
 */
public final class AccessLogHandlers {
    private static final Logger log = LoggerFactory.getLogger(AccessLogHandlers.class);
    static final int DEFAULT_SIZE = 50;

    private final Transactions transactions;
    private final DossierDirectory dossiers;
    private final AuditStore audit;

    public AccessLogHandlers(Transactions transactions, DossierDirectory dossiers, AuditStore audit) {
        this.transactions = transactions;
        this.dossiers = dossiers;
        this.audit = audit;
    }

    public Reply read(ApiExchange x) {
        Caller reader = x.caller();
        return transactions.run(Transaction.DOSSIER, reader, ErrorCode.REGISTRY_ERROR, tx -> {
            tx.action(AccessAction.READ_ACCESS_HISTORY);
            try {
                return Reply.ok(page(x, reader, tx));
            } catch (HttpError e) {
                // an answer, as DossierOperations gives one: logged by code only, told to the audit trail
                log.warn("DOSSIER {} refused: HTTP_{}", AccessAction.READ_ACCESS_HISTORY, e.status());
                tx.outcome(Outcome.FAILURE, List.of("HTTP_" + e.status()));
                return Reply.of(e);
            } catch (SQLException e) {
                throw new IllegalStateException("audit store failure", e);
            }
        }, failure -> new Reply(500, new JsonServlet.ErrorBody("internal error, id " + failure.errorId())));
    }

    private AccessLogView page(ApiExchange x, Caller reader, TransactionContext tx) throws SQLException {
        String patientKey = PatientIds.patient(x.pathParam("patient")).key();
        tx.patient(patientKey);
        int page = NotificationHandlers.number(x.query("page"), 0, Integer.MAX_VALUE / AuditStore.MAX_PAGE_SIZE, 0,
                "page");
        int size = NotificationHandlers.number(x.query("size"), 1, AuditStore.MAX_PAGE_SIZE, DEFAULT_SIZE, "size");
        Optional<DossierFacts> dossier = dossiers.facts(patientKey, reader.actor());
        // decided before saying whether the dossier exists, so that a refused reader cannot learn it
        TraceVisibility.Decision visible = TraceVisibility.decide(reader, patientKey,
                dossier.map(DossierFacts::medecinTraitant).orElse(false));
        if (!visible.allowed()) {
            throw new HttpError(403, "refused by trace visibility rule " + visible.rule().name() + " ("
                    + visible.rule().citation() + ")");
        }
        if (dossier.isEmpty()) {
            throw HttpError.notFound("no dossier for this patient");
        }
        return AccessLogView.of(patientKey, visible.scope(), page, size, audit.count(patientKey, visible.actorId()),
                audit.newestFirst(patientKey, visible.actorId(), page, size));
    }
}
