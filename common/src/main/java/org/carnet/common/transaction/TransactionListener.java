package org.carnet.common.transaction;

/**
 * Told of every transaction once it has ended. The transaction log line is one listener; the ATNA audit
 * recorder is another. A listener must not throw and must not block: the transaction has already happened.
 */
@FunctionalInterface
public interface TransactionListener {
    void onTransaction(TransactionEvent event);
}
