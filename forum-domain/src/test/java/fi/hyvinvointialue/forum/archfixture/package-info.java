/**
 * Classes that break the hexagon on purpose, so the architecture tests show their rules failing.
 * Nothing outside the architecture tests uses them.
 */
package fi.hyvinvointialue.forum.archfixture;
