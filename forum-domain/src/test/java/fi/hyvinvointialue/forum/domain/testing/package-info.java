/**
 * Test support shared through the test-jar: sample years, generators, the storage contract suite
 * and the architecture rules.
 */
package fi.hyvinvointialue.forum.domain.testing;
