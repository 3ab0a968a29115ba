package org.carnet.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.carnet.common.policy.DossierOperation;
import org.carnet.common.transaction.Transaction;
import org.carnet.common.transaction.TransactionEvent.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the patient is told each transaction did: (transaction, action, outcome) → code and label. */
class AccessActionTest {

    /** transaction, action named (empty: none), outcome, documents concerned, code, label. */
    @ParameterizedTest(name = "{0} {1} {2} -> {4}")
    @CsvSource(delimiter = '|', value = {
            "ITI_18  |                                |SUCCESS        |0|DOCUMENTS_LISTED     |consulted the list of documents",
            "ITI_51  |                                |SUCCESS        |0|DOCUMENTS_LISTED     |consulted the list of documents",
            "ITI_18  |                                |FAILURE        |0|DOCUMENTS_LISTED     |tried to consult the list of documents",
            "ITI_43  |                                |SUCCESS        |1|DOCUMENT_READ        |read a document",
            "ITI_43  |                                |PARTIAL_SUCCESS|3|DOCUMENT_READ        |read 3 documents",
            "ITI_43  |                                |FAILURE        |1|DOCUMENT_READ        |tried to read a document",
            "ITI_41  |                                |SUCCESS        |2|DOCUMENT_ADDED       |added 2 documents",
            "ITI_42  |                                |SUCCESS        |1|DOCUMENT_ADDED       |added a document",
            "ITI_41  |                                |FAILURE        |0|DOCUMENT_ADDED       |tried to add documents",
            "ITI_57  |                                |SUCCESS        |1|DOCUMENT_UPDATED     |updated the description of a document",
            "ITI_57  |MASK                            |SUCCESS        |1|DOCUMENT_MASKED      |masked a document from professionals",
            "ITI_57  |UNMASK                          |SUCCESS        |1|DOCUMENT_UNMASKED    |unmasked a document",
            "ITI_57  |SET_PATIENT_VISIBILITY          |SUCCESS        |1|DOCUMENT_PATIENT_VISIBILITY_CHANGED|changed whether the patient sees a document",
            "ITI_57  |SET_REPRESENTATIVES_VISIBILITY  |SUCCESS        |1|DOCUMENT_REPRESENTATIVES_VISIBILITY_CHANGED|changed whether the legal representatives see a document",
            "ITI_57  |ARCHIVE                         |SUCCESS        |2|DOCUMENT_ARCHIVED    |archived 2 documents",
            "ITI_57  |UNARCHIVE                       |SUCCESS        |1|DOCUMENT_UNARCHIVED  |took a document out of the archive",
            "ITI_57  |DELETE                          |SUCCESS        |1|DOCUMENT_DELETED     |deleted a document",
            "ITI_57  |DELETE                          |FAILURE        |1|DOCUMENT_DELETED     |tried to delete a document",
            "ITI_57  |SOMETHING_NEW                   |SUCCESS        |1|DOCUMENT_UPDATED     |updated the description of a document",
            "ITI_57  |UPDATE_METADATA                 |SUCCESS        |1|DOCUMENT_UPDATED     |updated the description of a document",
            "ITI_57  |MASK,SET_PATIENT_VISIBILITY     |SUCCESS        |1|DOCUMENT_MASKED      |masked a document from professionals",
            "ITI_62  |                                |SUCCESS        |0|DOCUMENT_REMOVED     |removed documents from the record",
            "ITI_86  |                                |SUCCESS        |1|DOCUMENT_REMOVED     |removed a document from the record",
            "DOSSIER |OPEN                            |SUCCESS        |0|DOSSIER_OPENED       |opened the record",
            "DOSSIER |CLOSE                           |SUCCESS        |0|DOSSIER_CLOSED       |closed the record",
            "DOSSIER |REOPEN                          |SUCCESS        |0|DOSSIER_REOPENED     |reopened the record",
            "DOSSIER |AUTHORISE                       |SUCCESS        |0|PROFESSIONAL_AUTHORISED|authorised a professional on the record",
            "DOSSIER |BLOCK                           |SUCCESS        |0|PROFESSIONAL_BLOCKED |blocked a professional from the record",
            "DOSSIER |UNBLOCK                         |SUCCESS        |0|PROFESSIONAL_UNBLOCKED|unblocked a professional",
            "DOSSIER |DECLARE_MEDECIN_TRAITANT        |SUCCESS        |0|MEDECIN_TRAITANT_DECLARED|became médecin traitant",
            "DOSSIER |STOP_MEDECIN_TRAITANT           |FAILURE        |0|MEDECIN_TRAITANT_STOPPED|tried to stop being médecin traitant",
            "DOSSIER |SET_OPPOSITIONS                 |SUCCESS        |0|OPPOSITIONS_SET      |changed the oppositions to emergency access",
            "DOSSIER |READ_STATE                      |SUCCESS        |0|DOSSIER_CONSULTED    |consulted the record's status",
            "DOSSIER |REMOVE_AUTHORISATION            |SUCCESS        |0|AUTHORISATION_REMOVED|removed a professional's authorisation",
            "DOSSIER |LIST_PROFESSIONALS              |FAILURE        |0|PROFESSIONALS_LISTED |tried to consult the list of professionals",
            "DOSSIER |LIST_NOTIFICATIONS              |SUCCESS        |0|NOTIFICATIONS_READ   |consulted the notifications",
            "DOSSIER |READ_ACCESS_LOG                 |SUCCESS        |0|ACCESS_HISTORY_READ  |consulted the access history",
            "DOSSIER |READ_ACCESS_LOG                 |FAILURE        |0|ACCESS_HISTORY_READ  |tried to consult the access history",
            "DOSSIER |                                |SUCCESS        |0|DOSSIER_CHANGED      |changed the record's settings",
            "ITI_43  |ACCESS_DENIED                   |FAILURE        |1|ACCESS_REFUSED       |was refused access to the record",
            "ITI_18  |ACCESS_DENIED                   |FAILURE        |0|ACCESS_REFUSED       |was refused access to the record",
            "DOSSIER |ACCESS_DENIED                   |FAILURE        |0|ACCESS_REFUSED       |was refused access to the record",
            "ITI_41  |AUTHENTICATION_FAILED           |FAILURE        |0|ACCESS_REFUSED       |was refused access to the record",
    })
    void mapsAndSays(Transaction transaction, String action, Outcome outcome, int documents, AccessAction code,
                     String label) {
        AccessAction mapped = AccessAction.of(transaction, action);

        assertThat(mapped).isEqualTo(code);
        assertThat(mapped.label(outcome, documents)).isEqualTo(label);
    }

    /** Every dossier operation the API audits reads as its own action, not as the catch-all. */
    @Test
    void everyDossierOperationHasItsOwnAction() {
        assertThat(Arrays.stream(DossierOperation.values()).map(DossierOperation::action).distinct()
                .filter(action -> !action.equals("LIST_DOSSIERS_OF_PROFESSIONAL")) // names no dossier
                .map(action -> AccessAction.of(Transaction.DOSSIER, action)))
                .doesNotContain(AccessAction.DOSSIER_CHANGED);
    }

    @Test
    void everyTransactionSaysSomethingAndEveryCodeIsReachable() {
        assertThat(Arrays.stream(Transaction.values()).map(t -> AccessAction.of(t, null))).doesNotContainNull();
        Set<AccessAction> reached = Arrays.stream(AccessActionTest.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("mapsAndSays")).findFirst()
                .map(m -> m.getAnnotation(CsvSource.class)).stream().flatMap(csv -> Arrays.stream(csv.value()))
                .map(row -> AccessAction.valueOf(row.split("\\|")[4].trim())).collect(Collectors.toSet());
        assertThat(reached).isEqualTo(EnumSet.allOf(AccessAction.class));
    }
}
