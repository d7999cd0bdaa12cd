package fi.hyvinvointialue.forum.archfixture.rules;

import fi.hyvinvointialue.forum.archfixture.adapters.alpha.AlphaAdapter;

/** A rule that reaches into an adapter, which also closes a cycle through the domain fixture's package. */
public final class RuleThatCallsAnAdapter {
  private RuleThatCallsAnAdapter() {}

  public static String check() {
    return AlphaAdapter.name();
  }
}
