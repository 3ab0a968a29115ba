package org.carnet.common.ebrim;

import org.carnet.wsdl.query.AdhocQueryRequest;
import org.carnet.wsdl.query.ResponseOptionType;
import org.carnet.wsdl.rim.AdhocQueryType;
import org.carnet.wsdl.rim.SlotType1;
import org.carnet.wsdl.rim.ValueListType;

/** Builds ITI-18 stored query requests, for the node's own uses of its queries (the patient's document list). */
public final class AdhocQueries {
    private AdhocQueries() {
    }

    /**
     * A stored query request with composed objects.
     *
     * @param nameValues parameter names and values, alternating, each value as the slot carries it
     *                   ({@code 'x'} or {@code ('x','y')})
     */
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
