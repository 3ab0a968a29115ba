package org.carnet.common.ebrim;

import static org.carnet.common.vocabulary.Vocabulary.OBJECT_TYPE_CLASSIFICATION;
import static org.carnet.common.vocabulary.Vocabulary.OBJECT_TYPE_EXTERNAL_IDENTIFIER;
import static org.carnet.common.vocabulary.Vocabulary.SLOT_CODING_SCHEME;
import static org.carnet.common.vocabulary.Vocabulary.UUID_PREFIX;

import java.util.List;
import java.util.UUID;

import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.LocalizedString;
import org.carnet.common.metadata.Slot;
import org.carnet.wsdl.rim.ClassificationType;
import org.carnet.wsdl.rim.ExternalIdentifierType;
import org.carnet.wsdl.rim.IdentifiableType;
import org.carnet.wsdl.rim.InternationalStringType;
import org.carnet.wsdl.rim.LocalizedStringType;
import org.carnet.wsdl.rim.RegistryObjectType;

/** Writes the parts of an ebRIM registry object: the inverse of {@link RegistryObjects}. */
final class EbRimBuilder {
    private EbRimBuilder() {
    }

    static String newId() {
        return UUID_PREFIX + UUID.randomUUID();
    }

    static void addSlot(IdentifiableType object, String name, List<String> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        object.getSlot().add(Slots.slot(name, values));
    }

    static void addSlot(IdentifiableType object, String name, String value) {
        if (value != null) {
            addSlot(object, name, List.of(value));
        }
    }

    static void addSlots(IdentifiableType object, List<Slot> slots) {
        for (Slot slot : slots) {
            object.getSlot().add(Slots.slot(slot.name(), slot.values()));
        }
    }

    static ClassificationType classification(String scheme, String classifiedObject, String nodeRepresentation) {
        ClassificationType c = new ClassificationType();
        c.setId(newId());
        c.setObjectType(OBJECT_TYPE_CLASSIFICATION);
        c.setClassificationScheme(scheme);
        c.setClassifiedObject(classifiedObject);
        c.setNodeRepresentation(nodeRepresentation);
        return c;
    }

    static void addCode(RegistryObjectType object, String scheme, Code code) {
        if (code == null) {
            return;
        }
        ClassificationType c = classification(scheme, object.getId(), code.code());
        addSlot(c, SLOT_CODING_SCHEME, code.codingScheme());
        if (code.displayName() != null) {
            c.setName(international(List.of(code.displayName())));
        }
        object.getClassification().add(c);
    }

    static void addNode(RegistryObjectType object, String node) {
        ClassificationType c = new ClassificationType();
        c.setId(newId());
        c.setObjectType(OBJECT_TYPE_CLASSIFICATION);
        c.setClassificationNode(node);
        c.setClassifiedObject(object.getId());
        object.getClassification().add(c);
    }

    static void addExternalIdentifier(RegistryObjectType object, String scheme, String name, String value) {
        if (value == null) {
            return;
        }
        ExternalIdentifierType e = new ExternalIdentifierType();
        e.setId(newId());
        e.setObjectType(OBJECT_TYPE_EXTERNAL_IDENTIFIER);
        e.setIdentificationScheme(scheme);
        e.setRegistryObject(object.getId());
        e.setValue(value);
        e.setName(international(List.of(new LocalizedString(name))));
        object.getExternalIdentifier().add(e);
    }

    static InternationalStringType international(List<LocalizedString> strings) {
        if (strings.isEmpty()) {
            return null;
        }
        InternationalStringType text = new InternationalStringType();
        for (LocalizedString s : strings) {
            LocalizedStringType l = new LocalizedStringType();
            l.setValue(s.value());
            l.setLang(s.lang());
            l.setCharset(s.charset());
            text.getLocalizedString().add(l);
        }
        return text;
    }
}
