package org.carnet.common.ebrim;

import java.util.List;

import org.carnet.common.metadata.LocalizedString;
import org.carnet.wsdl.rim.ClassificationType;
import org.carnet.wsdl.rim.IdentifiableType;
import org.carnet.wsdl.rim.RegistryObjectType;
import org.carnet.wsdl.rim.SlotType1;
import org.carnet.wsdl.rim.ValueListType;

/** Finds and adds the parts of a JAXB ebRIM object, for tests that change one thing on the wire. */
final class EbRimParts {
    private EbRimParts() {
    }

    /** French text with explicit lang and charset, as the DMP sends it (not the rim.xsd defaults). */
    static LocalizedString fr(String text) {
        return new LocalizedString(text, "fr-FR", "UTF-8");
    }

    static SlotType1 slot(IdentifiableType object, String name) {
        return object.getSlot().stream()
                .filter(s -> name.equals(s.getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no slot " + name + " on " + object.getId()));
    }

    static void addSlot(IdentifiableType object, String name, String... values) {
        SlotType1 slot = new SlotType1();
        slot.setName(name);
        ValueListType list = new ValueListType();
        list.getValue().addAll(List.of(values));
        slot.setValueList(list);
        object.getSlot().add(slot);
    }

    static List<String> slotNames(IdentifiableType object) {
        return object.getSlot().stream().map(SlotType1::getName).toList();
    }

    static ClassificationType classification(RegistryObjectType object, String scheme) {
        return object.getClassification().stream()
                .filter(c -> scheme.equals(c.getClassificationScheme()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no classification " + scheme + " on " + object.getId()));
    }

    static ClassificationType nodeClassification(RegistryObjectType object, String node) {
        return object.getClassification().stream()
                .filter(c -> node.equals(c.getClassificationNode()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no classification node " + node + " on " + object.getId()));
    }

    static List<String> classificationSchemes(RegistryObjectType object) {
        return object.getClassification().stream()
                .map(c -> c.getClassificationScheme() != null ? c.getClassificationScheme() : c.getClassificationNode())
                .toList();
    }
}
