/**
 * TL-5: communication: the channels and the regional partners. Every clause TL-5.n is checked by a rule in this package, which cites it; {@code CommunicationRules} lists
 * them for the engine.
 */
package fi.hyvinvointialue.forum.rules.tl5;
