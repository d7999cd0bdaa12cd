package fi.hyvinvointialue.forum.pages;

/** How the pages link to each other: all links are relative, so a site works wherever it is put. */
public enum LinkStyle {
  /** To the directory, {@code ../sv/}: for a server that answers a directory with its page. */
  DIRECTORIES,
  /** To the file, {@code ../sv/index.html}: for a static site, opened from files too. */
  FILES
}
