/**
 * The durable audit spool: an append-only log of syslog messages in numbered segment files, written and fsync'd
 * by one writer thread before {@code append} returns, read in order by one reader per destination, each with
 * its own persisted delivery cursor. Segments every cursor has passed are deleted.
 */
package org.carnet.audit.spool;
