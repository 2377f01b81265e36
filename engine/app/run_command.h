#pragma once

/// `graft run …` (see run_command.cpp): one request through graft::Engine, printing the response.
int runRun(int argc, char **argv);
