package org.carnet.common.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Namespace-aware reads of direct children: the VIHF checks never search a whole subtree by name. */
final class Dom {
    private Dom() {
    }

    static boolean is(Node node, String namespace, String localName) {
        return node instanceof Element
                && namespace.equals(node.getNamespaceURI())
                && localName.equals(node.getLocalName());
    }

    static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, namespace, localName)) {
                found.add((Element) n);
            }
        }
        return found;
    }

    static Optional<Element> child(Element parent, String namespace, String localName) {
        return children(parent, namespace, localName).stream().findFirst();
    }

    /** The first child element in this namespace, whatever its name. */
    static Optional<Element> firstChildIn(Element parent, String namespace) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The attribute's value, or null when it is absent or blank. */
    static String attribute(Element element, String name) {
        String value = element.getAttributeNS(null, name).trim();
        return value.isEmpty() ? null : value;
    }

    /** The element's trimmed text, or null when it is blank. */
    static String text(Element element) {
        String value = element.getTextContent().trim();
        return value.isEmpty() ? null : value;
    }
}
