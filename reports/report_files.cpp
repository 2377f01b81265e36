#include "report_files.h"

#include "html_report.h"
#include "json_report.h"
#include "junit_report.h"
#include "markdown_report.h"

#include <QDir>
#include <QSaveFile>

namespace graft::harness {

namespace {

bool save(const QString& path, const QByteArray& bytes, std::string* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = "cannot write " + path.toStdString() + ": " + file.errorString().toStdString();
        return false;
    }
    return true;
}

} // namespace

bool ReportFiles::writeAll(const RunReport& report, const QString& directory, std::string* error)
{
    if (!QDir().mkpath(directory)) {
        *error = "cannot create " + directory.toStdString();
        return false;
    }
    const QDir dir(directory);
    return save(dir.filePath(QStringLiteral("report.json")), QByteArray::fromStdString(JsonReport::write(report)), error)
           && save(dir.filePath(QStringLiteral("junit.xml")), JunitReport::write(report), error)
           && save(dir.filePath(QStringLiteral("report.html")), QByteArray::fromStdString(HtmlReport::write(report)), error)
           && save(dir.filePath(QStringLiteral("summary.md")), QByteArray::fromStdString(MarkdownReport::write(report)), error);
}

} // namespace graft::harness
