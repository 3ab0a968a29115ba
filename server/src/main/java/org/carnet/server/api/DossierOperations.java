package org.carnet.server.api;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.carnet.common.access.Caller;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.policy.Decision;
import org.carnet.common.policy.DmpRule;
import org.carnet.common.policy.DossierFacts;
import org.carnet.common.policy.DossierManagementDecider;
import org.carnet.common.policy.DossierOperation;
import org.carnet.common.policy.DossierRequest;
import org.carnet.common.transaction.Transaction;
import org.carnet.common.transaction.TransactionContext;
import org.carnet.common.transaction.TransactionEvent;
import org.carnet.common.transaction.Transactions;
import org.carnet.registry.patient.DossierDirectory;
import org.carnet.registry.patient.DossierStateException;
import org.carnet.server.http.HttpError;
import org.carnet.server.http.JsonServlet;
import org.carnet.server.http.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one dossier operation of the HTTP API as a {@link Transaction#DOSSIER} transaction: the operation's name
 * and the patient go to every transaction listener (the audit trail), on success and on refusal alike; the
 * {@link DossierManagementDecider} decides whether the caller may, with the dossier's facts; a refusal is a 403
 * naming the rule. Handlers never decide on their own.
 */
public final class DossierOperations {
    private static final Logger log = LoggerFactory.getLogger(DossierOperations.class);

    /** The body of a refusal: the message and the DMP rule that refused. */
    public record RefusalBody(String error, String rule) {
    }

    /** A handler's work, given its {@link Step}. */
    @FunctionalInterface
    public interface Work {
        Reply run(Step step) throws IOException, SQLException;
    }

    private final Transactions transactions;
    private final DossierManagementDecider decider;
    private final DossierDirectory dossiers;

    public DossierOperations(Transactions transactions, DossierManagementDecider decider, DossierDirectory dossiers) {
        this.transactions = transactions;
        this.decider = decider;
        this.dossiers = dossiers;
    }

    public Reply run(Caller caller, DossierOperation operation, Work work) {
        return transactions.run(Transaction.DOSSIER, caller, ErrorCode.REGISTRY_ERROR, tx -> {
            tx.action(operation.action());
            try {
                return work.run(new Step(caller, operation, tx));
            } catch (Refused e) {
                return fail(tx, operation, e.rule.name(), 403, new RefusalBody("refused by DMP rule " + e.rule.name()
                        + " (" + e.rule.citation() + ")", e.rule.name()));
            } catch (HttpError e) {
                return fail(tx, operation, "HTTP_" + e.status(), e.status(), new JsonServlet.ErrorBody(e.getMessage()));
            } catch (DossierStateException e) {
                int status = e.problem() == DossierStateException.Problem.NO_DOSSIER ? 404 : 409;
                return fail(tx, operation, e.problem().name(), status, new JsonServlet.ErrorBody(e.getMessage()));
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("dossier operation " + operation + " failed", e);
            }
        }, failure -> new Reply(500, new JsonServlet.ErrorBody("internal error, id " + failure.errorId())));
    }

    /** A refusal is an answer: logged at WARN by code only (no patient), and told to the listeners. */
    private static Reply fail(TransactionContext tx, DossierOperation operation, String code, int status, Object body) {
        log.warn("DOSSIER {} refused: {}", operation.action(), code);
        tx.outcome(TransactionEvent.Outcome.FAILURE, List.of(code));
        return new Reply(status, body);
    }

    /** What a handler does inside the transaction: name the patient, then ask whether the caller may. */
    public final class Step {
        private final Caller caller;
        private final DossierOperation operation;
        private final TransactionContext tx;
        private String patientKey;

        private Step(Caller caller, DossierOperation operation, TransactionContext tx) {
            this.caller = caller;
            this.operation = operation;
            this.tx = tx;
        }

        /** The patient whose dossier this is; noted for the audit trail. */
        public Step patient(String key) {
            this.patientKey = key;
            tx.patient(key);
            return this;
        }

        /**
         * Decides with the dossier's facts and the caller's standing on it, completed by {@code details}; refuses
         * with a 403 naming the rule. A dossier that does not exist is decided as an open one without standing
         * (who may act does not depend on it existing); the handler then answers 404.
         *
         * @return the facts decided on
         */
        public DossierFacts authorise(UnaryOperator<DossierRequest> details) throws SQLException {
            DossierFacts facts = patientKey == null ? DossierFacts.open()
                    : dossiers.facts(patientKey, caller.actor()).orElse(DossierFacts.open());
            DossierRequest request = details.apply(DossierRequest.about(facts)
                    .withActorIsThePatient(isThePatient()));
            Decision decision = decider.decide(caller.actor(), operation, request);
            if (!decision.allowed()) {
                throw new Refused(decision.rule());
            }
            return facts;
        }

        public DossierFacts authorise() throws SQLException {
            return authorise(UnaryOperator.identity());
        }

        /** The patient, or a legal representative, acting on the dossier their token names. */
        private boolean isThePatient() {
            return caller.actor().isPatientSide() && Objects.equals(caller.dossierKey(), patientKey);
        }
    }

    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient DmpRule rule;

        Refused(DmpRule rule) {
            super(rule.name(), null, false, false);
            this.rule = rule;
        }
    }
}
