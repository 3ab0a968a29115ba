package org.carnet.registry.access;

import static org.carnet.common.vocabulary.Vocabulary.STATUS_DMP_DELETED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.carnet.common.access.Caller;
import org.carnet.common.access.ConsultScope;
import org.carnet.common.metadata.Code;
import org.carnet.common.policy.AccessDecider;
import org.carnet.common.policy.Actor;
import org.carnet.common.policy.Confidentiality;
import org.carnet.common.policy.DocumentFacts;
import org.carnet.common.policy.DossierFacts;
import org.carnet.common.policy.Operation;
import org.carnet.common.policy.PolicyCodes;
import org.carnet.registry.access.VisibilityFact.Condition;

/**
 * A caller's consult scope: the decider's FIND decision for every combination of the dossier and document facts,
 * compiled to SQL by {@link ScopeCompiler}, restricted to the dossier a VIHF names, never showing a logically
 * deleted document (TD3.3c).
 */
final class ConsultScopes {
    private static final List<VisibilityFact> DOSSIER_FACTS = Arrays.stream(VisibilityFact.values())
            .filter(VisibilityFact::isDossierFact).toList();
    private static final List<VisibilityFact> ALL_FACTS = List.of(VisibilityFact.values());
    /** Stands for a document's type and class codes where the decision does not read them (FIND). */
    private static final Code ANY_CODE = new Code("*", PolicyCodes.CLASS_CODE_SYSTEM, (String) null);

    private ConsultScopes() {
    }

    /**
     * The FIND decision for every combination of dossier and document facts, as SQL: the dossiers the caller may
     * search, and within them the documents the caller may find. A logically deleted document (TD3.3c) is never
     * returned again, whoever asks.
     */
    static ConsultScope of(AccessDecider decider, Caller caller) {
        Actor actor = caller.actor();
        Condition dossier = ScopeCompiler.compile(DOSSIER_FACTS, facts -> decider.decide(actor, caller.mode(),
                dossierFacts(facts), null, Operation.FIND).allowed(), actor);
        Condition document = ScopeCompiler.compile(ALL_FACTS, facts -> decider.decide(actor, caller.mode(),
                dossierFacts(facts), documentFacts(facts, actor), Operation.FIND).allowed(), actor);
        List<Object> documentBinds = new ArrayList<>(document.binds());
        documentBinds.add(STATUS_DMP_DELETED);
        String documentSql = "(" + document.sql().replace(ConsultScope.PATIENT, "d.patient_key")
                + ") AND d.status <> ?";
        String dossierSql = dossier.sql();
        List<Object> dossierBinds = new ArrayList<>(dossier.binds());
        if (caller.dossierKey() != null) {
            documentSql += " AND d.patient_key = ?";
            documentBinds.add(caller.dossierKey());
            dossierSql = "(" + dossierSql + ") AND " + ConsultScope.PATIENT + " = ?";
            dossierBinds.add(caller.dossierKey());
        }
        return new ConsultScope(documentSql, documentBinds, dossierSql, dossierBinds);
    }

    private static DossierFacts dossierFacts(Set<VisibilityFact> facts) {
        return new DossierFacts(facts.contains(VisibilityFact.OPEN) ? DossierFacts.Status.OPEN
                : DossierFacts.Status.CLOSED, facts.contains(VisibilityFact.AUTHORISED),
                facts.contains(VisibilityFact.BLOCKED), facts.contains(VisibilityFact.MEDECIN_TRAITANT),
                facts.contains(VisibilityFact.OPPOSES_BRIS_DE_GLACE), facts.contains(VisibilityFact.OPPOSES_CENTRE_15),
                facts.contains(VisibilityFact.EMERGENCY_MAY_SEE_MASKED));
    }

    /** A document with these facts; its codes do not matter to FIND (the matrix governs reading). */
    private static DocumentFacts documentFacts(Set<VisibilityFact> facts, Actor actor) {
        Set<Confidentiality> codes = new HashSet<>();
        if (facts.contains(VisibilityFact.MASKED)) {
            codes.add(Confidentiality.MASQUE_PS);
        }
        if (facts.contains(VisibilityFact.INVISIBLE_TO_PATIENT)) {
            codes.add(Confidentiality.INVISIBLE_PATIENT);
        }
        if (facts.contains(VisibilityFact.INVISIBLE_TO_REPRESENTATIVES)) {
            codes.add(Confidentiality.INVISIBLE_REPRESENTANTS_LEGAUX);
        }
        boolean own = facts.contains(VisibilityFact.AUTHORED_BY_CALLER);
        return new DocumentFacts(ANY_CODE, ANY_CODE, codes, own ? actor.nationalId() : null,
                own ? actor.structureId() : null, false);
    }
}
