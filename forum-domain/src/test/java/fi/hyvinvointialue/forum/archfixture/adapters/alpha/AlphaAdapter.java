package fi.hyvinvointialue.forum.archfixture.adapters.alpha;

import fi.hyvinvointialue.forum.archfixture.adapters.beta.BetaAdapter;

/** An adapter that calls another adapter: the adapter rule must reject it. */
public final class AlphaAdapter {
  private AlphaAdapter() {}

  public static String name() {
    return "alpha+" + BetaAdapter.name();
  }
}
