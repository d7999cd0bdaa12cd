/**
 * What every rule is made of and returns: the {@link fi.hyvinvointialue.forum.rules.core.Rule} interface, the
 * {@link fi.hyvinvointialue.forum.rules.core.CheckContext} it reads, the
 * {@link fi.hyvinvointialue.forum.rules.core.Finding}s it returns with their messages in Finnish, Swedish and
 * English, and the policy's clause catalogue. The chapter packages ({@code tl1} … {@code tl5}, {@code ke}) build
 * on it; the engine at the package root runs them.
 */
package fi.hyvinvointialue.forum.rules.core;
