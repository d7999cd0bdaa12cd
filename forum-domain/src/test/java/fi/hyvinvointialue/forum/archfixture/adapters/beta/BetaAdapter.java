package fi.hyvinvointialue.forum.archfixture.adapters.beta;

/** The adapter {@code alpha} wrongly depends on. */
public final class BetaAdapter {
  private BetaAdapter() {}

  public static String name() {
    return "beta";
  }
}
