/**
 * TL-2: the forum's purpose and aims: regular dialogue, strategic goals, no single procurements. Every clause TL-2.n is checked by a rule in this package, which cites it; {@code PurposeRules} lists
 * them for the engine.
 */
package fi.hyvinvointialue.forum.rules.tl2;
