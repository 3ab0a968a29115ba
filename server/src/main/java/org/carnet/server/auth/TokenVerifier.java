package org.carnet.server.auth;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Verifies the JWTs of one identity provider: an RS256 or ES256 signature by one of its keys (the algorithm must
 * fit the key: no algorithm confusion), then the audience, expiry (required) and not-before / issued-at times,
 * each with the clock skew allowed. The issuer was matched before, to choose this verifier.
 */
final class TokenVerifier {
    private final String issuer;
    private final List<JWK> keys;
    private final String audience;
    private final Duration skew;
    private final Clock clock;

    TokenVerifier(String issuer, List<JWK> keys, String audience, Duration skew, Clock clock) {
        this.issuer = issuer;
        this.keys = List.copyOf(keys);
        this.audience = audience;
        this.skew = skew;
        this.clock = clock;
    }

    String issuer() {
        return issuer;
    }

    JWTClaimsSet verify(SignedJWT jwt) throws InvalidTokenException {
        JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
        if (!JWSAlgorithm.RS256.equals(algorithm) && !JWSAlgorithm.ES256.equals(algorithm)) {
            throw new InvalidTokenException("token algorithm " + algorithm + " is not accepted: RS256 or ES256");
        }
        if (!signedByATrustedKey(jwt, algorithm)) {
            throw new InvalidTokenException("token signature is not valid for any trusted key of its issuer");
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new InvalidTokenException("token claims are not a JSON object");
        }
        List<String> audiences = claims.getAudience();
        if (audiences == null || !audiences.contains(audience)) {
            throw new InvalidTokenException("token audience (aud) does not name this node");
        }
        Instant now = clock.instant();
        Date expiry = claims.getExpirationTime();
        if (expiry == null) {
            throw new InvalidTokenException("token has no expiry (exp)");
        }
        if (now.isAfter(expiry.toInstant().plus(skew))) {
            throw new InvalidTokenException("token expired at " + expiry.toInstant());
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && now.plus(skew).isBefore(notBefore.toInstant())) {
            throw new InvalidTokenException("token is not valid before " + notBefore.toInstant());
        }
        Date issuedAt = claims.getIssueTime();
        if (issuedAt != null && now.plus(skew).isBefore(issuedAt.toInstant())) {
            throw new InvalidTokenException("token is issued in the future (iat " + issuedAt.toInstant() + ")");
        }
        return claims;
    }

    private boolean signedByATrustedKey(SignedJWT jwt, JWSAlgorithm algorithm) {
        String keyId = jwt.getHeader().getKeyID();
        for (JWK key : keys) {
            if (keyId != null && key.getKeyID() != null && !keyId.equals(key.getKeyID())) {
                continue;
            }
            try {
                JWSVerifier verifier = verifierFor(key, algorithm);
                if (verifier != null && jwt.verify(verifier)) {
                    return true;
                }
            } catch (JOSEException e) {
                // this key cannot verify this token: try the next one
            }
        }
        return false;
    }

    /** A verifier when the key fits the algorithm (RSA for RS256, P-256 for ES256), otherwise null. */
    private static JWSVerifier verifierFor(JWK key, JWSAlgorithm algorithm) throws JOSEException {
        if (JWSAlgorithm.RS256.equals(algorithm) && key instanceof RSAKey rsa) {
            return new RSASSAVerifier(rsa.toRSAPublicKey());
        }
        if (JWSAlgorithm.ES256.equals(algorithm) && key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
            return new ECDSAVerifier(ec.toECPublicKey());
        }
        return null;
    }
}
