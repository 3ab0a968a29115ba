package org.carnet.audit.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A DICOM audit message read back from its XML, for exact assertions in tests. */
public final class AuditView {

    /** A coded value as {@code code|codeSystemName|originalText}. */
    public record Coded(String code, String system, String text) {
        @Override
        public String toString() {
            return code + "|" + system + "|" + text;
        }
    }

    public record Participant(String userId, String alternativeUserId, String userName, boolean requestor,
                              List<String> roles, String accessPoint, String accessPointType) {
    }

    public record ObjectView(String id, String typeCode, String role, String lifeCycle, String idType, String query,
                             Map<String, String> details) {
    }

    private final Element event;
    private final Element root;

    private AuditView(Document document) {
        this.root = document.getDocumentElement();
        if (!root.getTagName().equals("AuditMessage")) {
            throw new AssertionError("root element is " + root.getTagName());
        }
        this.event = child(root, "EventIdentification");
    }

    public static AuditView of(byte[] xml) {
        DicomSchema.validate(xml);
        return new AuditView(SyslogRecord.parseXml(xml));
    }

    public String eventId() {
        return coded(child(event, "EventID")).toString();
    }

    public String action() {
        return event.getAttribute("EventActionCode");
    }

    public String outcome() {
        return event.getAttribute("EventOutcomeIndicator");
    }

    public String dateTime() {
        return event.getAttribute("EventDateTime");
    }

    public String outcomeDescription() {
        NodeList list = event.getElementsByTagName("EventOutcomeDescription");
        return list.getLength() == 0 ? null : list.item(0).getTextContent();
    }

    public List<String> typeCodes() {
        return codes(event, "EventTypeCode");
    }

    public List<String> purposesOfUse() {
        return codes(event, "PurposeOfUse");
    }

    public String auditSourceId() {
        return child(root, "AuditSourceIdentification").getAttribute("AuditSourceID");
    }

    public List<Participant> participants() {
        List<Participant> out = new ArrayList<>();
        for (Element p : children(root, "ActiveParticipant")) {
            out.add(new Participant(attr(p, "UserID"), attr(p, "AlternativeUserID"), attr(p, "UserName"),
                    Boolean.parseBoolean(p.getAttribute("UserIsRequestor")), codes(p, "RoleIDCode"),
                    attr(p, "NetworkAccessPointID"), attr(p, "NetworkAccessPointTypeCode")));
        }
        return out;
    }

    public List<ObjectView> objects() {
        List<ObjectView> out = new ArrayList<>();
        for (Element o : children(root, "ParticipantObjectIdentification")) {
            Map<String, String> details = new LinkedHashMap<>();
            for (Element d : children(o, "ParticipantObjectDetail")) {
                details.put(d.getAttribute("type"), decode(d.getAttribute("value")));
            }
            List<Element> query = children(o, "ParticipantObjectQuery");
            out.add(new ObjectView(attr(o, "ParticipantObjectID"), attr(o, "ParticipantObjectTypeCode"),
                    attr(o, "ParticipantObjectTypeCodeRole"), attr(o, "ParticipantObjectDataLifeCycle"),
                    coded(child(o, "ParticipantObjectIDTypeCode")).toString(),
                    query.isEmpty() ? null : decode(query.get(0).getTextContent()), details));
        }
        return out;
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64.trim()), StandardCharsets.UTF_8);
    }

    private static List<String> codes(Element parent, String name) {
        return children(parent, name).stream().map(e -> coded(e).toString()).toList();
    }

    private static Coded coded(Element e) {
        return new Coded(e.getAttribute("csd-code"), e.getAttribute("codeSystemName"), e.getAttribute("originalText"));
    }

    private static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + name + ", found " + found.size());
        }
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

}
