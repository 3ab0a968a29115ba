package org.carnet.registry.register;

import static org.carnet.common.vocabulary.Vocabulary.ASSOC_APND;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_HAS_MEMBER;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_RPLC;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_XFRM;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_XFRM_RPLC;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_APPROVED;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_DEPRECATED;
import static org.carnet.common.vocabulary.Vocabulary.UUID_PREFIX;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.carnet.common.ebrim.AssociationMapper;
import org.carnet.common.ebrim.EbRimXml;
import org.carnet.common.metadata.Association;
import org.carnet.common.metadata.Submission;
import org.carnet.registry.store.NewObjects.WithXml;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.RegistryStore;
import org.carnet.registry.store.RegistryStore.ObjectInfo;
import org.carnet.registry.store.Versions;
import org.carnet.wsdl.rim.ObjectFactory;

/**
 * What a registration changes in objects already registered, in the registration's own transaction:
 * <ul>
 *   <li>RPLC and XFRM_RPLC deprecate the replaced document entry (ITI TF-3 4.2.2.2), and with it the addenda
 *       (APND) and transformations (XFRM) of that entry, which described a version that is no longer current
 *       (our reading of CP-117, NIST 11993/11994: to verify against the TF text); the replacement becomes a
 *       member of every folder the replaced entry was in (NIST 12327);
 *   <li>a folder that gains a member has its lastUpdateTime moved to now (ITI TF-3 4.2.3.4, NIST 12323).
 * </ul>
 */
final class Lifecycle {
    private static final ObjectFactory RIM = new ObjectFactory();

    private final RegistryStore store;
    private final Versions versions;

    Lifecycle(RegistryStore store, Versions versions) {
        this.store = store;
        this.versions = versions;
    }

    void apply(Connection c, Submission submission, Map<String, ObjectInfo> objects, String patient,
               String now) throws SQLException {
        Set<String> touchedFolders = new LinkedHashSet<>();
        List<WithXml<Association>> created = new ArrayList<>();
        for (Association a : submission.associations()) {
            if (ASSOC_RPLC.equals(a.type()) || ASSOC_XFRM_RPLC.equals(a.type())) {
                for (String folder : store.foldersOf(c, a.targetUuid())) {
                    created.add(member(folder, a.sourceUuid()));
                    touchedFolders.add(folder);
                }
                versions.setStatus(c, ObjectKind.DOCUMENT_ENTRY, a.targetUuid(), STATUS_DEPRECATED);
                for (String dependent : store.approvedSourcesOf(c, a.targetUuid(), List.of(ASSOC_APND, ASSOC_XFRM))) {
                    versions.setStatus(c, ObjectKind.DOCUMENT_ENTRY, dependent, STATUS_DEPRECATED);
                }
            } else if (ASSOC_HAS_MEMBER.equals(a.type())) {
                ObjectInfo source = objects.get(a.sourceUuid());
                if (source != null && source.kind() == ObjectKind.FOLDER) {
                    touchedFolders.add(a.sourceUuid());
                }
            }
        }
        if (!created.isEmpty()) {
            store.addAssociations(c, patient, created);
        }
        for (String folder : touchedFolders) {
            store.touchFolder(c, folder, now);
        }
    }

    /** A HasMember the registry itself creates, from a folder to a document entry. */
    static WithXml<Association> member(String folder, String document) {
        Association a = new Association(UUID_PREFIX + UUID.randomUUID(), ASSOC_HAS_MEMBER, folder, document,
                STATUS_APPROVED, null, List.of());
        return new WithXml<>(a, EbRimXml.toStored(RIM.createAssociation(AssociationMapper.toEbRim(a))));
    }
}
