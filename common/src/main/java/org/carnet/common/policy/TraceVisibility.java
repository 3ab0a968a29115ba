package org.carnet.common.policy;

import java.util.Objects;

import org.carnet.common.access.Caller;
import org.carnet.common.metadata.Cx;

/**
 * Which traces of a dossier's access history a reader may see, as dmp-reference 5 states it: "The patient sees
 * the activity history (actor type, actor name, date, action). A médecin traitant sees all traces; other
 * professionals their own." Pure: the caller finds out whether the reader is a médecin traitant of the dossier.
 */
public final class TraceVisibility {

    /** How much of the history a reader sees. */
    public enum Scope {
        /** Every trace of the dossier. */
        ALL,
        /** Only the traces of what the reader did themself. */
        OWN,
        /** Nothing: the reader is refused. */
        NONE
    }

    /** The rule that decided, with the line of {@code dmp-reference.md} it applies. */
    public enum Rule {
        PATIENT_SEES_HISTORY(Scope.ALL, "§5: the patient sees the activity history of their dossier"),
        OTHER_PATIENTS_HISTORY(Scope.NONE, "§5: a patient sees the history of their own dossier only [inferred]"),
        MEDECIN_TRAITANT_SEES_ALL_TRACES(Scope.ALL, "§5: a médecin traitant sees all traces"),
        PROFESSIONAL_SEES_OWN_TRACES(Scope.OWN, "§5: other professionals see their own traces; a structure "
                + "certificate or a secretary's card is not the médecin traitant in person [inferred]"),
        SYSTEM_SEES_ALL_TRACES(Scope.ALL, "[inferred] a system actor configured on the node (an operator's audit "
                + "tool) is outside the per-person rules, as DmpRule.SYSTEM_ACTOR says of §3"),
        REPRESENTATIVE_NOT_LINKED(Scope.NONE, "[inferred] §5 names the patient; the node does not record whom a legal "
                + "representative acts for, so it cannot tell their dossier from another's"),
        CREDENTIAL_FOR_ANOTHER_DOSSIER(Scope.NONE, "§2: a VIHF opens the one dossier its resource-id names, so a "
                + "credential bound to another dossier reads none of this one's history [inferred]");

        private final Scope scope;
        private final String citation;

        Rule(Scope scope, String citation) {
            this.scope = scope;
            this.citation = citation;
        }

        public Scope scope() {
            return scope;
        }

        public String citation() {
            return citation;
        }
    }

    /**
     * The answer.
     *
     * @param rule    the rule that decided
     * @param actorId for {@link Scope#OWN}, the actor id whose traces the reader sees; null otherwise
     */
    public record Decision(Rule rule, String actorId) {
        public Decision {
            Objects.requireNonNull(rule, "rule");
            if ((rule.scope() == Scope.OWN) != (actorId != null)) {
                throw new IllegalArgumentException("an actor id goes with the OWN scope, and only with it");
            }
        }

        public Scope scope() {
            return rule.scope();
        }

        public boolean allowed() {
            return rule.scope() != Scope.NONE;
        }
    }

    private TraceVisibility() {
    }

    /**
     * Decides for a caller as {@link #decide(Actor, String, boolean)}; a reader it lets in whose credential is bound
     * to another dossier ({@link Caller#dossierKey()}) is refused all the same.
     */
    public static Decision decide(Caller reader, String dossierPatientKey, boolean readerIsMedecinTraitant) {
        Objects.requireNonNull(reader, "reader");
        Decision byActor = decide(reader.actor(), dossierPatientKey, readerIsMedecinTraitant);
        if (byActor.allowed() && reader.dossierKey() != null && !samePatient(reader.dossierKey(), dossierPatientKey)) {
            return new Decision(Rule.CREDENTIAL_FOR_ANOTHER_DOSSIER, null);
        }
        return byActor;
    }

    /**
     * @param reader                  who asks to read the history
     * @param dossierPatientKey       the dossier's patient ({@link Cx#key()})
     * @param readerIsMedecinTraitant whether the reader is a médecin traitant DMP of this dossier
     */
    public static Decision decide(Actor reader, String dossierPatientKey, boolean readerIsMedecinTraitant) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(dossierPatientKey, "dossierPatientKey");
        return switch (reader.kind()) {
            case PATIENT -> new Decision(samePatient(reader.nationalId(), dossierPatientKey)
                    ? Rule.PATIENT_SEES_HISTORY : Rule.OTHER_PATIENTS_HISTORY, null);
            case LEGAL_REPRESENTATIVE -> new Decision(Rule.REPRESENTATIVE_NOT_LINKED, null);
            case SYSTEM -> new Decision(Rule.SYSTEM_SEES_ALL_TRACES, null);
            case PROFESSIONAL -> readerIsMedecinTraitant && reader.isIdentifiedProfessional()
                    ? new Decision(Rule.MEDECIN_TRAITANT_SEES_ALL_TRACES, null)
                    : new Decision(Rule.PROFESSIONAL_SEES_OWN_TRACES, reader.nationalId());
        };
    }

    /** The patient's id may be written in the DMP form ({@code ...^NH}) or the plain XDS one: compare keys. */
    private static boolean samePatient(String patientId, String dossierPatientKey) {
        Cx cx = new Cx(patientId);
        return cx.isValid() && cx.key().equals(new Cx(dossierPatientKey).key());
    }
}
