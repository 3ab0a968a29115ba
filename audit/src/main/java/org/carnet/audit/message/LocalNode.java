package org.carnet.audit.message;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.carnet.common.transaction.Transaction;

/**
 * What audit messages say about this node.
 *
 * @param source             the audit source (configured {@code audit.sourceId})
 * @param applicationName    the node's process name as an active participant ("carnet")
 * @param hostName           this machine's name, the node's network access point
 * @param processId          the operating-system process id (AlternativeUserID of the node's participant)
 * @param endpoints          the URL a transaction was served at (the node's UserID, as ITI TF-2 asks for the
 *                           SOAP endpoint URI); read when a message is made, since the port may be known only
 *                           once the node listens
 * @param repositoryUniqueId this repository's OID, the "Repository Unique Id" of documents it serves (ITI-43, 86)
 */
public record LocalNode(AuditSource source, String applicationName, String hostName, String processId,
                        Function<Transaction, String> endpoints, String repositoryUniqueId) {

    public LocalNode {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(applicationName, "applicationName");
        Objects.requireNonNull(hostName, "hostName");
        Objects.requireNonNull(processId, "processId");
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(repositoryUniqueId, "repositoryUniqueId");
    }

    /** The node as the performer of a transaction, in the given role (source or destination). */
    ActiveParticipant serving(Transaction transaction, CodedValue role) {
        return new ActiveParticipant(endpoints.apply(transaction), processId, null, false,
                List.of(role), hostName);
    }
}
