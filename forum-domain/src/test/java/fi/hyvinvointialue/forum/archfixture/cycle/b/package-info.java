/** Half of a cycle. */
package fi.hyvinvointialue.forum.archfixture.cycle.b;
