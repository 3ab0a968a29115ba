package org.carnet.repository.endpoint;

import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_FAILURE;
import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_PARTIAL_SUCCESS;
import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_SUCCESS;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;

import org.carnet.common.access.Caller;
import org.carnet.common.access.Callers;
import org.carnet.common.ebrim.RegistryResponses;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.transaction.Transaction;
import org.carnet.common.transaction.TransactionEvent.Outcome;
import org.carnet.common.transaction.Transactions;
import org.carnet.repository.provide.ProvideAndRegisterService;
import org.carnet.repository.remove.RemoveService;
import org.carnet.repository.retrieve.RetrieveService;
import org.carnet.wsdl.ihe.DocumentRepositoryPortType;
import org.carnet.wsdl.ihe.DocumentRequestType;
import org.carnet.wsdl.ihe.ProvideAndRegisterDocumentSetRequestType;
import org.carnet.wsdl.ihe.RetrieveDocumentSetRequestType;
import org.carnet.wsdl.ihe.RetrieveDocumentSetResponseType;
import org.carnet.wsdl.rs.RegistryError;
import org.carnet.wsdl.rs.RegistryResponseType;

/** The Document Repository's SOAP port: ITI-41, ITI-43 and ITI-86. Adapts and delegates; decides nothing. */
@WebService(serviceName = "DocumentRepository_Service", portName = "DocumentRepository_Port_Soap12",
        targetNamespace = "urn:ihe:iti:xds-b:2007",
        endpointInterface = "org.carnet.wsdl.ihe.DocumentRepositoryPortType",
        wsdlLocation = "classpath:wsdl/XDS.b_DocumentRepository.wsdl")
public class DocumentRepositoryPort implements DocumentRepositoryPortType {
    private final ProvideAndRegisterService provide;
    private final RetrieveService retrieve;
    private final RemoveService remove;
    private final Transactions transactions;

    @Resource
    private WebServiceContext context;

    public DocumentRepositoryPort(ProvideAndRegisterService provide, RetrieveService retrieve, RemoveService remove,
                                  Transactions transactions) {
        this.provide = provide;
        this.retrieve = retrieve;
        this.remove = remove;
        this.transactions = transactions;
    }

    @Override
    public RegistryResponseType documentRepositoryProvideAndRegisterDocumentSetB(
            ProvideAndRegisterDocumentSetRequestType body) {
        Caller caller = Callers.of(context);
        return transactions.run(Transaction.ITI_41, caller, ErrorCode.REPOSITORY_ERROR, tx -> {
            provide.provide(body, caller, tx);
            return RegistryResponses.success(List.of());
        }, failure -> RegistryResponses.failure(failure.errors()));
    }

    @Override
    public RetrieveDocumentSetResponseType documentRepositoryRetrieveDocumentSet(RetrieveDocumentSetRequestType body) {
        Caller caller = Callers.of(context);
        return transactions.run(Transaction.ITI_43, caller, ErrorCode.REPOSITORY_ERROR, tx -> {
            body.getDocumentRequest().stream().map(DocumentRequestType::getDocumentUniqueId).forEach(tx::document);
            RetrieveDocumentSetResponseType response = retrieve.retrieve(body, caller);
            RegistryResponseType status = response.getRegistryResponse();
            tx.outcome(outcome(status.getStatus()), codes(status));
            return response;
        }, failure -> {
            RetrieveDocumentSetResponseType response = new RetrieveDocumentSetResponseType();
            response.setRegistryResponse(RegistryResponses.failure(failure.errors()));
            return response;
        });
    }

    @Override
    public RegistryResponseType documentRepositoryRemoveDocuments(RetrieveDocumentSetRequestType body) {
        Caller caller = Callers.of(context);
        return transactions.run(Transaction.ITI_86, caller, ErrorCode.REPOSITORY_ERROR, tx -> {
            body.getDocumentRequest().stream().map(DocumentRequestType::getDocumentUniqueId).forEach(tx::document);
            RegistryResponseType response = remove.remove(body, caller);
            tx.outcome(outcome(response.getStatus()), codes(response));
            return response;
        }, failure -> RegistryResponses.failure(failure.errors()));
    }

    private static List<String> codes(RegistryResponseType status) {
        return status.getRegistryErrorList() == null ? List.of()
                : status.getRegistryErrorList().getRegistryError().stream().map(RegistryError::getErrorCode)
                .distinct().toList();
    }

    private static Outcome outcome(String status) {
        return switch (status) {
            case RESPONSE_SUCCESS -> Outcome.SUCCESS;
            case RESPONSE_PARTIAL_SUCCESS -> Outcome.PARTIAL_SUCCESS;
            case RESPONSE_FAILURE -> Outcome.FAILURE;
            default -> throw new IllegalStateException("unknown response status " + status);
        };
    }
}
