package org.carnet.audit.syslog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * An audit record repository: {@code tls://host[:port]} (RFC 5425, default port 6514) or
 * {@code udp://host[:port]} (RFC 5426, default port 514).
 */
public record SyslogDestination(Protocol protocol, String host, int port) {

    public enum Protocol {
        TLS(6514), UDP(514);

        private final int defaultPort;

        Protocol(int defaultPort) {
            this.defaultPort = defaultPort;
        }
    }

    public SyslogDestination {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** Parses {@code tls://host:port} or {@code udp://host:port}; a bracketed IPv6 host is accepted. */
    public static SyslogDestination parse(String text) {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URI such as tls://host:6514");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        Protocol protocol = switch (scheme) {
            case "tls" -> Protocol.TLS;
            case "udp" -> Protocol.UDP;
            default -> throw new IllegalArgumentException("'" + text + "': expected tls://host:port or udp://host:port");
        };
        if (uri.getHost() == null || (uri.getPath() != null && !uri.getPath().isEmpty()) || uri.getQuery() != null
                || uri.getUserInfo() != null) {
            throw new IllegalArgumentException("'" + text + "': expected " + scheme + "://host:port and nothing more");
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new SyslogDestination(protocol, host, uri.getPort() == -1 ? protocol.defaultPort : uri.getPort());
    }

    /** A name safe for a file name, stable across restarts: the delivery cursor's name. */
    public String id() {
        return protocol.name().toLowerCase(Locale.ROOT) + "_" + host.replaceAll("[^A-Za-z0-9.-]", "_") + "_" + port;
    }

    @Override
    public String toString() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return protocol.name().toLowerCase(Locale.ROOT) + "://" + shownHost + ":" + port;
    }
}
