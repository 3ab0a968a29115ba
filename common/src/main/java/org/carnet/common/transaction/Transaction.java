package org.carnet.common.transaction;

import java.util.Arrays;
import java.util.Optional;

/** The transactions a Carnet node serves, with their IHE names. */
public enum Transaction {
    ITI_18("ITI-18", "Registry Stored Query", "urn:ihe:iti:2007:RegistryStoredQuery"),
    ITI_41("ITI-41", "Provide and Register Document Set-b", "urn:ihe:iti:2007:ProvideAndRegisterDocumentSet-b"),
    ITI_42("ITI-42", "Register Document Set-b", "urn:ihe:iti:2007:RegisterDocumentSet-b"),
    ITI_43("ITI-43", "Retrieve Document Set", "urn:ihe:iti:2007:RetrieveDocumentSet"),
    ITI_51("ITI-51", "Multi-Patient Stored Query", "urn:ihe:iti:2009:MultiPatientStoredQuery"),
    ITI_57("ITI-57", "Update Document Set", "urn:ihe:iti:2010:UpdateDocumentSet"),
    ITI_62("ITI-62", "Delete Document Set", "urn:ihe:iti:2010:DeleteDocumentSet"),
    ITI_86("ITI-86", "Remove Documents", "urn:ihe:iti:2017:RemoveDocuments"),
    DOSSIER("DOSSIER", "Dossier management", null);

    private final String code;
    private final String displayName;
    private final String action;

    Transaction(String code, String displayName, String action) {
        this.code = code;
        this.displayName = displayName;
        this.action = action;
    }

    /** The transaction a SOAP request's WS-Addressing action asks for (ITI TF-2). */
    public static Optional<Transaction> ofAction(String action) {
        return Arrays.stream(values()).filter(t -> t.action != null && t.action.equals(action)).findFirst();
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }
}
