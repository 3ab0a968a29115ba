package org.carnet.audit.syslog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Builds RFC 5424 messages carrying one audit message each, as ITI TF-2 3.20.4.2 asks:
 * {@code <85>1 TIMESTAMP HOSTNAME APP-NAME PROCID IHE+RFC-3881 - BOM XML}. PRI 85 is facility 10
 * (security/authorization) and severity 5 (notice). There is no structured data. The MSG starts with the UTF-8
 * byte order mark, which RFC 5424 6.4 requires for a UTF-8 MSG.
 */
public final class SyslogFormat {
    public static final String MSGID = "IHE+RFC-3881";
    static final int PRI = 10 * 8 + 5;
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String header;

    /**
     * @param hostName the machine's name (RFC 5424 HOSTNAME, at most 255 characters)
     * @param appName  APP-NAME, at most 48 characters
     * @param procId   PROCID, at most 128 characters
     */
    public SyslogFormat(String hostName, String appName, String procId) {
        this.header = " " + field(hostName, 255) + " " + field(appName, 48) + " " + field(procId, 128) + " " + MSGID
                + " - ";
    }

    public byte[] format(Instant timestamp, byte[] xml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length + 128);
        // RFC 5424 TIMESTAMP: RFC 3339 in UTC, at most 6 fractional digits
        String head = "<" + PRI + ">1 " + timestamp.truncatedTo(ChronoUnit.MILLIS) + header;
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(BOM);
        out.writeBytes(xml);
        return out.toByteArray();
    }

    /** An RFC 5424 header field: printable US-ASCII only, length-limited, {@code -} when empty. */
    static String field(String value, int maxLength) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), maxLength));
        for (int i = 0; i < value.length() && out.length() < maxLength; i++) {
            char c = value.charAt(i);
            out.append(c >= 33 && c <= 126 ? c : '_');
        }
        return out.toString();
    }
}
