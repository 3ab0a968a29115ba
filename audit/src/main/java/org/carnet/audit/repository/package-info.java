/**
 * The node as an ATNA audit record repository (ITI-20, issue 6): it listens for syslog over TLS (RFC 5425) and
 * UDP (RFC 5426) from other nodes and stores every message it receives, as received, through a
 * {@link org.carnet.audit.repository.ReceivedMessageStore}.
 */
package org.carnet.audit.repository;
