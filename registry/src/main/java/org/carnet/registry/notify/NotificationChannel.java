package org.carnet.registry.notify;

/**
 * How patient notifications leave the node: an SMS or email gateway behind a webhook, or any other transport. A
 * channel sends one notification at a time, from the {@link NotificationSender}'s thread, never from a transaction.
 *
 * <p>Delivery is at least once: the same notification may be sent again (after a timeout whose answer was lost, or a
 * crash), always with the same {@link OutgoingNotification#id()}, on which the receiver de-duplicates.
 */
public interface NotificationChannel {

    /**
     * Sends one notification and says what came of it. A failure is an outcome, not an exception: a transport
     * error or an overloaded receiver is {@link DeliveryOutcome#retryLater}, a receiver that refuses this
     * notification for good is {@link DeliveryOutcome#refused}.
     *
     * @throws InterruptedException when the sender is stopping; the notification stays pending
     */
    DeliveryOutcome send(OutgoingNotification notification) throws InterruptedException;

    /** Where notifications go, for logs: no credentials, no query string. */
    String describe();
}
