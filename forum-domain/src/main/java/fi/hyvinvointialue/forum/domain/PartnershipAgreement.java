package fi.hyvinvointialue.forum.domain;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** The written partnership agreement of the proposal (KE-4) and the vitality pledge (KE-5). */
@Value.Immutable
@ForumStyle
public interface PartnershipAgreement {
  String title();

  /** Agreed in writing, not only orally. */
  boolean written();

  ImmutableList<String> sharedGoals();

  ImmutableList<Organisation> parties();

  ImmutableList<Signature> signatures();

  Optional<VitalityPledge> vitalityPledge();

  @Value.Check
  default void check() {
    Checks.uniqueIds(parties(), Organisation::name, "agreement.parties");
    Set<String> names = parties().stream().map(Organisation::name).collect(Collectors.toSet());
    signatures().forEach(signature -> Checks.references(names, signature.party(), "agreement.signatures.party"));
    vitalityPledge()
        .ifPresent(pledge -> pledge.parties().forEach(party -> Checks.references(names, party, "agreement.vitalityPledge.parties")));
  }
}
