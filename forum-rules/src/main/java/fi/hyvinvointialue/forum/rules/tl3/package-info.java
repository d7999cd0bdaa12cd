/**
 * TL-3: preparation: the county convenes, the annual clock, the working group, open participation. Every clause TL-3.n is checked by a rule in this package, which cites it; {@code PreparationRules} lists
 * them for the engine.
 */
package fi.hyvinvointialue.forum.rules.tl3;
