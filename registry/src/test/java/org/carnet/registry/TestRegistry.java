package org.carnet.registry;

import java.sql.SQLException;
import java.time.Clock;

import org.carnet.common.access.Caller;
import org.carnet.common.db.Database;
import org.carnet.common.db.ThrowawayDatabase;
import org.carnet.common.metadata.Cx;
import org.carnet.common.policy.AuthorisationMatrix;
import org.carnet.common.validation.CodeRules;
import org.carnet.registry.access.DossierAccessPolicy;
import org.carnet.registry.patient.DossierDirectory;
import org.carnet.registry.query.StoredQueryService;
import org.carnet.registry.register.RegisterService;
import org.carnet.registry.store.RegistryStore;

/**
 * A registry over a database of its own ({@link ThrowawayDatabase}: H2 or PostgreSQL), as the node wires it. One per
 * test.
 */
public final class TestRegistry implements AutoCloseable {
    public static final Caller CALLER = Caller.system("test", "127.0.0.1");

    private final ThrowawayDatabase throwaway;
    public final Database database;
    public final DossierDirectory dossiers;
    public final RegisterService register;
    public final StoredQueryService queries;
    public final DossierAccessPolicy policy;

    public TestRegistry(int maxResults) {
        this(maxResults, CodeRules.acceptAny());
    }

    public TestRegistry(int maxResults, CodeRules codes) {
        this(maxResults, codes, false);
    }

    public TestRegistry(int maxResults, CodeRules codes, boolean allowPatientIdChange) {
        throwaway = ThrowawayDatabase.migrated("registry", 4);
        database = throwaway.database();
        RegistryStore store = new RegistryStore();
        dossiers = new DossierDirectory(database, Clock.systemUTC());
        policy = DossierAccessPolicy.of(database, AuthorisationMatrix.defaults(), Clock.systemUTC());
        register = new RegisterService(database, store, policy, codes, allowPatientIdChange, Clock.systemUTC());
        queries = new StoredQueryService(database, store, policy, maxResults);
    }

    public TestRegistry() {
        this(1000);
    }

    public TestRegistry open(String patient) {
        try {
            dossiers.open(new Cx(patient));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    @Override
    public void close() {
        throwaway.close();
    }
}
