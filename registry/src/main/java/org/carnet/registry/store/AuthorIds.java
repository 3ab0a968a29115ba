package org.carnet.registry.store;

/**
 * The identifiers the access rules compare with the caller's VIHF (dmp-reference 3, masking and managing: the
 * author and the author's structure): the id of an authorPerson XCN (component 1, the RPPS/ADELI as in the
 * VIHF NameID) and of an authorInstitution XON (component 10, as in the VIHF Identifiant_Structure).
 */
final class AuthorIds {
    private AuthorIds() {
    }

    /** XCN.1, or null when the person has no id. */
    static String personId(String xcn) {
        return component(xcn, 0);
    }

    /** XON.10, or null when the organisation has no id. */
    static String structureId(String xon) {
        return component(xon, 9);
    }

    private static String component(String value, int index) {
        if (value == null) {
            return null;
        }
        String[] components = value.split("\\^", -1);
        if (components.length <= index || components[index].isBlank()) {
            return null;
        }
        return components[index].trim();
    }
}
