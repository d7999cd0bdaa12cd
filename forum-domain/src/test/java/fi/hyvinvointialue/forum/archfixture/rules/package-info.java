/** Rules that see an adapter. */
package fi.hyvinvointialue.forum.archfixture.rules;
