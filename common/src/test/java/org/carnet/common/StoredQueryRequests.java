package org.carnet.common;

import org.carnet.wsdl.query.AdhocQueryRequest;
import org.carnet.wsdl.query.ResponseOptionType;
import org.carnet.wsdl.rim.AdhocQueryType;
import org.carnet.wsdl.rim.SlotType1;
import org.carnet.wsdl.rim.ValueListType;

/** ITI-18 requests as consumers send them: one slot per parameter, values already in stored-query syntax. */
public final class StoredQueryRequests {
    public static final String FIND_DOCUMENTS = "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d";
    public static final String GET_DOCUMENTS = "urn:uuid:5c4f972b-d56b-40ac-a5fc-c8ca9b40b9d4";
    public static final String APPROVED = "('urn:oasis:names:tc:ebxml-regrep:StatusType:Approved')";

    private StoredQueryRequests() {
    }

    /** A request for {@code queryId}; {@code nameValues} alternates slot names and their single Value. */
    public static AdhocQueryRequest request(String queryId, String returnType, String... nameValues) {
        AdhocQueryRequest request = new AdhocQueryRequest();
        ResponseOptionType option = new ResponseOptionType();
        option.setReturnType(returnType);
        option.setReturnComposedObjects(true);
        request.setResponseOption(option);
        AdhocQueryType query = new AdhocQueryType();
        query.setId(queryId);
        for (int i = 0; i < nameValues.length; i += 2) {
            SlotType1 slot = new SlotType1();
            slot.setName(nameValues[i]);
            ValueListType values = new ValueListType();
            values.getValue().add(nameValues[i + 1]);
            slot.setValueList(values);
            query.getSlot().add(slot);
        }
        request.setAdhocQuery(query);
        return request;
    }
}
