#pragma once

/// `graft coerce …` (see coerce_command.cpp): the request front end after validation, for tests.
int runCoerce(int argc, char **argv);
