/** Plan files (YAML, JSON) and reports (JSON) with Jackson, outside the domain. */
package fi.hyvinvointialue.forum.adapters.json;
