package fi.hyvinvointialue.forum.archfixture.cycle.b;

import fi.hyvinvointialue.forum.archfixture.cycle.a.First;

/** The other half of a package cycle. */
public final class Second {
  private Second() {}

  public static int depth() {
    return First.base() + 1;
  }
}
