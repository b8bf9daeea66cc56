// run_config.h — the flags shared by `train` and `gradcheck`, turned into the core's config structs.
// Only the CLI's own limits are checked here (list lengths, integer syntax); every range of the
// configuration is checked once, by make_dataset() and validate() inside Trainer::configure().
#pragma once

#include <string>

#include "cli.h"
#include "core/config.h"
#include "core/dataset.h"

namespace actlab::cli {

struct RunConfig {
  DataConfig data;
  NetConfig net;
  TrainConfig train;
  int epochs = 200;    // train: epochs after epoch 0; gradcheck: epochs trained before the check
  int max_params = 0;  // gradcheck: parameters checked (0 = all)
};

// `gradcheck` selects its defaults (0 epochs) and accepts --max-params.
std::string parse_run_config(const Options& o, bool gradcheck, RunConfig* out);

}  // namespace actlab::cli
