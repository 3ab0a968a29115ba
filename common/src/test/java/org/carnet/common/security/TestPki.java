package org.carnet.common.security;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Test certificates issued at run time, so that no key is ever committed: a CA, signers it issues, and
 * self-signed signers. Validity is set around the instant the tests' clocks are fixed at.
 */
final class TestPki {
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

    /** A key pair and its certificate. */
    record Issued(PrivateKey key, X509Certificate certificate) {
    }

    private TestPki() {
    }

    static Issued ca(String cn, Instant around) {
        KeyPair keys = rsa();
        return new Issued(keys.getPrivate(), certificate(cn, keys, cn, keys.getPrivate(), around.minus(Duration.ofDays(1)),
                around.plus(Duration.ofDays(365)), true));
    }

    static Issued selfSigned(String cn, Instant from, Instant to) {
        KeyPair keys = rsa();
        return new Issued(keys.getPrivate(), certificate(cn, keys, cn, keys.getPrivate(), from, to, false));
    }

    static Issued selfSigned(String cn, Instant around) {
        return selfSigned(cn, around.minus(Duration.ofDays(1)), around.plus(Duration.ofDays(365)));
    }

    static Issued issuedBy(Issued ca, String cn, Instant around) {
        KeyPair keys = rsa();
        String issuer = ca.certificate().getSubjectX500Principal().getName();
        return new Issued(keys.getPrivate(), certificate(cn, keys, issuer, ca.key(), around.minus(Duration.ofDays(1)),
                around.plus(Duration.ofDays(365)), false));
    }

    /** An in-memory PKCS#12 trust store holding the given certificates as trusted entries. */
    static KeyStore trustStore(X509Certificate... certificates) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (int i = 0; i < certificates.length; i++) {
                store.setCertificateEntry("trusted-" + i, certificates[i]);
            }
            return store;
        } catch (GeneralSecurityException | java.io.IOException e) {
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
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The DN read as the JDK reads it (RFC 2253, most significant RDN last), unlike BC's own string parser. */
    private static X500Name name(String dn) {
        return X500Name.getInstance(new X500Principal(dn).getEncoded());
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
