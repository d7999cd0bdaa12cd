/**
 * TL-1: the policy approved by the regional board and in force. Every clause TL-1.n is checked by a rule in this package, which cites it; {@code ApprovalRules} lists
 * them for the engine.
 */
package fi.hyvinvointialue.forum.rules.tl1;
