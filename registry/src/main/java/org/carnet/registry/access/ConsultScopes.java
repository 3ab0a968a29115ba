package org.carnet.registry.access;

import static org.carnet.common.vocabulary.Vocabulary.STATUS_DMP_DELETED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carnet.common.access.AccessMode;
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
 *
 * <p>Compiling asks the decider 2^11 times (about 0.3 ms, a tenth of a FindDocuments), and the answer depends only
 * on the actor and the access mode, so the compiled conditions are kept for the {@value #CACHED} most recently
 * seen; the decider does not change while the node runs.
 */
final class ConsultScopes {
    static final int CACHED = 10_000;
    private static final List<VisibilityFact> DOSSIER_FACTS = Arrays.stream(VisibilityFact.values())
            .filter(VisibilityFact::isDossierFact).toList();
    private static final List<VisibilityFact> ALL_FACTS = List.of(VisibilityFact.values());
    /** Stands for a document's type and class codes where the decision does not read them (FIND). */
    private static final Code ANY_CODE = new Code("*", PolicyCodes.CLASS_CODE_SYSTEM, (String) null);

    /** What compiling gives for one actor in one mode. */
    record Compiled(Condition dossier, Condition document) {
    }

    private record Key(Actor actor, AccessMode mode) {
    }

    private final AccessDecider decider;
    private final Map<Key, Compiled> cache;

    ConsultScopes(AccessDecider decider) {
        this(decider, CACHED);
    }

    ConsultScopes(AccessDecider decider, int capacity) {
        this.decider = decider;
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Compiled> eldest) {
                return size() > capacity;
            }
        });
    }

    /**
     * The FIND decision for every combination of dossier and document facts, as SQL: the dossiers the caller may
     * search, and within them the documents the caller may find. A logically deleted document (TD3.3c) is never
     * returned again, whoever asks.
     */
    ConsultScope of(Caller caller) {
        Compiled compiled = compiled(caller.actor(), caller.mode());
        Condition dossier = compiled.dossier();
        Condition document = compiled.document();
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

    /** Compiled once per actor and mode while it stays among the most recently seen. */
    Compiled compiled(Actor actor, AccessMode mode) {
        Key key = new Key(actor, mode);
        Compiled compiled = cache.get(key);
        if (compiled == null) {
            // compiled outside the map's lock: two callers may both compile, to the same result
            compiled = new Compiled(
                    ScopeCompiler.compile(DOSSIER_FACTS, facts -> decider.decide(actor, mode, dossierFacts(facts), null,
                            Operation.FIND).allowed(), actor),
                    ScopeCompiler.compile(ALL_FACTS, facts -> decider.decide(actor, mode, dossierFacts(facts),
                            documentFacts(facts, actor), Operation.FIND).allowed(), actor));
            cache.put(key, compiled);
        }
        return compiled;
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
