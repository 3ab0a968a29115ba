package org.carnet.repository.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The hash the store addresses content by: SHA-1, as XDS puts it in the {@code hash} slot, in lower-case hex. */
final class Sha1 {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{40}");

    private Sha1() {
    }

    /** Also what keeps a caller's hash from naming a path outside the store. */
    static String requireValid(String sha1) {
        if (sha1 == null || !HEX.matcher(sha1).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-1: " + sha1);
        }
        return sha1;
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-1", e);
        }
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
