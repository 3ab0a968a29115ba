package org.carnet.repository.registry;

import java.util.Collection;
import java.util.Set;

import org.carnet.common.access.Caller;
import org.carnet.wsdl.lcm.SubmitObjectsRequest;

/**
 * How the repository reaches the registry: ITI-42 Register Document Set-b, in process when the two are
 * co-located (the all-in-one node) or over SOAP.
 */
public interface RegistryClient {

    /** Registers the metadata; throws {@code XdsException} with the registry's errors when it refuses. */
    void register(SubmitObjectsRequest request, Caller caller);

    /** Which of these document uniqueIds the registry holds: start-up recovery asks this of unfinished submissions. */
    Set<String> registeredDocuments(Collection<String> documentUniqueIds);
}
