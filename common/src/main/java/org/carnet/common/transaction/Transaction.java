package org.carnet.common.transaction;

/** The transactions a Carnet node serves, with their IHE names. */
public enum Transaction {
    ITI_18("ITI-18", "Registry Stored Query"),
    ITI_41("ITI-41", "Provide and Register Document Set-b"),
    ITI_42("ITI-42", "Register Document Set-b"),
    ITI_43("ITI-43", "Retrieve Document Set"),
    ITI_51("ITI-51", "Multi-Patient Stored Query"),
    ITI_57("ITI-57", "Update Document Set"),
    ITI_62("ITI-62", "Delete Document Set"),
    ITI_86("ITI-86", "Remove Documents"),
    DOSSIER("DOSSIER", "Dossier management");

    private final String code;
    private final String displayName;

    Transaction(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }
}
