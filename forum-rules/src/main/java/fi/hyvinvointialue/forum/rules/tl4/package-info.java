/**
 * TL-4: how a forum is held: materials, number of forums, announcements, remote access, feedback, recording, memo. Every clause TL-4.n is checked by a rule in this package, which cites it; {@code ConductRules} lists
 * them for the engine.
 */
package fi.hyvinvointialue.forum.rules.tl4;
