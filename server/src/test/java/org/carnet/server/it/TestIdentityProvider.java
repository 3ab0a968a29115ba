package org.carnet.server.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * An identity provider made at test time: a key pair generated now, its public key written where the node reads it
 * (PEM for RS256, a JWK set for ES256), and tokens signed with its private key. Nothing is kept after the test.
 */
final class TestIdentityProvider {
    private final String issuer;
    private final JWSAlgorithm algorithm;
    private final JWSSigner signer;
    private final Path keyFile;

    private TestIdentityProvider(String issuer, JWSAlgorithm algorithm, JWSSigner signer, Path keyFile) {
        this.issuer = issuer;
        this.algorithm = algorithm;
        this.signer = signer;
        this.keyFile = keyFile;
    }

    /** RS256, public key published as a PEM file. */
    static TestIdentityProvider rsa(String issuer, Path folder) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path file = folder.resolve(UUID.randomUUID() + ".pem");
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Files.writeString(file, pem);
        return new TestIdentityProvider(issuer, JWSAlgorithm.RS256,
                new RSASSASigner((RSAPrivateKey) pair.getPrivate()), file);
    }

    /** ES256 (P-256), public key published as a JWK set with a key id. */
    static TestIdentityProvider ec(String issuer, Path folder) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        Path file = folder.resolve(UUID.randomUUID() + ".jwks.json");
        ECKey jwk = new ECKey.Builder(Curve.P_256, (ECPublicKey) pair.getPublic()).keyID("it-key").build();
        Files.writeString(file, new JWKSet(jwk).toString());
        return new TestIdentityProvider(issuer, JWSAlgorithm.ES256,
                new ECDSASigner((ECPrivateKey) pair.getPrivate()), file);
    }

    Path keyFile() {
        return keyFile;
    }

    String issuer() {
        return issuer;
    }

    /** A token valid for 5 minutes from now, for {@code audience}, with these claims. */
    String token(String audience, Map<String, Object> claims) throws JOSEException {
        Instant now = Instant.now();
        return token(audience, claims, now.minusSeconds(5), now.plusSeconds(300));
    }

    String token(String audience, Map<String, Object> claims, Instant issuedAt, Instant expiry)
            throws JOSEException {
        return token(issuer, audience, claims, issuedAt, expiry);
    }

    /** A token claiming any issuer, signed with this provider's key. */
    String token(String claimedIssuer, String audience, Map<String, Object> claims, Instant issuedAt,
                 Instant expiry) throws JOSEException {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(claimedIssuer).audience(audience)
                .subject(UUID.randomUUID().toString()).issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiry)).jwtID(UUID.randomUUID().toString());
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm)
                .keyID(algorithm == JWSAlgorithm.ES256 ? "it-key" : null).build(), set.build());
        jwt.sign(signer);
        return jwt.serialize();
    }
}
