#include "test_env.h"

#include <QFile>

namespace graft::test {

QString sourceDir()
{
    return qEnvironmentVariable("GRAFT_SOURCE_DIR");
}

QString testDsn()
{
    if (const QString dsn = qEnvironmentVariable("GRAFT_TEST_DSN"); !dsn.isEmpty())
        return dsn;
    QFile file(qEnvironmentVariable("GRAFT_TEST_DSN_FILE"));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace graft::test
