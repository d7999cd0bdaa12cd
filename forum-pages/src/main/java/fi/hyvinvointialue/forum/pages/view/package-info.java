/**
 * What the county's pages show, laid out for the templates: plain records of texts already
 * chosen in the page's language, formatted and stripped of personal data by
 * {@link fi.hyvinvointialue.forum.pages.CountySite}. The templates under {@code src/main/jte} read
 * only these, so what a page may show is decided in Java, where it is tested.
 */
package fi.hyvinvointialue.forum.pages.view;
