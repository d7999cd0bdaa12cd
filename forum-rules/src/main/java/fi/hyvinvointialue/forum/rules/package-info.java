/** The policy as rules: each rule cites its clause and returns findings, never throws on a bad plan. */
package fi.hyvinvointialue.forum.rules;
