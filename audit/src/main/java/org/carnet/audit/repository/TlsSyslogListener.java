package org.carnet.audit.repository;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RFC 5425 receiver: mutual TLS (a client must present a certificate that chains to the trust store of the
 * context, or the handshake fails), then octet-counted frames. One thread per connection, at most
 * {@code maxConnections} of them: a connection over the limit is closed at once. A connection that breaks the
 * framing or sends a message that is not RFC 5424 is closed (octet counting cannot resynchronise), one that stays
 * silent longer than the read timeout too; the listener itself goes on.
 */
final class TlsSyslogListener implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TlsSyslogListener.class);
    /** A client that does not finish its handshake in this time holds its connection slot no longer. */
    private static final int HANDSHAKE_TIMEOUT_MILLIS = 10_000;
    /** After a failed accept (out of file descriptors, say): a pause rather than a spinning loop. */
    private static final long ACCEPT_RETRY_MILLIS = 100;

    private final SSLServerSocket server;
    private final RepositorySettings settings;
    private final MessageIntake intake;
    private final ReceptionCounters counters;
    private final Semaphore slots;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;

    TlsSyslogListener(SSLContext tls, RepositorySettings settings, MessageIntake intake, ReceptionCounters counters)
            throws IOException {
        this.settings = settings;
        this.intake = intake;
        this.counters = counters;
        this.slots = new Semaphore(settings.maxConnections());
        server = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket();
        try {
            server.setNeedClientAuth(true);
            server.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(settings.host(), settings.tlsPort()), 50);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        acceptor = new Thread(this::acceptLoop, "audit-repository-tls-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    log.warn("audit repository: accept failed: {}", e.toString());
                    pause();
                }
                continue;
            }
            if (!slots.tryAcquire()) {
                counters.refusedConnection();
                log.warn("audit repository: refused a connection from {}: {} connections already open",
                        socket.getRemoteSocketAddress(), settings.maxConnections());
                closeQuietly(socket);
                continue;
            }
            open.add(socket);
            Thread reader = new Thread(() -> serve((SSLSocket) socket), "audit-repository-tls-read");
            reader.setDaemon(true);
            reader.start();
        }
    }

    private void serve(SSLSocket socket) {
        InetSocketAddress sender = (InetSocketAddress) socket.getRemoteSocketAddress();
        try (socket) {
            Optional<String> subject;
            try {
                socket.setSoTimeout((int) Math.min(HANDSHAKE_TIMEOUT_MILLIS, settings.readTimeout().toMillis()));
                socket.startHandshake();
                subject = subject(socket.getSession().getPeerCertificates());
                socket.setSoTimeout((int) settings.readTimeout().toMillis());
            } catch (SSLException e) {
                counters.refusedConnection();
                log.warn("audit repository: TLS handshake with {} failed: {}", sender, e.getMessage());
                return;
            }
            OctetCountingReader frames = new OctetCountingReader(socket.getInputStream(), settings.maxFrameBytes());
            byte[] message;
            while ((message = frames.next()) != null) {
                if (!intake.accept(message, ReceivedAuditMessage.Transport.TLS, sender, subject)) {
                    return;
                }
            }
        } catch (OctetCountingReader.FrameException e) {
            counters.malformedOne();
            log.warn("audit repository: closed the connection from {}: {}", sender, e.getMessage());
        } catch (IOException e) {
            log.debug("audit repository: connection from {} ended: {}", sender, e.toString());
        } finally {
            open.remove(socket);
            slots.release();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(ACCEPT_RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<String> subject(Certificate[] chain) {
        return chain.length > 0 && chain[0] instanceof X509Certificate x509
                ? Optional.of(x509.getSubjectX500Principal().getName()) : Optional.empty();
    }

    /** Stops accepting and closes every open connection. */
    @Override
    public void close() {
        closeQuietly(server);
        open.forEach(TlsSyslogListener::closeQuietly);
        try {
            acceptor.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // closing: nothing more to do
        }
    }
}
