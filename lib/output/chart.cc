#include "output/chart.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

#include "base/escape.h"
#include "base/number.h"
#include "base/translate.h"

namespace ritrack {

namespace {

// Okabe-Ito, as in the report's CSS; the two without an assessment in greys.
const char* status_fill(Status s) {
  switch (s) {
    case Status::achieved:
      return "#0072b2";
    case Status::on_track:
      return "#009e73";
    case Status::at_risk:
      return "#e69f00";
    case Status::off_track:
      return "#d55e00";
    case Status::not_met:
      return "#cc79a7";
    case Status::monitored:
      return "#a3a3a3";
    case Status::no_data:
      return "#e5e7eb";
  }
  return "#e5e7eb";
}

// Dark text on light fills, white on dark ones.
const char* label_fill(Status s) {
  return s == Status::at_risk || s == Status::no_data || s == Status::monitored || s == Status::not_met ? "#1d2330"
                                                                                                        : "#ffffff";
}

// Best first, so that bars read from done to undone.
constexpr std::array kOrder{Status::achieved, Status::on_track,  Status::at_risk, Status::off_track,
                            Status::not_met,  Status::monitored, Status::no_data};

}  // namespace

std::string status_chart_svg(const ProgressReport& report, Lang lang) {
  constexpr int kLabel = 90, kBar = 480, kRow = 30, kGap = 8, kLegendRow = 22;
  constexpr size_t kCount = kStatuses.size();
  std::vector<std::array<int, kCount>> counts;
  std::array<bool, kCount> used{};
  int widest = 1;
  for (const ResultProgress& r : report.results) {
    std::array<int, kCount> c{};
    for (const ProgressRow& row : r.rows) ++c[static_cast<size_t>(row.assessment.status)];
    int total = 0;
    for (size_t i = 0; i < kCount; ++i) {
      total += c[i];
      used[i] = used[i] || c[i] > 0;
    }
    widest = std::max(widest, total);
    counts.push_back(c);
  }
  std::vector<Status> legend;  // one row per status used
  for (Status s : kOrder)
    if (used[static_cast<size_t>(s)]) legend.push_back(s);
  int height = static_cast<int>(counts.size()) * (kRow + kGap) + kGap + static_cast<int>(legend.size()) * kLegendRow;
  int width = kLabel + kBar + 20;
  std::string title = tr_s("Indicators by status, per result", lang);
  std::string out = fmt::format(
      R"(<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" viewBox="0 0 {} {}" role="img" aria-labelledby="status-chart-title"><title id="status-chart-title">{}</title>)"
      "\n",
      width, height, width, height, html_escape(title));
  int y = kGap;
  for (size_t r = 0; r < counts.size(); ++r, y += kRow + kGap) {
    out += fmt::format(R"(<text x="0" y="{}" font-size="13" dominant-baseline="middle">{} {}</text>)", y + kRow / 2,
                       html_escape(tr("Result", lang)), report.results[r].result->id);
    double x = kLabel;
    for (Status status : kOrder) {
      const StatusRow& s = row_of(kStatuses, status);
      int n = counts[r][static_cast<size_t>(s.value)];
      if (n == 0) continue;
      double w = static_cast<double>(n) * kBar / widest;
      std::string label = fmt::format("{}: {}", tr(s.label, lang), n);
      out += fmt::format(R"(<rect x="{:.1f}" y="{}" width="{:.1f}" height="{}" fill="{}"><title>{}</title></rect>)", x,
                         y, w, kRow, status_fill(s.value), html_escape(label));
      if (w >= 18)
        out += fmt::format(
            R"(<text x="{:.1f}" y="{}" font-size="12" text-anchor="middle" dominant-baseline="middle" fill="{}">{}</text>)",
            x + w / 2, y + kRow / 2, label_fill(s.value), n);
      x += w;
    }
    out += "\n";
  }
  for (Status s : legend) {
    out += fmt::format(
        R"(<rect x="{}" y="{}" width="14" height="14" fill="{}" stroke="#6b7280" stroke-width=".5"/><text x="{}" y="{}" font-size="12" dominant-baseline="middle">{}</text>)"
        "\n",
        kLabel, y, status_fill(s), kLabel + 20, y + 7, html_escape(tr(row_of(kStatuses, s).label, lang)));
    y += kLegendRow;
  }
  return out + "</svg>";
}

namespace {

// Where a time point or a value falls in the plot area.
struct PlotArea {
  double t0, t1, v0, v1;
  double left, right, top, bottom;
  double x(double t) const { return left + (t - t0) / (t1 - t0) * (right - left); }
  double y(double v) const { return bottom - (v - v0) / (v1 - v0) * (bottom - top); }
};

}  // namespace

std::string indicator_chart_svg(const Indicator& ind, const std::vector<SeriesPoint>& series, const Period& as_of,
                                Lang lang) {
  std::vector<const Milestone*> milestones;
  if (ind.baseline) milestones.push_back(&*ind.baseline);
  for (const Milestone& m : ind.targets) milestones.push_back(&m);
  double t0 = as_of.end_time(), t1 = as_of.end_time(), hi = 0;
  bool any = false;
  for (const SeriesPoint& p : series)
    if (p.value) {
      t0 = std::min(t0, p.period.end_time());
      hi = std::max(hi, p.value->to_double());
      any = true;
    }
  for (const Milestone* m : milestones) {
    t0 = std::min(t0, m->period.end_time());
    t1 = std::max(t1, m->period.end_time());
    hi = std::max(hi, m->value.to_double());
    any = true;
  }
  if (!any || hi <= 0) return "";
  if (t1 - t0 < 1) t0 = t1 - 1;
  constexpr double kWidth = 640, kHeight = 260;
  PlotArea s{t0, t1, 0, hi * 1.1, 56, kWidth - 20, 16, kHeight - 44};
  std::string title = fmt::format("{} {}", ind.id, ind.short_title.in(lang));
  std::string out = fmt::format(
      R"(<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" viewBox="0 0 {} {}" role="img"><title>{}</title>)"
      "\n",
      kWidth, kHeight, kWidth, kHeight, html_escape(title));
  // Axes: zero and the top value; the years along the bottom.
  out += fmt::format(R"(<line x1="{0}" y1="{1}" x2="{2}" y2="{1}" stroke="#9ca3af"/>)", s.left, s.bottom, s.right);
  for (double v : {0.0, hi}) {
    out += fmt::format(
        R"(<text x="{:.1f}" y="{:.1f}" font-size="11" text-anchor="end" dominant-baseline="middle" fill="#4b5563">{}</text>)",
        s.left - 6, s.y(v), html_escape(format_number_in(lang, v, 1)));
    out +=
        fmt::format(R"(<line x1="{0}" y1="{1:.1f}" x2="{2}" y2="{1:.1f}" stroke="#e5e7eb"/>)", s.left, s.y(v), s.right);
  }
  int step = t1 - t0 > 12 ? 2 : 1;
  for (int year = static_cast<int>(std::floor(t0)); year + 0.5 <= t1; year += step)
    if (year + 0.5 >= t0)  // each year's label under its middle
      out += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" font-size="11" text-anchor="middle" fill="#4b5563">{}</text>)",
                         s.x(year + 0.5), s.bottom + 16, year);
  // As-of.
  out += fmt::format(
      R"(<line x1="{0:.1f}" y1="{1}" x2="{0:.1f}" y2="{2}" stroke="#6b7280" stroke-dasharray="3 3"/><text x="{0:.1f}" y="{3}" font-size="11" text-anchor="middle" fill="#4b5563">{4}</text>)"
      "\n",
      s.x(as_of.end_time()), s.top, s.bottom, kHeight - 6, html_escape(trf_in(lang, "as of {}", as_of.str())));
  // The expected path: baseline, then each target in turn.
  if (ind.baseline && !ind.targets.empty()) {
    std::string path;
    for (const Milestone* m : milestones)
      path +=
          fmt::format("{}{:.1f},{:.1f}", path.empty() ? "" : " ", s.x(m->period.end_time()), s.y(m->value.to_double()));
    out += fmt::format(
        R"(<polyline fill="none" stroke="#9ca3af" stroke-width="1.5" stroke-dasharray="6 4" points="{}"><title>{}</title></polyline>)"
        "\n",
        path, html_escape(tr("expected path", lang)));
  }
  // What was recorded.
  std::string line;
  for (const SeriesPoint& p : series)
    if (p.value) {
      double x = s.x(p.period.end_time()), y = s.y(p.value->to_double());
      line += fmt::format("{}{:.1f},{:.1f}", line.empty() ? "" : " ", x, y);
      out += fmt::format(R"(<circle cx="{:.1f}" cy="{:.1f}" r="3" fill="#0072b2"><title>{}: {}</title></circle>)", x, y,
                         p.period.str(), html_escape(format_number_in(lang, *p.value)));
    }
  if (!line.empty())
    out += fmt::format(R"(<polyline fill="none" stroke="#0072b2" stroke-width="2" points="{}"/>)"
                       "\n",
                       line);
  // Baseline and targets, marked and named.
  for (const Milestone* m : milestones) {
    bool baseline = m == milestones.front() && ind.baseline;
    double x = s.x(m->period.end_time()), y = s.y(m->value.to_double());
    std::string name = fmt::format("{} {}: {}", tr(baseline ? "Baseline" : "Target", lang), m->period.str(),
                                   format_number_in(lang, m->value));
    out += baseline ? fmt::format(R"(<rect x="{:.1f}" y="{:.1f}" width="8" height="8" fill="#1d2330">)", x - 4, y - 4)
                    : fmt::format(R"(<path d="M{0:.1f} {1:.1f} l6 6 l-6 6 l-6 -6 z" fill="#d55e00">)", x, y - 6);
    out += fmt::format("<title>{}</title>{}\n", html_escape(name), baseline ? "</rect>" : "</path>");
    out += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" font-size="11" text-anchor="middle" fill="#1d2330">{}</text>)"
                       "\n",
                       x, y - 10, html_escape(format_number_in(lang, m->value)));
  }
  return out + "</svg>";
}

}  // namespace ritrack
