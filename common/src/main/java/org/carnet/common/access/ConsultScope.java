package org.carnet.common.access;

import java.util.List;
import java.util.Objects;

/**
 * What a caller may see, as SQL conditions with bind values only:
 * <ul>
 *   <li>{@code documentCondition} over the registry's {@code document_entry} table (alias {@code d}): the
 *       document entries the caller may find;
 *   <li>{@code dossierCondition}, written over the placeholder {@value #PATIENT}: the dossiers in which the
 *       caller may find anything at all (their submission sets, folders and associations).
 * </ul>
 * {@link #ALL} restricts nothing.
 */
public record ConsultScope(String documentCondition, List<Object> binds, String dossierCondition,
                           List<Object> dossierBinds) {

    /** Stands for the patient key column in {@link #dossierCondition()}. */
    public static final String PATIENT = "{patient}";

    public static final ConsultScope ALL = new ConsultScope("1=1", List.of(), "1=1", List.of());

    public ConsultScope {
        Objects.requireNonNull(documentCondition, "documentCondition");
        Objects.requireNonNull(dossierCondition, "dossierCondition");
        binds = List.copyOf(binds);
        dossierBinds = List.copyOf(dossierBinds);
        if (documentCondition.indexOf('\'') >= 0 || dossierCondition.indexOf('\'') >= 0) {
            throw new IllegalArgumentException("a consult scope binds its values; it never inlines literals");
        }
    }

    /** The dossier condition over the given patient key column. */
    public String dossierCondition(String patientKeyColumn) {
        return dossierCondition.replace(PATIENT, patientKeyColumn);
    }
}
