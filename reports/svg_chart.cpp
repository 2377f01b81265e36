#include "svg_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace graft::harness {

namespace {

const char* const kColours[] = {"#4e79a7", "#a0cbe8", "#f28e2b", "#ffbe7d", "#59a14f", "#e15759"};

std::string fmt(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, v >= 100 ? "%.0f" : "%.2f", v);
    return buffer;
}

} // namespace

std::string SvgChart::escape(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string SvgChart::bars(const std::string& title, const std::vector<std::string>& series,
                           const std::vector<BarGroup>& groups, const std::string& unit)
{
    const double left = 60, top = 30, plotH = 180, barW = 14, gap = 18;
    const double groupW = static_cast<double>(std::max<std::size_t>(series.size(), 1)) * barW + gap;
    const double width = left + static_cast<double>(groups.size()) * groupW + 20;
    const double height = top + plotH + 60;
    double maxV = 0;
    for (const BarGroup& g : groups)
        for (const double v : g.values)
            maxV = std::max(maxV, v);
    if (maxV <= 0)
        maxV = 1;
    std::string s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + fmt(std::max(width, 320.0)) + "\" height=\""
                    + fmt(height) + "\" role=\"img\" aria-label=\"" + escape(title) + "\">";
    s += "<text x=\"" + fmt(left) + "\" y=\"16\" font-size=\"13\" font-weight=\"bold\">" + escape(title) + "</text>";
    s += "<line x1=\"" + fmt(left) + "\" y1=\"" + fmt(top) + "\" x2=\"" + fmt(left) + "\" y2=\"" + fmt(top + plotH)
         + "\" stroke=\"#333\"/><line x1=\"" + fmt(left) + "\" y1=\"" + fmt(top + plotH) + "\" x2=\"" + fmt(width - 10)
         + "\" y2=\"" + fmt(top + plotH) + "\" stroke=\"#333\"/>";
    s += "<text x=\"4\" y=\"" + fmt(top + 10) + "\" font-size=\"10\">" + escape(fmt(maxV)) + "</text><text x=\"4\" y=\""
         + fmt(top + plotH) + "\" font-size=\"10\">0 " + escape(unit) + "</text>";
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const double x0 = left + 6 + static_cast<double>(g) * groupW;
        for (std::size_t i = 0; i < groups[g].values.size(); ++i) {
            const double v = groups[g].values[i];
            const double h = std::round(v / maxV * plotH * 10) / 10;
            s += "<rect x=\"" + fmt(x0 + static_cast<double>(i) * barW) + "\" y=\"" + fmt(top + plotH - h) + "\" width=\""
                 + fmt(barW - 2) + "\" height=\"" + fmt(h) + "\" fill=\"" + kColours[i % 6] + "\"><title>"
                 + escape(groups[g].label + " " + (i < series.size() ? series[i] : std::string()) + ": " + fmt(v) + " " + unit)
                 + "</title></rect>";
        }
        s += "<text x=\"" + fmt(x0) + "\" y=\"" + fmt(top + plotH + 14) + "\" font-size=\"10\">" + escape(groups[g].label) + "</text>";
    }
    for (std::size_t i = 0; i < series.size(); ++i) {
        const double x = left + static_cast<double>(i) * 110;
        s += "<rect x=\"" + fmt(x) + "\" y=\"" + fmt(top + plotH + 28) + "\" width=\"10\" height=\"10\" fill=\"" + kColours[i % 6]
             + "\"/><text x=\"" + fmt(x + 14) + "\" y=\"" + fmt(top + plotH + 37) + "\" font-size=\"10\">" + escape(series[i]) + "</text>";
    }
    return s + "</svg>";
}

} // namespace graft::harness
