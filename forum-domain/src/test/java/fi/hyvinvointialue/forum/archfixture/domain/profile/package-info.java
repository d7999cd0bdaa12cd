/** A profile whose period a page turns into a date itself. */
package fi.hyvinvointialue.forum.archfixture.domain.profile;
