package org.carnet.audit.syslog;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * RFC 5425 syslog over TLS: one long-lived connection, each message framed as {@code MSG-LEN SP SYSLOG-MSG}
 * (octet counting). Mutual TLS as an ATNA secure node requires: the node presents the certificate of its key store
 * and accepts only a collector whose certificate chains to the trust store and names the host it was dialled by
 * (subject alternative name), as HTTPS checks it.
 *
 * <p>Syslog over TCP has no acknowledgement, so a message written into a connection the collector has already
 * closed would vanish. Before each message the connection is probed (a read with a 1 ms timeout): a collector that
 * stopped or restarted has closed it (end of stream or reset), so the transport reconnects and nothing is written
 * into the dead connection. What no sender can see without an application acknowledgement remains: a collector
 * that dies after the kernel accepted the bytes but before it stored them.
 */
public final class TlsSyslogTransport implements SyslogTransport {
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int HANDSHAKE_TIMEOUT_MILLIS = 10_000;
    private static final int PROBE_TIMEOUT_MILLIS = 1;

    private final SyslogDestination destination;
    private final SSLContext tls;
    private volatile SSLSocket socket;
    /** The socket being connected, so that {@link #close()} can abort a connection or handshake in progress. */
    private volatile Socket connecting;
    private OutputStream out;
    private InputStream in;

    public TlsSyslogTransport(SyslogDestination destination, SSLContext tls) {
        this.destination = Objects.requireNonNull(destination, "destination");
        this.tls = Objects.requireNonNull(tls, "a TLS destination needs a TLS context");
    }

    @Override
    public void send(byte[] message) throws IOException {
        if (socket != null && !alive()) {
            close();
        }
        if (socket == null) {
            connect();
        }
        try {
            out.write((message.length + " ").getBytes(StandardCharsets.US_ASCII));
            out.write(message);
            out.flush();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private boolean alive() {
        try {
            socket.setSoTimeout(PROBE_TIMEOUT_MILLIS);
            // A collector sends nothing: data is ignored, end of stream or an error means it is gone.
            return in.read() >= 0;
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void connect() throws IOException {
        Socket raw = new Socket();
        connecting = raw;
        SSLSocket tlsSocket = null;
        try {
            raw.connect(new InetSocketAddress(destination.host(), destination.port()), CONNECT_TIMEOUT_MILLIS);
            tlsSocket = (SSLSocket) tls.getSocketFactory().createSocket(raw, destination.host(), destination.port(),
                    true);
            SSLParameters parameters = tlsSocket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            parameters.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
            tlsSocket.setSSLParameters(parameters);
            tlsSocket.setUseClientMode(true);
            tlsSocket.setSoTimeout(HANDSHAKE_TIMEOUT_MILLIS);
            tlsSocket.startHandshake();
            in = tlsSocket.getInputStream();
            out = new BufferedOutputStream(tlsSocket.getOutputStream(), 16 * 1024);
            socket = tlsSocket;
        } catch (IOException | RuntimeException e) {
            if (tlsSocket != null) {
                tlsSocket.close();
            }
            raw.close();
            throw e;
        } finally {
            connecting = null;
        }
    }

    /** Closes the connection; safe from another thread, where it unblocks a write stuck on a slow collector. */
    @Override
    public void close() {
        Socket c = connecting;
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // closing: nothing more to do
            }
        }
        SSLSocket s = socket;
        socket = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // closing: nothing more to do
            }
        }
    }

    @Override
    public String toString() {
        return destination.toString();
    }
}
