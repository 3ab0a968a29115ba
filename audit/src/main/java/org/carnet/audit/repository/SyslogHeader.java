package org.carnet.audit.repository;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The RFC 5424 header of a received message, read strictly: {@code <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID
 * STRUCTURED-DATA [SP MSG]}. Each field is printable US-ASCII within its RFC 5424 length, {@code -} meaning nil;
 * the timestamp is RFC 3339 with at most 6 fractional digits. The MSG is left as bytes, untouched.
 *
 * @param msgOffset where the MSG starts in the message (its length when there is no MSG)
 */
public record SyslogHeader(int pri, Optional<OffsetDateTime> timestamp, String hostName, String appName,
                           String procId, String msgId, int msgOffset) {

    /** RFC 5424 6.2.3: full-date "T" partial-time with at most 6 fractional digits, then Z or an offset. */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?(Z|[+-]\\d{2}:\\d{2})");

    /** A message that is not RFC 5424; the text says what is wrong, never what the message holds. */
    public static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message);
        }
    }

    public static SyslogHeader parse(byte[] message) throws MalformedException {
        Cursor c = new Cursor(message);
        c.expect('<');
        int pri = c.digits(3, "PRI");
        if (pri > 191) {
            throw new MalformedException("PRI " + pri + " over 191");
        }
        c.expect('>');
        c.expect('1'); // VERSION: only 1 exists
        c.expect(' ');
        String timestampField = c.field(32, "TIMESTAMP");
        Optional<OffsetDateTime> timestamp = Optional.empty();
        if (!timestampField.equals("-")) {
            if (!TIMESTAMP.matcher(timestampField).matches()) {
                throw new MalformedException("TIMESTAMP is not RFC 3339");
            }
            try {
                timestamp = Optional.of(OffsetDateTime.parse(timestampField));
            } catch (DateTimeParseException e) {
                throw new MalformedException("TIMESTAMP is not a valid date and time");
            }
        }
        String hostName = c.field(255, "HOSTNAME");
        String appName = c.field(48, "APP-NAME");
        String procId = c.field(128, "PROCID");
        String msgId = c.field(32, "MSGID");
        c.structuredData();
        int msgOffset = c.atEnd() ? message.length : c.afterSpace();
        return new SyslogHeader(pri, timestamp, hostName, appName, procId, msgId, msgOffset);
    }

    /** The MSG, as received (with its byte order mark, if the sender put one). */
    public byte[] msg(byte[] message) {
        return Arrays.copyOfRange(message, msgOffset, message.length);
    }

    private static final class Cursor {
        private final byte[] bytes;
        private int at;

        Cursor(byte[] bytes) {
            this.bytes = bytes;
        }

        boolean atEnd() {
            return at == bytes.length;
        }

        void expect(char c) throws MalformedException {
            if (atEnd() || bytes[at] != c) {
                throw new MalformedException("expected '" + c + "' at byte " + at);
            }
            at++;
        }

        int digits(int max, String name) throws MalformedException {
            int start = at;
            int value = 0;
            while (!atEnd() && bytes[at] >= '0' && bytes[at] <= '9' && at - start < max) {
                value = value * 10 + (bytes[at++] - '0');
            }
            if (at == start) {
                throw new MalformedException(name + " missing");
            }
            return value;
        }

        /** A header field up to the next space, which it consumes. */
        String field(int maxLength, String name) throws MalformedException {
            int start = at;
            while (!atEnd() && bytes[at] != ' ') {
                if (bytes[at] < 33 || bytes[at] > 126) {
                    throw new MalformedException(name + " holds a byte that is not printable US-ASCII");
                }
                if (at - start == maxLength) {
                    throw new MalformedException(name + " longer than " + maxLength);
                }
                at++;
            }
            if (at == start) {
                throw new MalformedException(name + " missing");
            }
            String value = new String(bytes, start, at - start, StandardCharsets.US_ASCII);
            expect(' ');
            return value;
        }

        /** {@code -}, or SD-ELEMENTs {@code [id param="value"...]} whose values may escape {@code ] " \}. */
        void structuredData() throws MalformedException {
            if (!atEnd() && bytes[at] == '-') {
                at++;
                return;
            }
            if (atEnd() || bytes[at] != '[') {
                throw new MalformedException("STRUCTURED-DATA missing");
            }
            while (!atEnd() && bytes[at] == '[') {
                at++;
                boolean quoted = false;
                while (true) {
                    if (atEnd()) {
                        throw new MalformedException("STRUCTURED-DATA not closed");
                    }
                    byte b = bytes[at++];
                    if (quoted && b == '\\' && !atEnd()) {
                        at++;
                    } else if (b == '"') {
                        quoted = !quoted;
                    } else if (b == ']' && !quoted) {
                        break;
                    }
                }
            }
        }

        int afterSpace() throws MalformedException {
            expect(' ');
            return at;
        }
    }
}
