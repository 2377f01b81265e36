#include "graft/schema.h"

#include "schema/sdl_loader.h"
#include "schema/sdl_printer.h"

namespace graft {

namespace {

Result<Schema> wrapLoaded(Result<std::shared_ptr<const schema::SchemaRegistry>> loaded,
                          Schema (*make)(std::shared_ptr<const schema::SchemaRegistry>))
{
    if (!loaded.ok())
        return std::move(loaded).takeErrors();
    return make(std::move(loaded).value());
}

} // namespace

Result<Schema> Schema::loadFile(const std::string &path, const SchemaOptions &options)
{
    schema::SchemaLoadOptions loadOptions;
    loadOptions.defaultSchema = options.defaultSchema;
    return wrapLoaded(schema::SdlLoader::loadFile(path, loadOptions),
                      [](std::shared_ptr<const schema::SchemaRegistry> r) { return Schema(std::move(r)); });
}

Result<Schema> Schema::loadText(std::string sdl, const SchemaOptions &options)
{
    schema::SchemaLoadOptions loadOptions;
    loadOptions.defaultSchema = options.defaultSchema;
    return wrapLoaded(schema::SdlLoader::loadText(std::move(sdl), loadOptions),
                      [](std::shared_ptr<const schema::SchemaRegistry> r) { return Schema(std::move(r)); });
}

const std::string &Schema::hash() const
{
    return m_registry->hash();
}

std::string Schema::printSdl() const
{
    return schema::printSchemaSdl(*m_registry);
}

} // namespace graft
