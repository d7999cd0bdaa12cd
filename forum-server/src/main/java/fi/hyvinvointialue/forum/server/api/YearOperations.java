package fi.hyvinvointialue.forum.server.api;

import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.port.ApiToken;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.port.VersionConflict;
import fi.hyvinvointialue.forum.rules.PolicyCheck;
import fi.hyvinvointialue.forum.secretariat.Outcome;
import fi.hyvinvointialue.forum.secretariat.Refusal;
import fi.hyvinvointialue.forum.secretariat.Secretariat;
import fi.hyvinvointialue.forum.server.api.Operations.Basis;
import fi.hyvinvointialue.forum.server.api.Operations.Operation;
import io.javalin.http.Context;
import java.time.Clock;

/**
 * The secretariat's operations over HTTP: a SECRETARY token of the county, {@code If-Match} naming the version the
 * step is based on and an {@code Idempotency-Key} as the request's id. The step is the {@link Secretariat}'s, on
 * the stored year with its own profile; the answer is what it stored, with the policy's findings. A refusal is a
 * problem with the refusal's reason and clause: 422 for the policy's, 409 for the record's state.
 */
final class YearOperations {
  private final ForumYears store;
  private final YearRecord record;
  private final Access access;
  private final PlanBodies bodies;
  private final Clock clock;
  private final PolicyCheck policyCheck = PolicyCheck.standard();

  YearOperations(ForumYears store, YearRecord record, Access access, PlanBodies bodies, Clock clock) {
    this.store = store;
    this.record = record;
    this.access = access;
    this.bodies = bodies;
    this.clock = clock;
  }

  <B> void perform(Operation<B> operation, Context ctx) {
    YearKey key = record.key(ctx);
    ApiToken token = access.secretary(ctx, key.countyId());
    if (ctx.header("If-None-Match") != null) {
      throw Problem.badRequest("an operation changes a stored year: send If-Match with its ETag, not If-None-Match");
    }
    long expected = Preconditions.expectedVersion(ctx.header("If-Match"), null);
    String requestId = YearRecord.idempotencyKey(ctx.header("Idempotency-Key")).orElseThrow(() -> Problem.badRequest(
        "an operation needs an Idempotency-Key (a new one per change, such as a UUID): a retry with it is applied once"));
    String eventId = operation.onAnEvent() ? ctx.pathParam("event") : "";
    B body = bodies.read(ctx, operation.body());
    StoredYear current = store.find(key)
        .orElseThrow(() -> Problem.notFound("no version of this year is stored: create it first with PUT and If-None-Match: *"));
    if (!current.profile().county().id().equals(key.countyId())) {
      throw new Problem(409, "state-conflict", "The record's state rules the step out",
          "the year is stored with the profile of " + current.profile().county().id());
    }
    Secretariat secretariat = new Secretariat(store, policyCheck, current.profile(), clock);
    Outcome outcome;
    try {
      outcome = operation.step().take(secretariat, body, new Basis(key.year(), expected, YearRecord.actor(token), requestId, eventId));
    } catch (Refusal refusal) {
      throw problem(refusal);
    } catch (VersionConflict conflict) {
      throw Problem.stale("version " + expected + " is no longer the current one (version " + conflict.actualVersion()
          + " is): read the year again and decide whether the step still applies", conflict.actualVersion());
    }
    record.sendStored(ctx, outcome.stored(), 200);
  }

  /** A refusal as a problem: its status by its kind, with its reason, subject and clause. */
  static Problem problem(Refusal refusal) {
    Problem problem = switch (refusal.reason().kind()) {
      case INVALID -> new Problem(422, "invalid-request", "The request cannot be done as asked", refusal.getMessage());
      case NOT_FOUND -> new Problem(404, "not-found", "Not found", refusal.getMessage());
      case STATE -> new Problem(409, "state-conflict", "The record's state rules the step out", refusal.getMessage());
      case POLICY -> new Problem(422, "refused-by-policy", "The policy rules the step out", refusal.getMessage());
    };
    problem.with("reason", refusal.reason().name()).with("subject", refusal.subject());
    refusal.clauseId().ifPresent(clause -> problem.with("clauseId", clause));
    return problem;
  }
}
