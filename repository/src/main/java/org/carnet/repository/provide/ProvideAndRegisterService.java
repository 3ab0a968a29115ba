package org.carnet.repository.provide;

import static org.carnet.common.vocabulary.Vocabulary.SLOT_HASH;
import static org.carnet.common.vocabulary.Vocabulary.SLOT_REPOSITORY_UNIQUE_ID;
import static org.carnet.common.vocabulary.Vocabulary.SLOT_SIZE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carnet.common.access.Caller;
import org.carnet.common.ebrim.Slots;
import org.carnet.common.ebrim.SubmissionMapper;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.ErrorList;
import org.carnet.common.error.XdsException;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Submission;
import org.carnet.common.transaction.TransactionContext;
import org.carnet.common.transaction.Transactions;
import org.carnet.common.validation.CodeRules;
import org.carnet.common.validation.Profile;
import org.carnet.common.validation.SubmissionValidator;
import org.carnet.repository.registry.RegistryClient;
import org.carnet.repository.store.DocumentStore;
import org.carnet.repository.store.DocumentTooLargeException;
import org.carnet.repository.store.PendingDocument;
import org.carnet.repository.store.PendingSubmission;
import org.carnet.repository.store.PendingSubmissions;
import org.carnet.repository.store.RepositoryIndex;
import org.carnet.repository.store.StagedDocument;
import org.carnet.wsdl.ihe.ProvideAndRegisterDocumentSetRequestType;
import org.carnet.wsdl.ihe.ProvideAndRegisterDocumentSetRequestType.Document;
import org.carnet.wsdl.lcm.SubmitObjectsRequest;
import org.carnet.wsdl.rim.ExtrinsicObjectType;
import org.carnet.wsdl.rim.IdentifiableType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ITI-41 Provide and Register Document Set-b (IHE ITI TF-2 3.41), all or nothing:
 * <ol>
 *   <li>validate the metadata and pair every entry with its document;
 *   <li>stage each document (durable temporary file, SHA-1 and size computed while streaming) and run the
 *       {@link SubmissionCheck}s on what was staged: hash and size against the metadata, and whatever else is
 *       configured (signature verification comes here);
 *   <li>write the pending-submission intent, promote the files to their content address, and commit the
 *       repository's index rows;
 *   <li>register the metadata with the registry (one registry transaction);
 *   <li>on success complete the intent; on any failure remove the index rows this call added and roll the intent
 *       back, which deletes bytes nothing else uses.
 * </ol>
 * A crash at any point leaves either nothing registered (and {@link ProvideRecovery} removes the leftovers at the
 * next start) or a registered document with its bytes.
 */
public final class ProvideAndRegisterService {
    private static final Logger log = LoggerFactory.getLogger(ProvideAndRegisterService.class);
    private final String repositoryUniqueId;
    private final DocumentStore documents;
    private final PendingSubmissions pending;
    private final RepositoryIndex index;
    private final RegistryClient registry;
    private final List<SubmissionCheck> checks;
    private final CodeRules codes;
    private final Clock clock;

    public ProvideAndRegisterService(String repositoryUniqueId, DocumentStore documents, PendingSubmissions pending,
                                     RepositoryIndex index, RegistryClient registry, List<SubmissionCheck> checks,
                                     CodeRules codes, Clock clock) {
        this.repositoryUniqueId = repositoryUniqueId;
        this.documents = documents;
        this.pending = pending;
        this.index = index;
        this.registry = registry;
        this.checks = List.copyOf(checks);
        this.codes = codes;
        this.clock = clock;
    }

    /** Stores and registers the submission; returns what was submitted. Throws {@link XdsException} when refused. */
    public Submission provide(ProvideAndRegisterDocumentSetRequestType request, Caller caller,
                              TransactionContext context) {
        SubmitObjectsRequest metadata = request.getSubmitObjectsRequest();
        if (metadata == null) {
            throw new XdsException(ErrorCode.REPOSITORY_METADATA_ERROR, "the request has no SubmitObjectsRequest");
        }
        ErrorList errors = new ErrorList(ErrorCode.REPOSITORY_METADATA_ERROR);
        Submission submission = SubmissionMapper.fromEbRim(metadata, errors);
        Transactions.describe(submission, context);
        new SubmissionValidator(Profile.ITI_41, codes).validate(submission, errors);
        Map<DocumentEntry, Document> pairs = DocumentMatcher.match(submission.documentEntries(),
                request.getDocument(), errors);
        errors.throwIfErrors();

        List<StagedEntry> staged = new ArrayList<>();
        try {
            for (Map.Entry<DocumentEntry, Document> pair : pairs.entrySet()) {
                staged.add(new StagedEntry(pair.getKey(), stage(pair.getKey(), pair.getValue())));
            }
            for (SubmissionCheck check : checks) {
                check.check(staged, errors);
            }
            errors.throwIfErrors();
        } catch (RuntimeException e) {
            staged.forEach(s -> documents.discard(s.staged()));
            throw e;
        }
        completeMetadata(metadata, staged);
        commit(metadata, staged, caller);
        return submission;
    }

    private StagedDocument stage(DocumentEntry entry, Document document) {
        byte[] content = document.getValue() == null ? new byte[0] : document.getValue();
        try {
            return documents.stage(new ByteArrayInputStream(content));
        } catch (DocumentTooLargeException e) {
            throw new XdsException(ErrorCode.REPOSITORY_ERROR, e.getMessage(), entry.entryUuid());
        } catch (IOException e) {
            throw new IllegalStateException("cannot stage a document on disk", e);
        }
    }

    /** Adds what the repository knows: the computed hash and size, and its own uniqueId (ITI TF-2 3.41.4.1.3). */
    private void completeMetadata(SubmitObjectsRequest metadata, List<StagedEntry> staged) {
        for (IdentifiableType object : SubmissionMapper.objects(metadata)) {
            if (!(object instanceof ExtrinsicObjectType eo)) {
                continue;
            }
            staged.stream().filter(s -> s.entry().entryUuid().equals(eo.getId())).findFirst().ifPresent(s -> {
                Slots.replace(eo, SLOT_HASH, s.staged().sha1());
                Slots.replace(eo, SLOT_SIZE, Long.toString(s.staged().size()));
                Slots.replace(eo, SLOT_REPOSITORY_UNIQUE_ID, repositoryUniqueId);
            });
        }
    }

    private void commit(SubmitObjectsRequest metadata, List<StagedEntry> staged, Caller caller) {
        PendingSubmission intent = new PendingSubmission(UUID.randomUUID().toString(), staged.stream()
                .map(s -> new PendingDocument(s.entry().uniqueId(), s.staged().sha1(), s.staged().size(),
                        s.entry().mimeType()))
                .toList());
        List<String> added = List.of();
        try {
            pending.write(intent);
            for (StagedEntry s : staged) {
                documents.promote(s.staged());
            }
            added = index.addAll(intent.documents(), clock.instant());
        } catch (IOException | SQLException | RuntimeException e) {
            undo(intent, staged, added);
            throw e instanceof RuntimeException r ? r : new IllegalStateException("cannot store the documents", e);
        }
        try {
            registry.register(metadata, caller);
        } catch (XdsException refused) {
            undo(intent, staged, added);
            throw refused;
        } catch (RuntimeException unknownOutcome) {
            // the registry may have registered before failing to answer: ask it before deleting anything
            if (!registeredAfterAll(intent)) {
                undo(intent, staged, added);
            }
            throw unknownOutcome;
        }
        try {
            pending.complete(intent.id());
        } catch (IOException e) {
            // registered and stored: the intent left behind is resolved by recovery, which finds the documents registered
            throw new IllegalStateException("documents registered, but the pending intent could not be removed", e);
        }
    }

    /** True when the registry holds every document of the intent; when even that cannot be known, recovery decides. */
    private boolean registeredAfterAll(PendingSubmission intent) {
        List<String> ids = intent.documents().stream().map(PendingDocument::documentUniqueId).toList();
        try {
            if (registry.registeredDocuments(ids).containsAll(ids)) {
                pending.complete(intent.id());
                return true;
            }
            return false;
        } catch (IOException | RuntimeException e) {
            log.error("registry outcome unknown; the pending intent stays for recovery at next start", e);
            return true;
        }
    }

    private void undo(PendingSubmission intent, List<StagedEntry> staged, List<String> added) {
        staged.forEach(s -> documents.discard(s.staged()));
        try {
            if (!added.isEmpty()) {
                index.removeAll(added);
            }
            pending.rollBack(intent, documents, index::hashInUse);
        } catch (IOException | SQLException | RuntimeException e) {
            // the intent stays on disk: the next start finishes the roll-back
            log.error("could not undo a refused submission; recovery at next start will", e);
        }
    }

    /** A document entry and its staged bytes. */
    public record StagedEntry(DocumentEntry entry, StagedDocument staged) {
    }
}
