/** The adapter seen by another. */
package fi.hyvinvointialue.forum.archfixture.adapters.beta;
