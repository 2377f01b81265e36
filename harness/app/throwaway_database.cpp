#include "throwaway_database.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>

namespace graft::harness::app {

namespace {

QString pgtmp()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("pgtmp"));
}

} // namespace

bool ThrowawayDatabase::start(const QString& sourceDir, std::string* error)
{
    QProcess start;
    start.setProcessChannelMode(QProcess::SeparateChannels);
    start.start(pgtmp(), {QStringLiteral("start"), QStringLiteral("--owner"), QString::number(QCoreApplication::applicationPid())});
    if (!start.waitForFinished(120000) || start.exitStatus() != QProcess::NormalExit || start.exitCode() != 0) {
        *error = "pgtmp start failed: " + start.readAllStandardError().trimmed().toStdString() + start.errorString().toStdString();
        return false;
    }
    m_dsn = QString::fromUtf8(start.readAllStandardOutput()).trimmed();
    const QRegularExpressionMatch host = QRegularExpression(QStringLiteral("host=(\\S+)")).match(m_dsn);
    if (host.hasMatch() && host.captured(1).startsWith(u'/'))
        m_clusterDir = host.captured(1);
    QProcess load;
    load.setProcessChannelMode(QProcess::MergedChannels);
    const QString loader = QDir(sourceDir).filePath(QStringLiteral("corpus/demo/demo_db.py"));
    load.start(QStringLiteral("/usr/bin/python3"), {loader, QStringLiteral("load"), QStringLiteral("--dsn"), m_dsn});
    if (!load.waitForFinished(600000) || load.exitStatus() != QProcess::NormalExit || load.exitCode() != 0) {
        *error = "loading the demo database failed (" + loader.toStdString() + "): " + load.readAll().trimmed().toStdString();
        return false;
    }
    return true;
}

ThrowawayDatabase::~ThrowawayDatabase()
{
    if (m_clusterDir.isEmpty())
        return;
    QProcess::execute(pgtmp(), {QStringLiteral("stop"), m_clusterDir});
}

} // namespace graft::harness::app
