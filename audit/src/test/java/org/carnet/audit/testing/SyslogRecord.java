package org.carnet.audit.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

/** An RFC 5424 message as a test reads it back: the header fields and the audit message XML. */
public record SyslogRecord(int pri, String timestamp, String hostName, String appName, String procId, String msgId,
                           String structuredData, byte[] xml) {

    private static final Pattern HEADER = Pattern.compile(
            "<(\\d{1,3})>1 (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (-|\\[.*?\\]) ");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Parses one SYSLOG-MSG; the MSG must start with the UTF-8 BOM, as RFC 5424 requires of a UTF-8 MSG. */
    public static SyslogRecord parse(byte[] message) {
        String text = new String(message, StandardCharsets.ISO_8859_1); // header is ASCII; offsets stay bytes
        Matcher m = HEADER.matcher(text);
        if (!m.lookingAt()) {
            throw new AssertionError("not an RFC 5424 message: " + text.substring(0, Math.min(120, text.length())));
        }
        byte[] msg = Arrays.copyOfRange(message, m.end(), message.length);
        if (msg.length < 3 || !Arrays.equals(Arrays.copyOf(msg, 3), BOM)) {
            throw new AssertionError("the MSG does not start with the UTF-8 BOM");
        }
        return new SyslogRecord(Integer.parseInt(m.group(1)), m.group(2), m.group(3), m.group(4), m.group(5),
                m.group(6), m.group(7), Arrays.copyOfRange(msg, 3, msg.length));
    }

    public Document document() {
        return parseXml(xml);
    }

    /** Parses audit message XML with DOCTYPEs refused. */
    public static Document parseXml(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("audit message is not well-formed XML", e);
        }
    }

    public String xmlText() {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
