#pragma once

#include "cli_options.h"

namespace graft::harness::app {

/// `harness [options]`: runs the corpus; returns the exit status bitmask.
int runCommand(const CliOptions& options);

/// `harness merge …`: combines shard reports into one; returns the exit status bitmask.
int mergeCommand(const CliOptions& options);

} // namespace graft::harness::app
