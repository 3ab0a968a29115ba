package org.carnet.audit.testing;

import java.nio.file.Path;

import javax.net.ssl.SSLContext;

import org.carnet.audit.syslog.TlsContexts;

/**
 * Certificates for one test: a CA, the collector's certificate, and the node's key store and trust store files
 * (PKCS#12) as an operator would configure them.
 */
public final class TlsFixture {
    public final TestPki pki;
    public final TestPki.Issued collector;
    public final TestPki.Issued node;
    public final Path keyStore;
    public final Path trustStore;

    public TlsFixture(Path dir) {
        pki = TestPki.create("audit");
        collector = pki.issueLoopback("collector");
        node = pki.issueLoopback("carnet-node");
        keyStore = pki.keyStore(node, dir.resolve("node-keys.p12"));
        trustStore = pki.trustStore(dir.resolve("node-trust.p12"));
    }

    /** The node's context, loaded from the store files as the node loads them. */
    public SSLContext nodeContext() {
        try {
            return TlsContexts.mutual(keyStore, TestPki.PASSWORD, trustStore, TestPki.PASSWORD);
        } catch (TlsContexts.StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    public TlsSyslogCollector newCollector() {
        return new TlsSyslogCollector(pki.context(collector));
    }
}
