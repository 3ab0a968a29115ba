package org.carnet.common;

import org.carnet.common.ebrim.AdhocQueries;
import org.carnet.wsdl.query.AdhocQueryRequest;

/** ITI-18 requests as consumers send them: one slot per parameter, values already in stored-query syntax. */
public final class StoredQueryRequests {
    public static final String FIND_DOCUMENTS = "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d";
    public static final String GET_DOCUMENTS = "urn:uuid:5c4f972b-d56b-40ac-a5fc-c8ca9b40b9d4";
    public static final String APPROVED = "('urn:oasis:names:tc:ebxml-regrep:StatusType:Approved')";

    private StoredQueryRequests() {
    }

    /** A request for {@code queryId}; {@code nameValues} alternates slot names and their single Value. */
    public static AdhocQueryRequest request(String queryId, String returnType, String... nameValues) {
        return AdhocQueries.request(queryId, returnType, nameValues);
    }
}
