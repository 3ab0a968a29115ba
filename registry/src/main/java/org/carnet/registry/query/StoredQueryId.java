package org.carnet.registry.query;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The stored queries this registry answers, by their ITI TF-2 3.18.4.1.2.3.7 query id. An id not listed here
 * is answered with XDSUnknownStoredQuery.
 */
enum StoredQueryId {
    FIND_DOCUMENTS("urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d", FindDocuments::new),
    GET_DOCUMENTS("urn:uuid:5c4f972b-d56b-40ac-a5fc-c8ca9b40b9d4", GetDocuments::new);

    private final String uuid;
    private final StoredQuery query;

    StoredQueryId(String uuid, Supplier<StoredQuery> query) {
        this.uuid = uuid;
        this.query = query.get();
    }

    String uuid() {
        return uuid;
    }

    StoredQuery query() {
        return query;
    }

    static Optional<StoredQueryId> of(String uuid) {
        for (StoredQueryId id : values()) {
            if (id.uuid.equals(uuid)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
