/** Pages that read the profile's periods themselves. */
package fi.hyvinvointialue.forum.archfixture.pages;
