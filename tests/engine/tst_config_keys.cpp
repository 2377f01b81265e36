#include "graft/config_keys.h"

#include <QTest>

#include <optional>
#include <string>

using namespace graft;

// graft::setConfigValue, the one table of configuration keys the Python module and the harness
// apply theirs through: every key in both spellings, and each way a value is refused.
class TestConfigKeys : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void setsEveryKeyInBothSpellings_data();
    void setsEveryKeyInBothSpellings();
    void refusesWithTheKeyAsGiven_data();
    void refusesWithTheKeyAsGiven();
    void refusalLeavesTheConfigurationAlone();
};

namespace {

/// The configuration's value for `key` (camelCase) as text, to compare with what was set.
std::string readBack(const EngineConfig &c, const std::string &key)
{
    const EngineLimits &l = c.limits;
    if (key == "maxLimit")
        return std::to_string(l.maxLimit);
    if (key == "maxDepth")
        return std::to_string(l.maxDepth);
    if (key == "maxDocumentBytes")
        return std::to_string(l.maxDocumentBytes);
    if (key == "maxNesting")
        return std::to_string(l.maxNesting);
    if (key == "maxRootFields")
        return std::to_string(l.maxRootFields);
    if (key == "maxAliases")
        return std::to_string(l.maxAliases);
    if (key == "maxInputDepth")
        return std::to_string(l.maxInputDepth);
    if (key == "defaultSchema")
        return c.defaultSchema;
    if (key == "planCache")
        return c.planCache ? "true" : "false";
    if (key == "planCacheEntries")
        return std::to_string(c.planCacheEntries);
    if (key == "planCacheBytes")
        return std::to_string(c.planCacheBytes);
    if (key == "documentCacheEntries")
        return std::to_string(c.documentCacheEntries);
    if (key == "documentCacheBytes")
        return std::to_string(c.documentCacheBytes);
    if (key == "poolSize")
        return std::to_string(c.poolSize);
    if (key == "statementTimeoutMs")
        return std::to_string(c.statementTimeout.count());
    return "<no such field>";
}

} // namespace

void TestConfigKeys::setsEveryKeyInBothSpellings_data()
{
    QTest::addColumn<QString>("camel");
    QTest::addColumn<QString>("snake");
    const char *counts[][2] = {{"maxLimit", "max_limit"},
                               {"maxDepth", "max_depth"},
                               {"maxDocumentBytes", "max_document_bytes"},
                               {"maxNesting", "max_nesting"},
                               {"maxRootFields", "max_root_fields"},
                               {"maxAliases", "max_aliases"},
                               {"maxInputDepth", "max_input_depth"},
                               {"planCacheEntries", "plan_cache_entries"},
                               {"planCacheBytes", "plan_cache_bytes"},
                               {"documentCacheEntries", "document_cache_entries"},
                               {"documentCacheBytes", "document_cache_bytes"},
                               {"poolSize", "pool_size"},
                               {"statementTimeoutMs", "statement_timeout_ms"},
                               {"defaultSchema", "default_schema"},
                               {"planCache", "plan_cache"}};
    for (const auto &[camel, snake] : counts)
        QTest::addRow("%s", camel) << QString::fromLatin1(camel) << QString::fromLatin1(snake);
}

void TestConfigKeys::setsEveryKeyInBothSpellings()
{
    QFETCH(QString, camel);
    QFETCH(QString, snake);
    const std::string key = camel.toStdString();
    const auto valueFor = [&](int n) -> ConfigValue {
        if (key == "defaultSchema")
            return std::string("s") + std::to_string(n);
        if (key == "planCache")
            return n % 2 == 0;
        return std::int64_t(n);
    };
    const auto text = [](const ConfigValue &v) {
        if (const auto *n = std::get_if<std::int64_t>(&v))
            return std::to_string(*n);
        if (const auto *b = std::get_if<bool>(&v))
            return std::string(*b ? "true" : "false");
        return std::get<std::string>(v);
    };
    EngineConfig config;
    // Values unlike the defaults, one per spelling, so each call is seen to land.
    QVERIFY(!setConfigValue(config, key, valueFor(3)));
    QCOMPARE(readBack(config, key), text(valueFor(3)));
    QVERIFY(!setConfigValue(config, snake.toStdString(), valueFor(4)));
    QCOMPARE(readBack(config, key), text(valueFor(4)));
}

void TestConfigKeys::refusesWithTheKeyAsGiven_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    using Kind = ConfigError::Kind;
    QTest::addRow("unknown") << "maxLimits" << int(Kind::UnknownKey) << R"(unknown configuration key "maxLimits")";
    QTest::addRow("half snake") << "max_Limit" << int(Kind::UnknownKey) << R"(unknown configuration key "max_Limit")";
    QTest::addRow("trailing underscore") << "max_limit_" << int(Kind::UnknownKey)
                                         << R"(unknown configuration key "max_limit_")";
    QTest::addRow("negative count") << "max_depth" << int(Kind::Negative)
                                    << R"(configuration key "max_depth" must not be negative)";
    QTest::addRow("text for a count") << "maxLimit" << int(Kind::WrongKind)
                                      << R"(configuration key "maxLimit" takes a whole number)";
    QTest::addRow("count for a flag") << "planCache" << int(Kind::WrongKind)
                                      << R"(configuration key "planCache" takes true or false)";
    QTest::addRow("flag for a text") << "defaultSchema" << int(Kind::WrongKind)
                                     << R"(configuration key "defaultSchema" takes a string)";
}

void TestConfigKeys::refusesWithTheKeyAsGiven()
{
    QFETCH(QString, key);
    QFETCH(int, kind);
    QFETCH(QString, message);
    ConfigValue value = std::int64_t(-1);
    if (QByteArray(QTest::currentDataTag()) == "text for a count")
        value = std::string("5");
    else if (QByteArray(QTest::currentDataTag()) == "count for a flag")
        value = std::int64_t(1);
    else if (QByteArray(QTest::currentDataTag()) == "flag for a text")
        value = true;
    EngineConfig config;
    const std::optional<ConfigError> refused = setConfigValue(config, key.toStdString(), value);
    QVERIFY(refused);
    QCOMPARE(int(refused->kind), kind);
    QCOMPARE(QString::fromStdString(refused->message), message);
}

void TestConfigKeys::refusalLeavesTheConfigurationAlone()
{
    EngineConfig config;
    QVERIFY(setConfigValue(config, "maxLimit", std::int64_t(-5)));
    QVERIFY(setConfigValue(config, "maxLimit", std::string("5")));
    QCOMPARE(config.limits.maxLimit, EngineConfig().limits.maxLimit);
}

QTEST_GUILESS_MAIN(TestConfigKeys)
#include "tst_config_keys.moc"
