package org.carnet.common.security;

import static org.carnet.common.security.VihfException.Reason.UNTRUSTED;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether the certificate that signed a VIHF may speak for its issuer (dmp-reference §2: the
 * assertion is signed by the professional's card or the structure's certificate). A signing certificate is
 * trusted when it is itself in the trust store, or when the JDK's PKIX validator builds a path from it,
 * through the intermediates sent in KeyInfo, to a certificate of the trust store. Either way it must be
 * within its validity period at the verifier's clock. Revocation is not checked here: the DMP's CRLs are
 * not reachable from this node [inferred; to add with a configured CRL store].
 */
final class IssuerTrust {
    private final List<X509Certificate> trusted;
    private final Set<TrustAnchor> anchors;

    /** Takes a snapshot of every certificate in the store, trusted-certificate and key entries alike. */
    IssuerTrust(KeyStore trustStore) {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            for (String alias : Collections.list(trustStore.aliases())) {
                if (trustStore.getCertificate(alias) instanceof X509Certificate c) {
                    certificates.add(c);
                }
            }
        } catch (KeyStoreException e) {
            throw new IllegalArgumentException("the VIHF trust store is not loaded", e);
        }
        this.trusted = List.copyOf(certificates);
        this.anchors = certificates.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param signer        the certificate whose key verified (or will verify) the signature
     * @param intermediates the other certificates the signature's KeyInfo carried, in any order
     * @throws VihfException {@code UNTRUSTED} with the signer's subject and why
     */
    void check(X509Certificate signer, List<X509Certificate> intermediates, Instant at) {
        String subject = signer.getSubjectX500Principal().getName();
        if (trusted.isEmpty()) {
            throw new VihfException(UNTRUSTED, "the VIHF signer " + subject + " cannot be trusted: the trust store is empty");
        }
        if (trusted.contains(signer)) {
            try {
                signer.checkValidity(Date.from(at));
            } catch (GeneralSecurityException e) {
                throw new VihfException(UNTRUSTED, "the VIHF signing certificate " + subject
                        + " is outside its validity period", e);
            }
            return;
        }
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            CertPathValidator.getInstance("PKIX")
                    .validate(factory.generateCertPath(path(signer, intermediates)), parameters);
        } catch (CertPathValidatorException e) {
            throw new VihfException(UNTRUSTED, "the VIHF signing certificate " + subject
                    + " is not issued by a trusted certificate: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's PKIX validator is not available", e);
        }
    }

    /** Signer first, then each sent certificate that issued the previous one, stopping at a trusted one. */
    private List<Certificate> path(X509Certificate signer, List<X509Certificate> intermediates) {
        List<Certificate> path = new ArrayList<>(List.of(signer));
        X509Certificate last = signer;
        while (path.size() <= intermediates.size()) {
            X509Certificate current = last;
            X509Certificate issuer = intermediates.stream()
                    .filter(c -> !path.contains(c) && !trusted.contains(c))
                    .filter(c -> c.getSubjectX500Principal().equals(current.getIssuerX500Principal()))
                    .findFirst().orElse(null);
            if (issuer == null) {
                break;
            }
            path.add(issuer);
            last = issuer;
        }
        return path;
    }
}
