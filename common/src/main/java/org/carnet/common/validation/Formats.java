package org.carnet.common.validation;

import java.util.regex.Pattern;

import org.carnet.common.metadata.Cx;
import org.carnet.common.metadata.Dtm;

/**
 * The value formats of XDS metadata (ITI TF-3 Table 4.2.3.1.7-2 and 4.2.3.2): each check returns null when the
 * value is well formed, otherwise what is wrong with it, phrased for the person who reads the error.
 */
final class Formats {
    private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))*");
    private static final Pattern HEX_SHA1 = Pattern.compile("[0-9a-fA-F]{40}");
    private static final Pattern MIME_TYPE = Pattern.compile("[A-Za-z0-9][\\w.+-]*/[A-Za-z0-9][\\w.+-]*");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    private static final int MAX_OID = 64;
    private static final int MAX_DOCUMENT_UNIQUE_ID = 128;
    private static final int MAX_EXTENSION = 16;

    private Formats() {
    }

    static String dtm(String value) {
        return Dtm.isValid(value) ? null : "'" + value + "' is not an HL7 DTM timestamp (YYYY[MM[DD[hh[mm[ss]]]]], UTC)";
    }

    static String oid(String value) {
        return OID.matcher(value).matches() && value.length() <= MAX_OID ? null
                : "'" + value + "' is not an OID (digits and dots, at most " + MAX_OID + " characters)";
    }

    /** A document uniqueId: an OID, or an OID and an extension of at most 16 characters ({@code oid^ext}). */
    static String documentUniqueId(String value) {
        int caret = value.indexOf('^');
        String root = caret < 0 ? value : value.substring(0, caret);
        String extension = caret < 0 ? "" : value.substring(caret + 1);
        boolean ok = OID.matcher(root).matches() && value.length() <= MAX_DOCUMENT_UNIQUE_ID
                && (caret < 0 || (!extension.isEmpty() && extension.length() <= MAX_EXTENSION));
        return ok ? null : "'" + value + "' is not a document uniqueId (an OID, or OID^extension of at most "
                + MAX_EXTENSION + " characters; " + MAX_DOCUMENT_UNIQUE_ID + " characters in all)";
    }

    static String sha1(String value) {
        return HEX_SHA1.matcher(value).matches() ? null
                : "'" + value + "' is not a SHA-1 hash (40 hexadecimal characters)";
    }

    static String mimeType(String value) {
        return MIME_TYPE.matcher(value).matches() ? null : "'" + value + "' is not a MIME type (type/subtype)";
    }

    static String language(String value) {
        return LANGUAGE.matcher(value).matches() ? null
                : "'" + value + "' is not a language code (RFC 5646, e.g. fr-FR)";
    }

    static String cx(String value) {
        return new Cx(value).problem();
    }

    /** An XCN person (author, legal authenticator): an id (XCN.1) or a family name (XCN.2) at least. */
    static String xcn(String value) {
        String[] c = value.split("\\^", -1);
        boolean hasId = !c[0].isEmpty();
        boolean hasName = c.length > 1 && !c[1].isEmpty();
        return hasId || hasName ? null : "'" + value + "' is not an XCN person: it needs an id (XCN.1) or a family name"
                + " (XCN.2)";
    }

    /** An XON organization: a name (XON.1), and an id (XON.10) only with its assigning authority (XON.6). */
    static String xon(String value) {
        String[] c = value.split("\\^", -1);
        if (c[0].isEmpty()) {
            return "'" + value + "' is not an XON organization: it needs a name (XON.1)";
        }
        if (c.length > 9 && !c[9].isEmpty() && (c.length < 6 || c[5].isEmpty())) {
            return "'" + value + "' is not an XON organization: an id (XON.10) needs its assigning authority (XON.6)";
        }
        return null;
    }
}
