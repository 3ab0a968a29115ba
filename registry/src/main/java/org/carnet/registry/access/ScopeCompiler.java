package org.carnet.registry.access;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.carnet.common.policy.Actor;
import org.carnet.registry.access.VisibilityFact.Condition;

/**
 * Turns an access decision into an SQL condition, so that the decision is written once (in the policy's
 * {@code AccessDecider}) and a query never reads what the caller may not see. The decision is asked for every
 * combination of the facts that vary between dossiers and documents (Shannon expansion, at most 2^11 cheap
 * calls); where both values of a fact give the same answer the fact is dropped, so the SQL keeps only the facts
 * the caller's decision depends on (a system actor's scope is "the dossier is open", nothing more).
 */
final class ScopeCompiler {

    /** A decision tree over the facts: a constant, or a test with its two outcomes. */
    private sealed interface Node permits Constant, Test {
    }

    private record Constant(boolean value) implements Node {
    }

    private record Test(VisibilityFact fact, Node whenTrue, Node whenFalse) implements Node {
    }

    private static final Node TRUE = new Constant(true);
    private static final Node FALSE = new Constant(false);

    private ScopeCompiler() {
    }

    /** The condition true exactly for the combinations of {@code facts} that {@code allowed} accepts. */
    static Condition compile(List<VisibilityFact> facts, Predicate<Set<VisibilityFact>> allowed, Actor actor) {
        Node tree = expand(facts, 0, EnumSet.noneOf(VisibilityFact.class), allowed);
        List<Object> binds = new ArrayList<>();
        String sql = render(tree, actor, binds);
        return new Condition(sql, binds);
    }

    private static Node expand(List<VisibilityFact> facts, int index, EnumSet<VisibilityFact> holding,
                               Predicate<Set<VisibilityFact>> allowed) {
        if (index == facts.size()) {
            return allowed.test(holding) ? TRUE : FALSE;
        }
        VisibilityFact fact = facts.get(index);
        EnumSet<VisibilityFact> with = EnumSet.copyOf(holding);
        with.add(fact);
        Node whenTrue = expand(facts, index + 1, with, allowed);
        Node whenFalse = expand(facts, index + 1, holding, allowed);
        return whenTrue.equals(whenFalse) ? whenTrue : new Test(fact, whenTrue, whenFalse);
    }

    private static String render(Node node, Actor actor, List<Object> binds) {
        if (node instanceof Constant c) {
            return c.value() ? "1=1" : "1=0";
        }
        Test test = (Test) node;
        Condition fact = test.fact().condition(actor);
        String p = fact.sql();
        if (test.whenTrue().equals(TRUE) && test.whenFalse().equals(FALSE)) {
            binds.addAll(fact.binds());
            return p;
        }
        if (test.whenTrue().equals(FALSE) && test.whenFalse().equals(TRUE)) {
            binds.addAll(fact.binds());
            return "NOT " + p;
        }
        if (test.whenTrue().equals(TRUE)) {
            binds.addAll(fact.binds());
            return "(" + p + " OR " + render(test.whenFalse(), actor, binds) + ")";
        }
        if (test.whenFalse().equals(TRUE)) {
            binds.addAll(fact.binds());
            return "(NOT " + p + " OR " + render(test.whenTrue(), actor, binds) + ")";
        }
        if (test.whenTrue().equals(FALSE)) {
            binds.addAll(fact.binds());
            return "(NOT " + p + " AND " + render(test.whenFalse(), actor, binds) + ")";
        }
        if (test.whenFalse().equals(FALSE)) {
            binds.addAll(fact.binds());
            return "(" + p + " AND " + render(test.whenTrue(), actor, binds) + ")";
        }
        binds.addAll(fact.binds());
        String whenTrue = render(test.whenTrue(), actor, binds);
        binds.addAll(fact.binds());
        String whenFalse = render(test.whenFalse(), actor, binds);
        return "((" + p + " AND " + whenTrue + ") OR (NOT " + p + " AND " + whenFalse + "))";
    }
}
