package org.carnet.common.transaction;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells every listener; one that throws is logged and does not stop the others. */
public final class TransactionListeners implements TransactionListener {
    private static final Logger log = LoggerFactory.getLogger(TransactionListeners.class);

    private final List<TransactionListener> listeners;

    public TransactionListeners(List<TransactionListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void onTransaction(TransactionEvent event) {
        for (TransactionListener listener : listeners) {
            try {
                listener.onTransaction(event);
            } catch (RuntimeException e) {
                log.error("transaction listener {} failed", listener.getClass().getName(), e);
            }
        }
    }
}
