/**
 * The node's notification channels: the webhook that posts each patient notification to an SMS or email gateway,
 * and the wiring of the sender that drives it ({@code notify.*} settings). The outbox and the sender are in
 * {@code org.carnet.registry.notify}.
 */
package org.carnet.server.notify;
