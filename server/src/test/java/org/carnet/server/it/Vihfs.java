package org.carnet.server.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carnet.common.access.AccessMode;
import org.carnet.common.security.TestVihfIssuer;
import org.carnet.common.security.TestVihfIssuer.Professional;

/** The test VIHF issuer of the end-to-end tests, the node settings that trust it, and the test professionals. */
final class Vihfs {
    static final TestVihfIssuer ISSUER = new TestVihfIssuer();
    private static final String PASSWORD = "changeit";
    private static final Pattern ASSERTION = Pattern.compile("<saml2:Assertion .*?</saml2:Assertion>", Pattern.DOTALL);

    static final Professional MEDECIN_TRAITANT = new Professional("899900000001", "ALICE TRAITANT", "10", "SM26",
            "499900000001001");
    static final Professional NURSE = new Professional("899900000002", "BRUNO INFIRMIER", "60", null,
            "499900000002001");
    static final Professional PHYSICIAN = new Professional("899900000003", "CHLOE MEDECIN", "10", "SM26",
            "499900000003001");
    static final Professional BLOCKED = new Professional("899900000004", "DAVID BLOQUE", "10", "SM26",
            "499900000004001");
    static final Professional EMERGENCY = new Professional("899900000005", "EVA URGENTISTE", "10", "SM26",
            "499900000005001");
    /** The author of the DMP samples (TD2.1, TD3.3): RPPS 899900063480, structure 499900063480001. */
    static final Professional SAMPLE_AUTHOR = new Professional("899900063480", "MAX LIBRE", "10", "SM26",
            "499900063480001");

    private Vihfs() {
    }

    /** Settings for a node that trusts {@link #ISSUER}; requests without an assertion still act as the test system. */
    static String[] trusting(Path dir) {
        Path store = ISSUER.writeTrustStore(dir.resolve("vihf-trust.p12"), PASSWORD);
        return new String[] {"security.trustStore=" + store, "security.trustStorePassword=" + PASSWORD};
    }

    /** Settings for a node that trusts {@link #ISSUER} and accepts no request without an assertion. */
    static String[] trustingNode(Path dir) {
        String[] trust = trusting(dir);
        return new String[] {trust[0], trust[1], "security.anonymousActor="};
    }

    /**
     * A real DMP message, read byte for byte as ISO-8859-1 so that bytes round-trip, with its VIHF replaced by one
     * {@link #ISSUER} signed for the same author and patient. The new assertion is written in ASCII (character
     * references), which parses to the same characters its signature covers.
     */
    static byte[] resigned(byte[] message, String patientKey) {
        String text = new String(message, StandardCharsets.ISO_8859_1);
        String assertion = ascii(ISSUER.assertion(SAMPLE_AUTHOR, patientKey, AccessMode.NORMAL));
        return ASSERTION.matcher(text).replaceFirst(Matcher.quoteReplacement(assertion))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String ascii(String xml) {
        StringBuilder out = new StringBuilder(xml.length());
        xml.codePoints().forEach(c -> {
            if (c < 128) {
                out.append((char) c);
            } else {
                out.append("&#").append(c).append(';');
            }
        });
        return out.toString();
    }
}
