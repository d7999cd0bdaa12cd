/** Adapters that see each other. */
package fi.hyvinvointialue.forum.archfixture.adapters;
