package org.carnet.audit.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * An RFC 5425 syslog collector on loopback for tests: mutual TLS (client certificate required), octet-counting
 * frames parsed strictly (a malformed frame fails the test through {@link #errors()}). It can be stopped, which
 * closes every connection as a collector going down does, and started again on the same port.
 */
public final class TlsSyslogCollector implements AutoCloseable {
    private final SSLContext tls;
    private final List<byte[]> received = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;
    private int port;

    public TlsSyslogCollector(SSLContext tls) {
        this.tls = tls;
    }

    /** Listens on 127.0.0.1, on the previous port if there was one, else on a free one. */
    public synchronized TlsSyslogCollector start() throws IOException {
        SSLServerSocket s = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket();
        s.setReuseAddress(true);
        s.setNeedClientAuth(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        port = s.getLocalPort();
        server = s;
        Thread acceptor = new Thread(() -> accept(s), "test-collector-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return this;
    }

    public int port() {
        return port;
    }

    /** Closes the listening socket and every connection. */
    public synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
        for (Socket connection : connections) {
            connection.close();
        }
        connections.clear();
    }

    /** Every SYSLOG-MSG received so far, in arrival order. */
    public List<byte[]> received() {
        return new ArrayList<>(received);
    }

    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** Waits until at least {@code count} messages arrived; returns what arrived (maybe fewer, on timeout). */
    public List<byte[]> await(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return received();
    }

    /** Lets what might still be in flight arrive, then returns everything: to check that nothing more came. */
    public List<byte[]> settle(Duration quiet) throws InterruptedException {
        Thread.sleep(quiet.toMillis());
        return received();
    }

    private void accept(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket connection = s.accept();
                connections.add(connection);
                Thread reader = new Thread(() -> read(connection), "test-collector-read");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void read(Socket connection) {
        try (connection; InputStream in = connection.getInputStream()) {
            while (true) {
                int length = 0;
                int c = in.read();
                if (c < 0) {
                    return;
                }
                int digits = 0;
                while (c >= '0' && c <= '9') {
                    length = length * 10 + (c - '0');
                    digits++;
                    c = in.read();
                }
                if (digits == 0 || c != ' ') {
                    errors.add("malformed octet-counting frame: MSG-LEN not followed by a space");
                    return;
                }
                ByteArrayOutputStream message = new ByteArrayOutputStream(length);
                byte[] buffer = new byte[8192];
                int left = length;
                while (left > 0) {
                    int n = in.read(buffer, 0, Math.min(buffer.length, left));
                    if (n < 0) {
                        errors.add("connection closed inside a frame");
                        return;
                    }
                    message.write(buffer, 0, n);
                    left -= n;
                }
                received.add(message.toByteArray());
            }
        } catch (IOException e) {
            // connection closed by stop() or by the sender
        }
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
