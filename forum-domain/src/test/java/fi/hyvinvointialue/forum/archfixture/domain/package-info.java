/** A domain that breaks its whitelist. */
package fi.hyvinvointialue.forum.archfixture.domain;
