#include "junit_report.h"

#include <QXmlStreamWriter>

#include <map>

namespace graft::harness {

namespace {

/// XML 1.0 cannot carry most control characters, even escaped: they become U+FFFD.
QString xmlText(const std::string& text)
{
    QString s = QString::fromStdString(text);
    for (QChar& c : s) {
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            c = QChar(0xFFFD);
    }
    return s;
}

std::string diffText(const CaseResult& c)
{
    std::string out;
    const std::vector<Difference>& diffs = c.outcome == CaseOutcome::CacheDivergence ? c.cache.differences : c.differences;
    for (std::size_t i = 0; i < diffs.size() && i < 50; ++i) {
        const Difference& d = diffs[i];
        out += std::string(diffKindName(d.kind)) + " at " + (d.pointer.empty() ? "(root)" : d.pointer)
               + (d.detail.empty() ? "" : " [" + d.detail + "]") + (d.noise ? " (noise)" : "") + "\n  legacy: " + d.legacy
               + "\n  native: " + d.native + "\n";
    }
    if (diffs.size() > 50)
        out += "… " + std::to_string(diffs.size() - 50) + " more\n";
    return out;
}

double seconds(const SideResult& side)
{
    return side.runs.empty() ? 0.0 : static_cast<double>(side.runs.front().endToEnd) / 1e6;
}

} // namespace

QByteArray JunitReport::write(const RunReport& report)
{
    std::map<std::string, std::vector<const CaseResult*>> suites;
    for (const CaseResult& c : report.cases)
        suites[c.tags.empty() ? "untagged" : c.tags.front()].push_back(&c);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("graft shadow run"));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(report.cases.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(report.gating));
    for (const auto& [tag, cases] : suites) {
        int failures = 0;
        int errors = 0;
        double time = 0;
        for (const CaseResult* c : cases) {
            const bool error = c->outcome >= CaseOutcome::LegacyCrash && c->outcome <= CaseOutcome::NativeTimeout;
            errors += (c->gating && error) ? 1 : 0;
            failures += (c->gating && !error) ? 1 : 0;
            time += seconds(c->legacy) + (c->native ? seconds(*c->native) : 0.0);
        }
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"), xmlText(tag));
        xml.writeAttribute(QStringLiteral("tests"), QString::number(cases.size()));
        xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
        xml.writeAttribute(QStringLiteral("errors"), QString::number(errors));
        xml.writeAttribute(QStringLiteral("time"), QString::number(time, 'f', 6));
        for (const CaseResult* c : cases) {
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("classname"), xmlText("graft." + tag));
            xml.writeAttribute(QStringLiteral("name"), xmlText(c->id));
            xml.writeAttribute(QStringLiteral("time"),
                               QString::number(seconds(c->legacy) + (c->native ? seconds(*c->native) : 0.0), 'f', 6));
            const std::string outcome = caseOutcomeName(c->outcome);
            const bool error = c->outcome >= CaseOutcome::LegacyCrash && c->outcome <= CaseOutcome::NativeTimeout;
            if (c->gating) {
                xml.writeStartElement(error ? QStringLiteral("error") : QStringLiteral("failure"));
                xml.writeAttribute(QStringLiteral("type"), QString::fromStdString(outcome));
                xml.writeAttribute(QStringLiteral("message"), xmlText(c->signature.key()));
                const std::string detail = error ? (c->legacy.status != RunStatus::Ok ? c->legacy.detail : c->native->detail)
                                                 : diffText(*c);
                xml.writeCharacters(xmlText(detail));
                xml.writeEndElement();
            } else if (c->outcome != CaseOutcome::Match && c->outcome != CaseOutcome::LegacyOnly) {
                xml.writeTextElement(QStringLiteral("system-out"),
                                     xmlText(outcome + (c->baselineEntry >= 0 ? " accepted by baseline entry " + std::to_string(c->baselineEntry) : std::string()) + "\n" + diffText(*c)));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace graft::harness
