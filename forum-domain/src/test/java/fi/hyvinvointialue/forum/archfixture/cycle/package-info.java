/** Two packages that depend on each other. */
package fi.hyvinvointialue.forum.archfixture.cycle;
