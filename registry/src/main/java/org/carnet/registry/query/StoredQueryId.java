package org.carnet.registry.query;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The stored queries this registry answers, by their ITI TF-2 3.18.4.1.2.3.7 query id. An id not listed here
 * is answered with XDSUnknownStoredQuery.
 */
enum StoredQueryId {
    FIND_DOCUMENTS("urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d", FindDocuments::new),
    GET_DOCUMENTS("urn:uuid:5c4f972b-d56b-40ac-a5fc-c8ca9b40b9d4", GetDocuments::new),
    GET_FOLDERS("urn:uuid:5737b14c-8a1a-4539-b659-e03a34a5e1e4", GetFolders::new),
    GET_ASSOCIATIONS("urn:uuid:a7ae438b-4bc2-4642-93e9-be891f7bb155", GetAssociations::new),
    GET_ALL("urn:uuid:10b545ea-725c-446d-9b95-8aeb444eddf3", GetAll::new);

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
