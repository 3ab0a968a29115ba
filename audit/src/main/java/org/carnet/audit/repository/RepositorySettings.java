package org.carnet.audit.repository;

import java.time.Duration;
import java.util.Objects;

import javax.net.ssl.SSLContext;

/**
 * How the audit record repository listens.
 *
 * @param host           the interface to listen on ({@code 0.0.0.0} for all)
 * @param tlsPort        RFC 5425 port; 0 picks a free one; -1: no TLS listener
 * @param tls            the mutual-TLS context (key and trusted CAs) when there is a TLS listener, else null
 * @param udpPort        RFC 5426 port; 0 picks a free one; -1: no UDP listener
 * @param maxFrameBytes  the largest message accepted
 * @param readTimeout    how long a TLS connection may stay silent (handshake included) before it is closed
 * @param maxConnections the most TLS connections open at once
 */
public record RepositorySettings(String host, int tlsPort, SSLContext tls, int udpPort, int maxFrameBytes,
                                 Duration readTimeout, int maxConnections) {
    public static final int OFF = -1;
    /** Audit messages are a few KB; one naming many documents stays well under this. */
    public static final int DEFAULT_MAX_FRAME_BYTES = 64 * 1024;
    /** Senders keep their connection open between messages: long enough for a quiet node, short enough to reap. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofMinutes(5);
    public static final int DEFAULT_MAX_CONNECTIONS = 64;

    public RepositorySettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (tlsPort < OFF || tlsPort > 65535 || udpPort < OFF || udpPort > 65535) {
            throw new IllegalArgumentException("port out of range");
        }
        if (tlsPort != OFF && tls == null) {
            throw new IllegalArgumentException("a TLS listener needs a TLS context");
        }
        if (tlsPort == OFF && udpPort == OFF) {
            throw new IllegalArgumentException("an audit record repository needs a TLS or a UDP port");
        }
        if (maxFrameBytes < 1 || maxConnections < 1 || readTimeout.isNegative() || readTimeout.isZero()
                || readTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The default limits. */
    public RepositorySettings(String host, int tlsPort, SSLContext tls, int udpPort) {
        this(host, tlsPort, tls, udpPort, DEFAULT_MAX_FRAME_BYTES, DEFAULT_READ_TIMEOUT, DEFAULT_MAX_CONNECTIONS);
    }
}
