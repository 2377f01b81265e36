#pragma once

/// `graft validate …` (see validate_command.cpp): document validation against an SDL schema.
int runValidate(int argc, char **argv);
