-- Carnet registry, schema 9: patient_notification becomes the outbox of the notification channel (issue 5: an
-- emergency access is notified to the patient, sent by a pluggable channel such as a webhook to an SMS or email
-- gateway). The transaction that records a notification only inserts the row; a background sender
-- (org.carnet.registry.notify.NotificationSender) claims pending rows, sends them and records the outcome, so a
-- gateway that is slow or down never holds up or fails a transaction.
--
-- Rows recorded before this schema, or while no channel is configured, are pending too: they go out once a channel
-- is configured, carrying their original time, and the gateway decides what is too old to be worth an SMS.

-- The stable id a gateway de-duplicates on (at-least-once delivery): random, so it is unique across nodes and
-- databases, unlike the row id. gen_random_uuid() is built into PostgreSQL 13+ and H2 2.x.
ALTER TABLE patient_notification ADD COLUMN notification_id UUID DEFAULT gen_random_uuid() NOT NULL;
CREATE UNIQUE INDEX patient_notification_notification_id ON patient_notification (notification_id);

ALTER TABLE patient_notification ADD COLUMN delivery VARCHAR(16) DEFAULT 'PENDING' NOT NULL;
                                                -- PENDING, SENDING (claimed), DELIVERED, GIVEN_UP
ALTER TABLE patient_notification ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE patient_notification ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;  -- null: as soon as possible
ALTER TABLE patient_notification ADD COLUMN claimed_by VARCHAR(64);                   -- the sender sending it
ALTER TABLE patient_notification ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;   -- then another may take it
ALTER TABLE patient_notification ADD COLUMN settled_at TIMESTAMP WITH TIME ZONE;      -- delivered or given up
ALTER TABLE patient_notification ADD COLUMN last_error VARCHAR(256);                 -- e.g. HTTP 503; never content

-- Finding what to send reads the unsettled rows in id order: a handful among millions of settled ones.
CREATE INDEX patient_notification_delivery ON patient_notification (delivery, id);
