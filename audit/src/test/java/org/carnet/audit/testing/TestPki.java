package org.carnet.audit.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throwaway PKI made at test time, so no key is ever committed: a CA and TLS certificates it issues for
 * {@code localhost} / {@code 127.0.0.1}, usable as client and server. Written out as PKCS#12 stores (for the node)
 * and PEM files (for rsyslog).
 */
public final class TestPki {
    public static final char[] PASSWORD = "changeit".toCharArray();
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

    /** A key and its certificate. */
    public record Issued(PrivateKey key, X509Certificate certificate) {
    }

    private final Issued ca;

    private TestPki(Issued ca) {
        this.ca = ca;
    }

    public static TestPki create(String name) {
        KeyPair keys = ec();
        String dn = "CN=" + name + " test CA";
        Instant now = Instant.now();
        return new TestPki(new Issued(keys.getPrivate(), certificate(dn, keys, dn, keys.getPrivate(),
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)), true)));
    }

    public X509Certificate caCertificate() {
        return ca.certificate();
    }

    /** A certificate for this machine's loopback names, for a TLS client or server. */
    public Issued issueLoopback(String cn) {
        KeyPair keys = ec();
        Instant now = Instant.now();
        return new Issued(keys.getPrivate(), certificate("CN=" + cn, keys,
                ca.certificate().getSubjectX500Principal().getName(), ca.key(), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(2)), false));
    }

    /** A PKCS#12 key store holding the key and its chain, written to {@code file}. */
    public Path keyStore(Issued issued, Path file) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("key", issued.key(), PASSWORD, new Certificate[] {issued.certificate(), caCertificate()});
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, PASSWORD);
            }
            return file;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PKCS#12 trust store holding this CA, written to {@code file}. */
    public Path trustStore(Path file) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("ca", caCertificate());
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, PASSWORD);
            }
            return file;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A TLS context presenting {@code issued} and trusting this CA (for the test collectors). */
    public SSLContext context(Issued issued) {
        return context(issued, caCertificate());
    }

    /** A TLS context presenting {@code issued} (none when null), trusting only {@code trusted}. */
    public static SSLContext context(Issued issued, X509Certificate trusted) {
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            if (issued != null) {
                keys.setKeyEntry("key", issued.key(), PASSWORD, new Certificate[] {issued.certificate()});
            }
            kmf.init(keys, PASSWORD);
            KeyStore trustedStore = KeyStore.getInstance("PKCS12");
            trustedStore.load(null, null);
            trustedStore.setCertificateEntry("ca", trusted);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trustedStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void writePem(X509Certificate certificate, Path file) {
        try {
            write(file, "CERTIFICATE", certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key in PKCS#8 PEM ({@code BEGIN PRIVATE KEY}), as OpenSSL reads it. */
    public static void writePem(PrivateKey key, Path file) {
        write(file, "PRIVATE KEY", key.getEncoded());
    }

    private static void write(Path file, String type, byte[] der) {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
        try {
            Files.writeString(file, pem, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(String subjectDn, KeyPair keys, String issuerDn, PrivateKey issuerKey,
                                               Instant from, Instant to, boolean ca) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name(issuerDn),
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(from), Date.from(to), name(subjectDn),
                    keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            if (ca) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            } else {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                        new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                        new GeneralName(GeneralName.dNSName, "localhost"),
                        new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
            }
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X500Name name(String dn) {
        return X500Name.getInstance(new X500Principal(dn).getEncoded());
    }

    /** EC P-256: made in milliseconds, where RSA keys would slow every test down. */
    private static KeyPair ec() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
