/** An adapter that sees another. */
package fi.hyvinvointialue.forum.archfixture.adapters.alpha;
