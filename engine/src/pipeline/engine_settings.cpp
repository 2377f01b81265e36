#include "pipeline/engine_settings.h"

namespace graft::pipeline {

EngineSettings EngineSettings::from(const EngineConfig &config)
{
    EngineSettings settings;
    settings.parse.maxDocumentBytes = config.limits.maxDocumentBytes;
    settings.parse.maxNesting = config.limits.maxNesting;
    settings.complexity.maxDepth = config.limits.maxDepth;
    settings.complexity.maxRootFields = config.limits.maxRootFields;
    settings.complexity.maxAliases = config.limits.maxAliases;
    settings.complexity.maxInputDepth = config.limits.maxInputDepth;
    settings.sql.maxLimit = config.limits.maxLimit;
    settings.planCache = config.planCache;
    return settings;
}

std::string EngineSettings::configurationText(const EngineConfig &config)
{
    const EngineLimits &l = config.limits;
    std::string text;
    for (const auto &[name, value] : {std::pair<const char *, std::uint64_t>{"maxLimit", std::uint64_t(l.maxLimit)},
                                      {"maxDepth", l.maxDepth},
                                      {"maxDocumentBytes", l.maxDocumentBytes},
                                      {"maxNesting", l.maxNesting},
                                      {"maxRootFields", l.maxRootFields},
                                      {"maxAliases", l.maxAliases},
                                      {"maxInputDepth", l.maxInputDepth},
                                      {"planCacheEntries", config.planCacheEntries}}) {
        text += name;
        text += '=';
        text += std::to_string(value);
        text += ';';
    }
    text += "defaultSchema=" + config.defaultSchema + ";planCache=" + (config.planCache ? "on" : "off");
    return text;
}

} // namespace graft::pipeline
