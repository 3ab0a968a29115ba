/**
 * Syslog as IHE ATNA uses it (ITI TF-2 3.20.4.2): RFC 5424 messages with MSGID {@code IHE+RFC-3881}, sent over
 * TLS with octet-counting framing and mutual authentication (RFC 5425) or over UDP (RFC 5426).
 */
package org.carnet.audit.syslog;
