/**
 * The in-memory adapters of the storage and feed ports: the fakes every test can use, held to the
 * same contracts.
 */
package fi.hyvinvointialue.forum.domain.memory;
