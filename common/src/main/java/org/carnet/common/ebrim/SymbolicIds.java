package org.carnet.common.ebrim;

import static org.carnet.common.vocabulary.Vocabulary.UUID_PREFIX;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.carnet.wsdl.lcm.SubmitObjectsRequest;
import org.carnet.wsdl.rim.AssociationType1;
import org.carnet.wsdl.rim.ClassificationType;
import org.carnet.wsdl.rim.ExternalIdentifierType;
import org.carnet.wsdl.rim.IdentifiableType;
import org.carnet.wsdl.rim.RegistryObjectType;

/**
 * Replaces symbolic ids ({@code Document01}) with UUIDs that the registry assigns (ITI TF-3 4.2.2.1: ids that
 * are not {@code urn:uuid:} are symbolic and local to the submission), on every object and nested
 * classification and external identifier, and rewrites every reference to them.
 */
public final class SymbolicIds {
    private SymbolicIds() {
    }

    private static final Pattern UUID_FORM =
            Pattern.compile("urn:uuid:[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    public static boolean isUuid(String id) {
        return id != null && UUID_FORM.matcher(id).matches();
    }

    /** Resolves the request in place; returns the map symbolic id → assigned UUID. */
    public static Map<String, String> resolve(SubmitObjectsRequest request) {
        Map<String, String> assigned = new HashMap<>();
        for (IdentifiableType object : SubmissionMapper.objects(request)) {
            assign(object, assigned);
            if (object instanceof RegistryObjectType ro) {
                ro.getClassification().forEach(c -> assign(c, assigned));
                ro.getExternalIdentifier().forEach(e -> assign(e, assigned));
            }
        }
        for (IdentifiableType object : SubmissionMapper.objects(request)) {
            rewrite(object, assigned);
            if (object instanceof RegistryObjectType ro) {
                ro.getClassification().forEach(c -> rewrite(c, assigned));
                ro.getExternalIdentifier().forEach(e -> rewrite(e, assigned));
            }
        }
        return assigned;
    }

    private static void assign(IdentifiableType object, Map<String, String> assigned) {
        String id = object.getId();
        if (id != null && !isUuid(id)) {
            String uuid = assigned.computeIfAbsent(id, k -> UUID_PREFIX + UUID.randomUUID());
            object.setId(uuid);
        }
    }

    private static void rewrite(IdentifiableType object, Map<String, String> assigned) {
        if (object instanceof ClassificationType c) {
            c.setClassifiedObject(assigned.getOrDefault(c.getClassifiedObject(), c.getClassifiedObject()));
        } else if (object instanceof ExternalIdentifierType e) {
            e.setRegistryObject(assigned.getOrDefault(e.getRegistryObject(), e.getRegistryObject()));
        } else if (object instanceof AssociationType1 a) {
            a.setSourceObject(assigned.getOrDefault(a.getSourceObject(), a.getSourceObject()));
            a.setTargetObject(assigned.getOrDefault(a.getTargetObject(), a.getTargetObject()));
        }
    }
}
