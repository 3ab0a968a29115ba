package org.carnet.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.carnet.common.access.Caller;
import org.carnet.common.db.Database;
import org.carnet.common.transaction.TransactionContext;
import org.carnet.common.validation.Profile;
import org.carnet.registry.register.RegisterService;
import org.carnet.registry.store.RegistryStore;
import org.carnet.repository.registry.RegistryClient;
import org.carnet.wsdl.lcm.SubmitObjectsRequest;

/** The all-in-one node's repository talks to its registry by a method call: ITI-42 without the wire. */
final class InProcessRegistryClient implements RegistryClient {
    private final RegisterService register;
    private final Database database;
    private final RegistryStore store;

    InProcessRegistryClient(RegisterService register, Database database, RegistryStore store) {
        this.register = register;
        this.database = database;
        this.store = store;
    }

    @Override
    public void register(SubmitObjectsRequest request, Caller caller) {
        // the ITI-41 transaction that calls this is the one told to listeners
        register.register(request, caller, Profile.ITI_42, new TransactionContext());
    }

    @Override
    public Set<String> registeredDocuments(Collection<String> documentUniqueIds) {
        try (Connection c = database.dataSource().getConnection()) {
            return store.documentsByUniqueId(c, documentUniqueIds).stream()
                    .map(RegistryStore.RegisteredDocument::uniqueId).collect(Collectors.toSet());
        } catch (SQLException e) {
            throw new IllegalStateException("registry database failure", e);
        }
    }
}
