package org.carnet.registry.suite;

import static org.carnet.common.vocabulary.Vocabulary.NS_RIM;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;

import org.carnet.common.ebrim.SymbolicIds;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Comparison;
import org.xmlunit.diff.ComparisonResult;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.DifferenceEvaluator;
import org.xmlunit.diff.DifferenceEvaluators;
import org.xmlunit.diff.NodeFilters;

/**
 * Compares a registry object as submitted with the same object as a stored query returns it (XMLUnit, similar,
 * whitespace ignored), forgiving only what the registry may add or normalise (ITI TF-3 4.1, 4.2):
 * <ul>
 *   <li>ids it assigns: a symbolic {@code id} becomes a {@code urn:uuid:}, and so do the references to it
 *       ({@code classifiedObject}, {@code registryObject}); each symbolic id must become one UUID throughout,
 *       and a pre-assigned {@code urn:uuid:} must come back unchanged;</li>
 *   <li>what it sets on registration: {@code lid}, {@code status} and {@code rim:VersionInfo} of the object, and a
 *       folder's {@code lastUpdateTime} slot;</li>
 *   <li>the schema defaults of {@code rim:LocalizedString}: {@code xml:lang="en-US"}, {@code charset="UTF-8"}.</li>
 * </ul>
 * Everything else (slots and their values in order, names, classifications, external identifiers, codes) must be
 * as submitted.
 */
final class RoundTrip {
    private static final Set<String> ASSIGNED_ID_ATTRIBUTES = Set.of("id", "classifiedObject", "registryObject");
    private static final Set<String> REGISTRY_SET_ATTRIBUTES = Set.of("lid", "status");
    private static final Set<String> REGISTRY_OBJECTS = Set.of("ExtrinsicObject", "RegistryPackage", "Association");

    private RoundTrip() {
    }

    static Diff compare(Node submitted, Node returned) {
        return DiffBuilder.compare(Input.fromNode(submitted))
                .withTest(Input.fromNode(returned))
                .ignoreWhitespace()
                .withNodeFilter(node -> NodeFilters.Default.test(node) && !isRim(node, "VersionInfo")
                        && !isLastUpdateTime(node))
                .withAttributeFilter(RoundTrip::isCompared)
                .withDifferenceEvaluator(DifferenceEvaluators.chain(DifferenceEvaluators.Default, new AssignedIds()))
                .checkForSimilar()
                .build();
    }

    private static boolean isCompared(Attr attribute) {
        Node owner = attribute.getOwnerElement();
        String name = attribute.getLocalName();
        if (attribute.getNamespaceURI() == null && REGISTRY_SET_ATTRIBUTES.contains(name)
                && REGISTRY_OBJECTS.contains(owner.getLocalName()) && NS_RIM.equals(owner.getNamespaceURI())) {
            return false;
        }
        if (isRim(owner, "LocalizedString")) {
            boolean defaultLang = XMLConstants.XML_NS_URI.equals(attribute.getNamespaceURI()) && "lang".equals(name)
                    && "en-US".equals(attribute.getValue());
            boolean defaultCharset = attribute.getNamespaceURI() == null && "charset".equals(name)
                    && "UTF-8".equals(attribute.getValue());
            return !defaultLang && !defaultCharset;
        }
        return true;
    }

    /** A folder's lastUpdateTime slot belongs to the registry, which sets and moves it (ITI TF-3 4.2.3.4). */
    private static boolean isLastUpdateTime(Node node) {
        return isRim(node, "Slot") && "lastUpdateTime".equals(((Element) node).getAttribute("name"));
    }

    private static boolean isRim(Node node, String localName) {
        return node.getNodeType() == Node.ELEMENT_NODE && NS_RIM.equals(node.getNamespaceURI())
                && localName.equals(node.getLocalName());
    }

    /** A symbolic id may come back as the UUID the registry assigned to it, the same UUID every time. */
    private static final class AssignedIds implements DifferenceEvaluator {
        private final Map<String, String> assigned = new HashMap<>();

        @Override
        public ComparisonResult evaluate(Comparison comparison, ComparisonResult outcome) {
            if (outcome == ComparisonResult.EQUAL || comparison.getType() != ComparisonType.ATTR_VALUE
                    || !(comparison.getControlDetails().getTarget() instanceof Attr attribute)
                    || attribute.getNamespaceURI() != null
                    || !ASSIGNED_ID_ATTRIBUTES.contains(attribute.getLocalName())) {
                return outcome;
            }
            String submitted = String.valueOf(comparison.getControlDetails().getValue());
            String returned = String.valueOf(comparison.getTestDetails().getValue());
            if (SymbolicIds.isUuid(submitted) || !SymbolicIds.isUuid(returned)) {
                return outcome;
            }
            String earlier = assigned.putIfAbsent(submitted, returned);
            return earlier == null || earlier.equals(returned) ? ComparisonResult.SIMILAR : outcome;
        }
    }
}
