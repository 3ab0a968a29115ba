package org.carnet.audit.syslog;

import java.io.Closeable;
import java.io.IOException;

/** Sends syslog messages to one collector, connecting as needed. Used by one thread. */
public interface SyslogTransport extends Closeable {

    /**
     * Sends one RFC 5424 message; returns once the transport has taken it (written to a live connection, or sent
     * as a datagram).
     *
     * @throws IOException when the collector cannot be reached or the connection broke; the caller retries later
     *                     with the same message
     * @throws MessageTooLargeException when this transport can never carry the message
     */
    void send(byte[] message) throws IOException;

    /** Drops the connection, if any; the next {@link #send} reconnects. */
    @Override
    void close();

    /** A message over what the transport can ever send (a UDP datagram's limit). */
    final class MessageTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        public MessageTooLargeException(String message) {
            super(message);
        }
    }

    static SyslogTransport of(SyslogDestination destination, javax.net.ssl.SSLContext tls) {
        return switch (destination.protocol()) {
            case TLS -> new TlsSyslogTransport(destination, tls);
            case UDP -> new UdpSyslogTransport(destination);
        };
    }
}
