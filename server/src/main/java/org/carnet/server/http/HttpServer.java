package org.carnet.server.http;

import java.io.IOException;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.attachment.AttachmentDeserializer;
import org.apache.cxf.message.Message;
import org.apache.cxf.staxutils.StaxUtils;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.carnet.server.config.NodeConfig;
import org.carnet.server.config.ServerTlsConfig;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's embedded Jetty: one servlet context with CXF at {@value #SERVICES_PATH}{@code /*} plus any servlets
 * added before {@link #start()}. SOAP endpoints are published on {@link #bus()} with a relative address, e.g.
 * {@code new EndpointImpl(bus(), impl).publish(REGISTRY_ADDRESS)}, before or after start.
 *
 * <p>Hardening done here: request bodies above {@code soap.maxMessageBytes} are refused, CXF's XML parser and
 * MTOM attachments are bounded, and neither Jetty nor CXF ever sends a stack trace to a client.
 */
public final class HttpServer implements AutoCloseable {
    public static final String SERVICES_PATH = "/services";
    public static final String REGISTRY_ADDRESS = "/registry";
    public static final String REPOSITORY_ADDRESS = "/repository";
    public static final String HEALTH_PATH = "/health";

    /** Deep enough for any ebRIM message (about 10 levels), far below what a nesting attack needs. */
    static final int MAX_ELEMENT_DEPTH = 100;
    static final int MAX_CHILD_ELEMENTS = 50_000;
    static final int MAX_ATTRIBUTE_COUNT = 500;
    private static final long STOP_TIMEOUT_MS = 5_000;

    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);

    private final Server server;
    private final ServerConnector connector;
    private final ServletContextHandler context;
    private final Bus bus;
    private final boolean tls;

    public HttpServer(NodeConfig config) {
        this.bus = BusFactory.newInstance().createBus();
        this.tls = config.tls().isPresent();
        limitXml(bus, config);

        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("carnet-http");
        this.server = new Server(threads);
        server.setStopTimeout(STOP_TIMEOUT_MS);
        server.setStopAtShutdown(false); // Main's shutdown hook stops the whole node, in order
        server.setErrorHandler(new QuietErrorHandler.Core());

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        this.connector = config.tls().isPresent() ? tlsConnector(server, http, config.tls().get())
                : new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        server.addConnector(connector);

        this.context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        context.setErrorHandler(new QuietErrorHandler());
        CXFNonSpringServlet cxf = new CXFNonSpringServlet();
        cxf.setBus(bus);
        addServlet(SERVICES_PATH + "/*", cxf);

        // Graceful: on stop, requests in flight get up to STOP_TIMEOUT_MS to finish.
        SizeLimitHandler sizeLimit = new SizeLimitHandler(config.maxMessageBytes(), -1);
        sizeLimit.setHandler(context);
        server.setHandler(new GracefulHandler(sizeLimit));
    }

    /**
     * HTTPS, TLS 1.2 or 1.3 only. Jetty verifies a client certificate against the trust store during the handshake;
     * the servlet request then carries it (see {@link AnonymousAccess}).
     */
    private static ServerConnector tlsConnector(Server server, HttpConfiguration http, ServerTlsConfig tls) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(tls.keyStore().toString());
        ssl.setKeyStorePassword(tls.keyStorePassword());
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        tls.trustStore().ifPresent(trust -> {
            ssl.setTrustStorePath(trust.toString());
            ssl.setTrustStorePassword(tls.trustStorePassword());
            if (tls.clientAuth() == ServerTlsConfig.ClientAuth.NEED) {
                ssl.setNeedClientAuth(true);
            } else {
                ssl.setWantClientAuth(true);
            }
        });
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // clients reach the node by address as often as by name; the certificate's names are the client's check
        secure.setSniHostCheck(false);
        http.addCustomizer(secure);
        return new ServerConnector(server, new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()),
                new HttpConnectionFactory(http));
    }

    /**
     * CXF reads these per message from the bus (StaxUtils.configureReader, AttachmentUtil). Inline base64
     * documents are one text node, so the text limit follows documents.maxBytes.
     */
    private static void limitXml(Bus bus, NodeConfig config) {
        bus.setProperty(StaxUtils.MAX_ELEMENT_DEPTH, MAX_ELEMENT_DEPTH);
        bus.setProperty(StaxUtils.MAX_CHILD_ELEMENTS, MAX_CHILD_ELEMENTS);
        bus.setProperty(StaxUtils.MAX_ATTRIBUTE_COUNT, MAX_ATTRIBUTE_COUNT);
        bus.setProperty(StaxUtils.MAX_TEXT_LENGTH, base64Length(config.maxDocumentBytes()));
        bus.setProperty(StaxUtils.MAX_XML_CHARACTERS, config.maxMessageBytes());
        bus.setProperty(AttachmentDeserializer.ATTACHMENT_MAX_SIZE, config.maxDocumentBytes());
        bus.setProperty(Message.FAULT_STACKTRACE_ENABLED, false);
        bus.setProperty(Message.EXCEPTION_MESSAGE_CAUSE_ENABLED, false);
    }

    /** Characters of the base64 form of {@code bytes}, allowing MIME line breaks and some slack. */
    static int base64Length(long bytes) {
        long chars = (bytes + 2) / 3 * 4;
        chars += chars / 76 * 2;
        return (int) Math.min(Integer.MAX_VALUE, chars + 65_536);
    }

    /** The CXF bus of the {@value #SERVICES_PATH} servlet; publish JAX-WS endpoints on it. */
    public Bus bus() {
        return bus;
    }

    /** Mounts a servlet, e.g. {@code addServlet("/api/*", servlet)}; only before {@link #start()}. */
    public void addServlet(String pathSpec, HttpServlet servlet) {
        if (server.isStarted()) {
            throw new IllegalStateException("servlets must be added before start");
        }
        ServletHolder holder = new ServletHolder(servlet);
        holder.setInitOrder(1); // initialise at start, so a broken servlet fails the start, not a request
        context.addServlet(holder, pathSpec);
    }

    /** Puts a filter before the servlets of {@code pathSpec}, e.g. authentication on {@code /api/*}. */
    public void addFilter(String pathSpec, Filter filter) {
        if (server.isStarted()) {
            throw new IllegalStateException("filters must be added before start");
        }
        context.addFilter(new FilterHolder(filter), pathSpec, EnumSet.of(DispatcherType.REQUEST));
    }

    /**
     * Starts listening. On failure everything is stopped again and the cause is thrown: a port already in use
     * is an {@link IOException} with a {@link java.net.BindException} cause.
     */
    public void start() throws IOException {
        try {
            server.start();
        } catch (Exception e) {
            stop();
            if (e instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("HTTP server failed to start", e);
        }
        log.debug("HTTP server listening on {}", baseUrl());
    }

    /** The bound port (the real one when configured with 0); -1 before start. */
    public int port() {
        return connector.getLocalPort();
    }

    /**
     * {@code http://host:port} to reach this server; a wildcard host (listen on all interfaces) is shown as
     * {@code localhost}, since 0.0.0.0 is not an address a client should be told to use.
     */
    public String baseUrl() {
        String host = connector.getHost();
        if (host == null || host.isEmpty() || host.equals("0.0.0.0") || host.equals("::")) {
            host = "localhost";
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return (tls ? "https://" : "http://") + host + ":" + port();
    }

    public String registryUrl() {
        return baseUrl() + SERVICES_PATH + REGISTRY_ADDRESS;
    }

    public String repositoryUrl() {
        return baseUrl() + SERVICES_PATH + REPOSITORY_ADDRESS;
    }

    public String healthUrl() {
        return baseUrl() + HEALTH_PATH;
    }

    /** Stops gracefully (at most ~5 s for requests in flight), frees the port and shuts the CXF bus down. */
    public void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("HTTP server did not stop cleanly: {}", e.toString());
        } finally {
            if (bus.getState() != Bus.BusState.SHUTDOWN) {
                bus.shutdown(true);
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
