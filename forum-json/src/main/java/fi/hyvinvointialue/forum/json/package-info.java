/**
 * The year's published language: plan files in YAML and JSON, reports in JSON, and the plan file's JSON
 * Schema, all through one Jackson codec. It reads and writes text and streams; where files go is the
 * caller's business.
 */
package fi.hyvinvointialue.forum.json;
