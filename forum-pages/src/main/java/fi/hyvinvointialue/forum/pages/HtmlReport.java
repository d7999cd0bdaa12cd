package fi.hyvinvointialue.forum.pages;

import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import fi.hyvinvointialue.forum.rules.CheckResult;
import fi.hyvinvointialue.forum.rules.ForumSummary;
import fi.hyvinvointialue.forum.rules.Verdict;
import fi.hyvinvointialue.forum.rules.YearReport;
import fi.hyvinvointialue.forum.rules.core.Finding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * The year on one self-contained HTML page: the verdict, the annual clock inline, the findings
 * with each clause's text, and the events with their deadlines. No scripts, no outside resources.
 */
public final class HtmlReport {
  private final Labels labels;

  public HtmlReport(Labels labels) {
    this.labels = labels;
  }

  public String render(CheckedYear checked) {
    Instant now = checked.now();
    CheckResult result = checked.result();
    YearReport report = checked.report();
    String county = checked.profile().county().name().in(labels.language());
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"").append(labels.language().getLanguage()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(Xml.escape(county + " " + checked.year().year())).append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;margin:2em auto;max-width:1000px;color:#263238}\n")
        .append("table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border:1px solid #cfd8dc;padding:.4em;text-align:left;vertical-align:top}\n")
        .append("th{background:#eceff1}.verdict{font-size:1.3em;font-weight:bold;padding:.5em 1em;display:inline-block;border-radius:.3em}\n")
        .append(".COMPLIANT{background:#e8f5e9;color:#1b5e20}.COMPLIANT_WITH_WARNINGS{background:#fff8e1;color:#e65100}")
        .append(".NOT_COMPLIANT{background:#ffebee;color:#b71c1c}.VIOLATION{color:#b71c1c;font-weight:bold}\n")
        .append("#events td:nth-child(2),#events td:nth-child(4),#events td:nth-child(5){white-space:nowrap}#clock{text-align:center;margin:1em 0}#clock svg{max-width:100%;height:auto}</style>\n</head>\n<body>\n");
    html.append("<h1>").append(Xml.escape(county + " · " + checked.year().year())).append("</h1>\n");
    html.append("<p>").append(Xml.escape(labels.get("profile", checked.profile().id(), checked.profile().version()) + " · "
        + labels.get("checkedAt", HelsinkiTime.wallTime(now).withNano(0).toString().replace('T', ' ')))).append("</p>\n");
    Verdict verdict = result.verdict();
    html.append("<p id=\"verdict\" class=\"verdict ").append(verdict.name()).append("\">").append(Xml.escape(labels.of(verdict)))
        .append("</p>\n");
    html.append("<section id=\"clock\">\n").append(new ClockSvg(labels).render(checked)).append("</section>\n");
    findings(html, result);
    events(html, report, checked, ClockSvg.violatingEvents(checked, result));
    return html.append("</body>\n</html>\n").toString();
  }

  private void findings(StringBuilder html, CheckResult result) {
    html.append("<h2>").append(Xml.escape(labels.get("report.findings"))).append("</h2>\n");
    if (result.findings().isEmpty()) {
      html.append("<p>").append(Xml.escape(labels.get("report.noFindings"))).append("</p>\n");
      return;
    }
    html.append("<table id=\"findings\">\n<tr>");
    for (String column : new String[] {"report.clause", "report.severity", "report.subject", "report.message"}) {
      html.append("<th>").append(Xml.escape(labels.get(column))).append("</th>");
    }
    html.append("</tr>\n");
    for (Finding finding : result.findings()) {
      html.append("<tr><td><b>").append(Xml.escape(finding.clauseId())).append("</b><br>")
          .append(Xml.escape(ClauseText.of(finding.clauseId(), labels.language()))).append("</td><td class=\"")
          .append(finding.severity().name()).append("\">").append(Xml.escape(labels.of(finding.severity()))).append("</td><td>")
          .append(Xml.escape(labels.of(finding.subject().kind()) + " " + finding.subject().id())).append("</td><td>")
          .append(Xml.escape(finding.message(labels.language()))).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private void events(StringBuilder html, YearReport report, CheckedYear checked, Set<String> violating) {
    PolicyCalendar calendar = PolicyCalendar.of(checked.profile());
    html.append("<h2>").append(Xml.escape(labels.get("report.events"))).append("</h2>\n<table id=\"events\">\n<tr>");
    for (String column : new String[] {"report.event", "report.start", "report.status", "report.materialsBy",
        "report.feedbackUntil", "report.findingCount"}) {
      html.append("<th>").append(Xml.escape(labels.get(column))).append("</th>");
    }
    html.append("</tr>\n");
    for (ForumSummary summary : report.events()) {
      ForumEvent event = checked.year().event(summary.eventId()).orElseThrow();
      LocalDate feedbackUntil = calendar.feedbackOpenUntil(event.end()).toLocalDate();
      html.append("<tr><td>").append(Xml.escape(summary.title())).append("</td><td>")
          .append(Xml.escape(summary.start().toString().replace('T', ' '))).append("</td><td>")
          .append(Xml.escape(labels.of(summary.status()))).append("</td><td>")
          .append(calendar.materialsDue(summary.start().toLocalDate())).append("</td><td>").append(feedbackUntil)
          .append("</td><td").append(violating.contains(summary.eventId()) ? " class=\"VIOLATION\"" : "").append(">")
          .append(summary.findings()).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }
}
