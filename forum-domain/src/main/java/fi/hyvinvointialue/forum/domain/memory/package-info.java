/** The in-memory adapter of the storage port: the fake every test can use, held to the same contract. */
package fi.hyvinvointialue.forum.domain.memory;
