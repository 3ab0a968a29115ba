package org.carnet.common.ebrim;

import static org.carnet.common.vocabulary.Vocabulary.SLOT_CODING_SCHEME;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.Cx;
import org.carnet.common.metadata.LocalizedString;
import org.carnet.common.metadata.Slot;
import org.carnet.wsdl.rim.ClassificationType;
import org.carnet.wsdl.rim.ExternalIdentifierType;
import org.carnet.wsdl.rim.IdentifiableType;
import org.carnet.wsdl.rim.InternationalStringType;
import org.carnet.wsdl.rim.LocalizedStringType;
import org.carnet.wsdl.rim.RegistryObjectType;
import org.carnet.wsdl.rim.SlotType1;

/**
 * Reads the parts of an ebRIM registry object the XDS model is built from: slots, classifications and
 * external identifiers. Problems are added to the request's {@link ErrorList}, with the object id as location.
 */
final class RegistryObjects {
    private RegistryObjects() {
    }

    static List<String> slotValues(IdentifiableType object, String name) {
        List<String> values = new ArrayList<>();
        for (SlotType1 slot : object.getSlot()) {
            if (name.equals(slot.getName()) && slot.getValueList() != null) {
                values.addAll(slot.getValueList().getValue());
            }
        }
        return values;
    }

    /** The single value of a single-valued slot, or null when absent; more than one value is an error. */
    static String singleSlot(IdentifiableType object, String name, ErrorList errors) {
        List<String> values = slotValues(object, name);
        if (values.size() > 1) {
            errors.metadata("slot '" + name + "' must have one value, found " + values.size(), object.getId());
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /** The slots not named in {@code known}, kept as sent (extension slots round-trip). */
    static List<Slot> extraSlots(IdentifiableType object, Set<String> known) {
        List<Slot> extras = new ArrayList<>();
        for (SlotType1 slot : object.getSlot()) {
            if (!known.contains(slot.getName())) {
                extras.add(new Slot(slot.getName(),
                        slot.getValueList() == null ? List.of() : slot.getValueList().getValue()));
            }
        }
        return extras;
    }

    static List<ClassificationType> classifications(RegistryObjectType object, String scheme) {
        return object.getClassification().stream()
                .filter(c -> scheme.equals(c.getClassificationScheme()))
                .toList();
    }

    static boolean hasClassificationNode(RegistryObjectType object, String node) {
        return object.getClassification().stream().anyMatch(c -> node.equals(c.getClassificationNode()));
    }

    static List<Code> codes(RegistryObjectType object, String scheme, String attribute, ErrorList errors) {
        List<Code> codes = new ArrayList<>();
        for (ClassificationType classification : classifications(object, scheme)) {
            codes.add(code(classification, attribute, object.getId(), errors));
        }
        return codes;
    }

    /** A single coded attribute, or null when absent; more than one is an error. */
    static Code singleCode(RegistryObjectType object, String scheme, String attribute, ErrorList errors) {
        List<Code> codes = codes(object, scheme, attribute, errors);
        if (codes.size() > 1) {
            errors.metadata(attribute + " must be given once, found " + codes.size(), object.getId());
        }
        return codes.isEmpty() ? null : codes.get(0);
    }

    private static Code code(ClassificationType c, String attribute, String location, ErrorList errors) {
        String code = c.getNodeRepresentation();
        if (code == null || code.isEmpty()) {
            errors.metadata(attribute + " classification " + c.getId() + " has no nodeRepresentation (the code)", location);
            code = "";
        }
        String scheme = singleSlot(c, SLOT_CODING_SCHEME, errors);
        List<LocalizedString> names = localized(c.getName());
        return new Code(code, scheme, names.isEmpty() ? null : names.get(0));
    }

    static String externalIdentifier(RegistryObjectType object, String scheme, String name, ErrorList errors) {
        List<ExternalIdentifierType> found = object.getExternalIdentifier().stream()
                .filter(e -> scheme.equals(e.getIdentificationScheme()))
                .toList();
        if (found.size() > 1) {
            errors.metadata(name + " must be given once, found " + found.size(),
                    object.getId());
        }
        return found.isEmpty() ? null : found.get(0).getValue();
    }

    static Cx patientId(RegistryObjectType object, String scheme, String name, ErrorList errors) {
        String value = externalIdentifier(object, scheme, name, errors);
        return value == null ? null : new Cx(value);
    }

    static List<LocalizedString> localized(InternationalStringType text) {
        if (text == null) {
            return List.of();
        }
        List<LocalizedString> strings = new ArrayList<>();
        for (LocalizedStringType s : text.getLocalizedString()) {
            strings.add(new LocalizedString(s.getValue() == null ? "" : s.getValue(), s.getLang(), s.getCharset()));
        }
        return strings;
    }
}
