/**
 * Test support shared through the test-jar: sample years, generators, the contract suites of the
 * ports (storage, calendar) and the architecture rules.
 */
package fi.hyvinvointialue.forum.domain.testing;
