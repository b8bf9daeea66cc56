// export_code.h — the same experiment as code: one self-contained Python script (NumPy or PyTorch)
// that reproduces a training run of the core exactly — the same data points, initial weights, batch
// order, dropout masks, optimiser and loss — and prints one JSON object per epoch like `actlab train`
// (epoch 0 before any update; `epoch`, `train_loss`, `test_loss`, `accuracy`, `train_accuracy`).
//
// Pure: configs in, text out, no I/O. The CLI (`actlab export`) and the embind module (`exportCode`)
// call it. The script re-implements the core's Rng (xoshiro128** via SplitMix64), the dataset
// generators, the initialisers and the shuffles in plain Python, so it carries no data literals.
// The NumPy form writes backprop by hand; the PyTorch form uses autograd and torch.optim, an
// independent reference for the core's backward pass and optimisers. Both compute in float64 from
// the core's float32 data and initial weights; tests/cli/export_test.mjs runs both against
// `actlab train` (relative 1e-3 per epoch).
#pragma once

#include <string>

#include "config.h"
#include "dataset.h"

namespace actlab {

#define ACTLAB_EXPORT_FORMATS(X) X(numpy) X(pytorch)
enum class ExportFormat : uint8_t {
#define ACTLAB_EXPORT_ENUM(id) id,
  ACTLAB_EXPORT_FORMATS(ACTLAB_EXPORT_ENUM)
#undef ACTLAB_EXPORT_ENUM
};
const char* export_format_name(ExportFormat f);
bool export_format_parse(const char* name, ExportFormat* out);
std::string export_format_names();  // "numpy, pytorch"

// The `actlab train` command line that runs this configuration (every flag explicit).
std::string train_command(const DataConfig& data, const NetConfig& net, const TrainConfig& train, int epochs);

// Writes the script for `epochs` epochs into *out. Returns "" or the one-line error of
// make_dataset() / validate() (the same messages as Trainer::configure), or of a bad epoch count.
std::string export_code(ExportFormat format, const DataConfig& data, const NetConfig& net,
                        const TrainConfig& train, int epochs, std::string* out);

}  // namespace actlab
