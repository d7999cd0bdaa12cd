/**
 * KE: the strategic partnership proposal, checked only where the profile adopts its clauses. Every clause KE-n is checked by a rule in this package, which cites it; {@code PartnershipRules} lists
 * them for the engine.
 */
package fi.hyvinvointialue.forum.rules.ke;
