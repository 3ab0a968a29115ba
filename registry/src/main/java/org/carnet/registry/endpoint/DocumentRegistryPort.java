package org.carnet.registry.endpoint;

import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_FAILURE;

import java.util.List;
import java.util.function.BiConsumer;

import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;

import org.carnet.common.access.Caller;
import org.carnet.common.access.Callers;
import org.carnet.common.ebrim.RegistryResponses;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.transaction.Transaction;
import org.carnet.common.transaction.TransactionContext;
import org.carnet.common.transaction.Transactions;
import org.carnet.common.validation.Profile;
import org.carnet.registry.delete.DeleteService;
import org.carnet.registry.query.StoredQueryService;
import org.carnet.registry.register.RegisterService;
import org.carnet.wsdl.ihe.DocumentRegistryPortType;
import org.carnet.wsdl.lcm.RemoveObjectsRequest;
import org.carnet.wsdl.lcm.SubmitObjectsRequest;
import org.carnet.wsdl.query.AdhocQueryRequest;
import org.carnet.wsdl.query.AdhocQueryResponse;
import org.carnet.wsdl.rs.RegistryResponseType;

/** The Document Registry's SOAP port: ITI-42, ITI-57, ITI-62, ITI-18 and ITI-51. Adapts and delegates; decides nothing. */
@WebService(serviceName = "DocumentRegistry_Service", portName = "DocumentRegistry_Port_Soap12",
        targetNamespace = "urn:ihe:iti:xds-b:2007", endpointInterface = "org.carnet.wsdl.ihe.DocumentRegistryPortType",
        wsdlLocation = "classpath:wsdl/XDS.b_DocumentRegistry.wsdl")
public class DocumentRegistryPort implements DocumentRegistryPortType {
    private final RegisterService register;
    private final StoredQueryService queries;
    private final DeleteService deletions;
    private final Transactions transactions;

    @Resource
    private WebServiceContext context;

    public DocumentRegistryPort(RegisterService register, StoredQueryService queries, DeleteService deletions,
                                Transactions transactions) {
        this.register = register;
        this.queries = queries;
        this.deletions = deletions;
        this.transactions = transactions;
    }

    @Override
    public RegistryResponseType documentRegistryRegisterDocumentSetB(SubmitObjectsRequest body) {
        return change(Transaction.ITI_42, (caller, tx) -> register.register(body, caller, Profile.ITI_42, tx));
    }

    @Override
    public RegistryResponseType documentRegistryUpdateDocumentSet(SubmitObjectsRequest body) {
        return change(Transaction.ITI_57, (caller, tx) -> register.register(body, caller, Profile.ITI_57, tx));
    }

    @Override
    public RegistryResponseType documentRegistryDeleteDocumentSet(RemoveObjectsRequest body) {
        return change(Transaction.ITI_62, (caller, tx) -> deletions.delete(body, caller, tx));
    }

    /** A transaction that changes the registry and answers a plain RegistryResponse. */
    private RegistryResponseType change(Transaction transaction, BiConsumer<Caller, TransactionContext> work) {
        Caller caller = Callers.of(context);
        return transactions.run(transaction, caller, ErrorCode.REGISTRY_ERROR, tx -> {
            work.accept(caller, tx);
            return RegistryResponses.success(List.of());
        }, failure -> RegistryResponses.failure(failure.errors()));
    }

    @Override
    public AdhocQueryResponse documentRegistryRegistryStoredQuery(AdhocQueryRequest body) {
        return query(Transaction.ITI_18, body);
    }

    @Override
    public AdhocQueryResponse documentRegistryMultiPatientStoredQuery(AdhocQueryRequest body) {
        return query(Transaction.ITI_51, body);
    }

    private AdhocQueryResponse query(Transaction transaction, AdhocQueryRequest body) {
        Caller caller = Callers.of(context);
        return transactions.run(transaction, caller, ErrorCode.REGISTRY_ERROR,
                tx -> queries.query(body, caller, tx),
                failure -> RegistryResponses.fill(new AdhocQueryResponse(), RESPONSE_FAILURE, failure.errors()));
    }
}
