package org.carnet.repository.provide;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.carnet.common.access.Caller;
import org.carnet.common.ebrim.SubmissionMapper;
import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.repository.registry.RegistryClient;
import org.carnet.wsdl.lcm.SubmitObjectsRequest;

/**
 * The registry side of ITI-41 in tests: records each ITI-42 request it is sent, accepts it (remembering its
 * document uniqueIds) unless told to refuse or to fail, and answers {@link #registeredDocuments} from what it
 * accepted.
 */
public final class RecordingRegistryClient implements RegistryClient {
    private final List<SubmitObjectsRequest> received = new ArrayList<>();
    private final Set<String> registered = new LinkedHashSet<>();
    private RuntimeException failure;

    /** Every later {@link #register} throws this (an {@code XdsException} for a refusal) and registers nothing. */
    public RecordingRegistryClient failWith(RuntimeException e) {
        this.failure = e;
        return this;
    }

    /** Accept again. */
    public RecordingRegistryClient accept() {
        this.failure = null;
        return this;
    }

    /** As if these documents had been registered by an earlier call (recovery tests). */
    public RecordingRegistryClient alreadyRegistered(Collection<String> documentUniqueIds) {
        registered.addAll(documentUniqueIds);
        return this;
    }

    public List<SubmitObjectsRequest> received() {
        return List.copyOf(received);
    }

    public SubmitObjectsRequest onlyReceived() {
        if (received.size() != 1) {
            throw new AssertionError("expected exactly one ITI-42 request, got " + received.size());
        }
        return received.get(0);
    }

    public Set<String> registered() {
        return Set.copyOf(registered);
    }

    @Override
    public void register(SubmitObjectsRequest request, Caller caller) {
        received.add(request);
        if (failure != null) {
            throw failure;
        }
        ErrorList errors = new ErrorList();
        List<DocumentEntry> entries = SubmissionMapper.fromEbRim(request, errors).documentEntries();
        errors.throwIfErrors();
        entries.forEach(de -> registered.add(de.uniqueId()));
    }

    @Override
    public Set<String> registeredDocuments(Collection<String> documentUniqueIds) {
        return documentUniqueIds.stream().filter(registered::contains).collect(Collectors.toSet());
    }
}
