#include "output/chart.h"

#include <array>

#include <fmt/format.h>

#include "base/escape.h"
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

}  // namespace ritrack
