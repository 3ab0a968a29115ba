/**
 * The DMP access decision, as a pure function of facts: who asks ({@link org.carnet.common.policy.Actor}),
 * in which mode ({@link org.carnet.common.policy.AccessMode}), about which dossier
 * ({@link org.carnet.common.policy.DossierFacts}) and document ({@link org.carnet.common.policy.DocumentFacts}),
 * to do what ({@link org.carnet.common.policy.Operation}). {@link org.carnet.common.policy.AccessDecider}
 * answers a {@link org.carnet.common.policy.Decision} naming the {@link org.carnet.common.policy.DmpRule} that
 * decided. No database, no SOAP: callers gather the facts, this package applies the rules of
 * {@code dmp-reference.md} section 3 (who is calling: section 2).
 */
package org.carnet.common.policy;
