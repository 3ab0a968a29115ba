/**
 * Sending patient notifications (issue 5: every emergency access is notified to the patient) through a pluggable
 * {@link org.carnet.registry.notify.NotificationChannel}, such as a webhook to a hospital's or the national
 * operator's SMS and email gateway.
 *
 * <p>The {@code patient_notification} table is an outbox: a transaction only inserts a row
 * ({@link org.carnet.registry.patient.PatientNotifications}), and a
 * {@link org.carnet.registry.notify.NotificationSender} on a thread of its own claims pending rows
 * ({@link org.carnet.registry.notify.NotificationOutbox}), sends them and records the outcome. Delivery is at least
 * once, in order per patient, and survives restarts; several nodes may share the database. The package lives in the
 * registry beside the table; transports that need more than the JDK (the webhook's JSON) live with the node that
 * configures them.
 */
package org.carnet.registry.notify;
