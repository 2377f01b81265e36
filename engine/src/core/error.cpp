#include "graft/error.h"

namespace graft {

std::string_view errorCodeName(ErrorCode code)
{
    switch (code) {
#define GRAFT_ERROR_CODE(name, wire) \
    case ErrorCode::name:            \
        return wire;
#include "graft/error_codes.def"
#undef GRAFT_ERROR_CODE
    }
    return "INTERNAL_SERVER_ERROR";
}

} // namespace graft
