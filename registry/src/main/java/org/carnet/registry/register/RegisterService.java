package org.carnet.registry.register;

import static org.carnet.common.vocabulary.Vocabulary.STATUS_APPROVED;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.xml.bind.JAXBElement;

import org.carnet.common.access.AccessPolicy;
import org.carnet.common.access.Caller;
import org.carnet.common.db.Database;
import org.carnet.common.db.Dialect;
import org.carnet.common.ebrim.EbRimXml;
import org.carnet.common.ebrim.SubmissionMapper;
import org.carnet.common.ebrim.SymbolicIds;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.ErrorList;
import org.carnet.common.error.XdsException;
import org.carnet.common.metadata.Association;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Folder;
import org.carnet.common.metadata.Submission;
import org.carnet.common.transaction.TransactionContext;
import org.carnet.common.transaction.Transactions;
import org.carnet.common.validation.Profile;
import org.carnet.common.validation.CodeRules;
import org.carnet.common.validation.SubmissionValidator;
import org.carnet.registry.store.NewObjects;
import org.carnet.registry.store.NewObjects.WithXml;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.RegistryStore;
import org.carnet.registry.store.RegistryStore.ObjectInfo;
import org.carnet.registry.store.RegistryStore.RegisteredDocument;
import org.carnet.registry.store.Versions;
import org.carnet.wsdl.lcm.SubmitObjectsRequest;
import org.carnet.wsdl.rim.IdentifiableType;

/**
 * ITI-42 Register Document Set-b (IHE ITI TF-2 3.42) and ITI-57 Update Document Set (3.57): validates a
 * submission, resolves its symbolic ids, checks it against what the registry holds, and registers every object,
 * with the changes it makes to registered ones, in one database transaction, or nothing at all. The repository
 * calls it in-process for ITI-41.
 */
public final class RegisterService {
    private final Database database;
    private final RegistryStore store;
    private final AccessPolicy policy;
    private final CodeRules codes;
    private final Lifecycle lifecycle;
    private final MetadataUpdate update;
    private final Clock clock;

    public RegisterService(Database database, RegistryStore store, AccessPolicy policy, CodeRules codes,
                           boolean allowPatientIdChange, Clock clock) {
        this.database = database;
        this.store = store;
        this.policy = policy;
        this.codes = codes;
        Versions versions = new Versions();
        this.lifecycle = new Lifecycle(store, versions);
        this.update = new MetadataUpdate(store, versions, allowPatientIdChange);
        this.clock = clock;
    }

    /**
     * Registers the submission; returns what was registered. Throws {@link XdsException} with every problem
     * found when it refuses, having changed nothing.
     */
    public Submission register(SubmitObjectsRequest request, Caller caller, Profile profile,
                               TransactionContext context) {
        ErrorList errors = new ErrorList();
        Submission submitted = SubmissionMapper.fromEbRim(request, errors);
        Transactions.describe(submitted, context);
        new SubmissionValidator(profile, codes).validate(submitted, errors);
        errors.throwIfErrors();
        policy.checkFeed(caller, submitted);

        Map<String, String> symbolic = SymbolicIds.resolve(request);
        Map<String, String> originalIds = symbolic.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        Instant now = clock.instant();
        RegistryAttributes.apply(request, now);
        Submission resolved = SubmissionMapper.fromEbRim(request, new ErrorList());
        String patient = resolved.submissionSet().patientId().key();
        try {
            return database.inTransaction(c -> {
                MetadataUpdate.Plan plan = profile == Profile.ITI_57
                        ? update.plan(c, resolved, patient, originalIds) : MetadataUpdate.Plan.NONE;
                if (profile == Profile.ITI_57) {
                    UpdateRights.check(c, policy, caller, plan, resolved, patient, originalIds, context);
                }
                plan.numberVersions(request);
                Submission submission = SubmissionMapper.fromEbRim(request, new ErrorList());
                Map<String, ObjectInfo> known = checkAgainstRegistry(c, submission, originalIds,
                        plan.versionedUniqueIds());
                store.save(c, storedForm(request, submission), now);
                update.apply(c, plan, patient);
                lifecycle.apply(c, submission, known, patient, RegistryAttributes.dtm(now));
                return submission;
            });
        } catch (SQLException e) {
            if (Dialect.isUniqueViolation(e)) {
                // a concurrent submission registered the same id between our check and our insert
                throw new XdsException(ErrorCode.DUPLICATE_UNIQUE_ID_IN_REGISTRY,
                        "an object of this submission was registered concurrently by another submission", null);
            }
            throw new IllegalStateException("registry database failure", e);
        }
    }

    /** Checks what needs the registry's content; returns every object the submission names, new or registered. */
    private Map<String, ObjectInfo> checkAgainstRegistry(Connection c, Submission submission,
                                                         Map<String, String> originalIds,
                                                         Set<String> newVersionUniqueIds) throws SQLException {
        ErrorList errors = new ErrorList();
        String patient = submission.submissionSet().patientId().key();

        Map<String, ObjectInfo> newObjects = new HashMap<>();
        String ss = submission.submissionSet().entryUuid();
        newObjects.put(ss, new ObjectInfo(ss, ObjectKind.SUBMISSION_SET, patient, STATUS_APPROVED));
        submission.documentEntries().forEach(de -> newObjects.put(de.entryUuid(),
                new ObjectInfo(de.entryUuid(), ObjectKind.DOCUMENT_ENTRY, patient, STATUS_APPROVED)));
        submission.folders().forEach(f -> newObjects.put(f.entryUuid(),
                new ObjectInfo(f.entryUuid(), ObjectKind.FOLDER, patient, STATUS_APPROVED)));
        submission.associations().forEach(a -> newObjects.put(a.entryUuid(),
                new ObjectInfo(a.entryUuid(), ObjectKind.ASSOCIATION, patient, STATUS_APPROVED)));

        for (String uuid : store.objects(c, newObjects.keySet()).keySet()) {
            errors.metadata("entryUUID " + uuid + " is already used by an object in the registry",
                    originalIds.getOrDefault(uuid, uuid));
        }
        checkDocumentUniqueIds(c, submission, originalIds, newVersionUniqueIds, errors);
        checkPackageUniqueIds(c, submission, originalIds, newVersionUniqueIds, errors);

        Set<String> named = new HashSet<>();
        for (Association a : submission.associations()) {
            named.add(a.sourceUuid());
            named.add(a.targetUuid());
        }
        named.removeAll(newObjects.keySet());
        Map<String, ObjectInfo> known = new HashMap<>(store.objects(c, named));
        known.putAll(newObjects);
        AssociationRules rules = new AssociationRules(known, newObjects.keySet(), ss, patient, originalIds);
        submission.associations().forEach(a -> rules.check(a, errors));
        errors.throwIfErrors();
        return known;
    }

    /** A uniqueId already registered is refused, except on a new version of the same document (ITI-57). */
    private void checkDocumentUniqueIds(Connection c, Submission submission, Map<String, String> originalIds,
                                        Set<String> newVersionUniqueIds, ErrorList errors) throws SQLException {
        Map<String, DocumentEntry> byUniqueId = submission.documentEntries().stream()
                .filter(de -> !newVersionUniqueIds.contains(de.uniqueId()))
                .collect(Collectors.toMap(DocumentEntry::uniqueId, de -> de, (a, b) -> a));
        for (RegisteredDocument existing : store.documentsByUniqueId(c, byUniqueId.keySet())) {
            DocumentEntry de = byUniqueId.get(existing.uniqueId());
            String location = originalIds.getOrDefault(de.entryUuid(), de.entryUuid());
            if (de.hash() != null && existing.hash() != null && !de.hash().equalsIgnoreCase(existing.hash())) {
                errors.add(ErrorCode.NON_IDENTICAL_HASH, "document uniqueId " + de.uniqueId()
                        + " is already registered with another hash", location);
            } else if (de.size() != null && existing.size() != null && !de.size().equals(existing.size())) {
                errors.add(ErrorCode.NON_IDENTICAL_SIZE, "document uniqueId " + de.uniqueId()
                        + " is already registered with another size", location);
            } else {
                errors.add(ErrorCode.DUPLICATE_UNIQUE_ID_IN_REGISTRY, "document uniqueId " + de.uniqueId()
                        + " is already registered", location);
            }
        }
    }

    private void checkPackageUniqueIds(Connection c, Submission submission, Map<String, String> originalIds,
                                       Set<String> newVersionUniqueIds, ErrorList errors) throws SQLException {
        Map<String, String> locationByUniqueId = new HashMap<>();
        locationByUniqueId.put(submission.submissionSet().uniqueId(), submission.submissionSet().entryUuid());
        for (Folder f : submission.folders()) {
            if (!newVersionUniqueIds.contains(f.uniqueId())) {
                locationByUniqueId.put(f.uniqueId(), f.entryUuid());
            }
        }
        for (String uniqueId : store.packageUniqueIdsInUse(c, locationByUniqueId.keySet())) {
            String uuid = locationByUniqueId.get(uniqueId);
            errors.add(ErrorCode.DUPLICATE_UNIQUE_ID_IN_REGISTRY, "uniqueId " + uniqueId + " is already registered",
                    originalIds.getOrDefault(uuid, uuid));
        }
    }

    private static NewObjects storedForm(SubmitObjectsRequest request, Submission submission) {
        Map<String, byte[]> xmlById = new HashMap<>();
        for (JAXBElement<? extends IdentifiableType> element : request.getRegistryObjectList().getIdentifiable()) {
            xmlById.put(element.getValue().getId(), EbRimXml.toStored(element));
        }
        return new NewObjects(submission.submissionSet().patientId().key(),
                new WithXml<>(submission.submissionSet(), xmlById.get(submission.submissionSet().entryUuid())),
                submission.documentEntries().stream().map(o -> new WithXml<>(o, xmlById.get(o.entryUuid()))).toList(),
                submission.folders().stream().map(o -> new WithXml<>(o, xmlById.get(o.entryUuid()))).toList(),
                submission.associations().stream().map(o -> new WithXml<>(o, xmlById.get(o.entryUuid()))).toList());
    }
}
