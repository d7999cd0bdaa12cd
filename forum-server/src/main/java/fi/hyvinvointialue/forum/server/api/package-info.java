/**
 * The HTTP API under {@code /api/v1/}, described by the OpenAPI 3.1 document {@code openapi.json} beside
 * these classes and served at {@code /openapi.json}: the policy check of a plan, a county's year with its
 * versions and differences, the changes since a moment, and storing a whole year with {@code If-Match} or
 * {@code If-None-Match: *} and an {@code Idempotency-Key}, so that no update is ever lost. One public entry,
 * {@link fi.hyvinvointialue.forum.server.api.ApiRoutes}, which the server registers; every error is an
 * RFC 9457 problem, never a stack trace.
 */
package fi.hyvinvointialue.forum.server.api;
