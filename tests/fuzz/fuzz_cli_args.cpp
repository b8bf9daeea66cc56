// fuzz_cli_args.cpp — the `actlab` command line: option splitting, the strict number parsers and the
// train/gradcheck flags -> RunConfig -> Trainer::configure (the CLI's whole path from argv to a network).
//
// Input: the arguments after `actlab`, separated by NUL bytes (argv can hold any other byte); the first
// is the command word ("train", "gradcheck", anything else only exercises split_options). Properties
// beyond "no sanitizer report": every rejection is one short line; an accepted number is what it claims
// (finite, in range); a configuration the parser accepts is either rejected by configure() with one line
// or builds a network whose parameters are finite.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "cli.h"
#include "core/trainer.h"
#include "fuzz_check.h"
#include "run_config.h"

using namespace actlab;
using namespace actlab::cli;

namespace {

// The strict parsers on one argument: accepted values are finite / inside [lo, hi] / exact.
void check_numbers(const std::string& text) {
  double d = 0;
  const std::string ed = parse_double("--x", text, &d);
  fuzz::check_one_line("parse_double", ed);
  if (ed.empty() && !std::isfinite(d)) fuzz::fail("parse_double accepts finite numbers only", text);
  float f = 0;
  const std::string ef = parse_float("--x", text, &f);
  fuzz::check_one_line("parse_float", ef);
  if (ef.empty() && !std::isfinite(f)) fuzz::fail("parse_float accepts float-finite numbers only", text);
  int i = 0;
  const std::string ei = parse_int("--x", text, -5, 5000, &i);
  fuzz::check_one_line("parse_int", ei);
  if (ei.empty() && (i < -5 || i > 5000)) fuzz::fail("parse_int stays in [lo, hi]", text);
  uint64_t u = 0;
  const std::string eu = parse_u64("--x", text, &u);
  fuzz::check_one_line("parse_u64", eu);
  if (eu.empty() && (text.empty() || text[0] < '0' || text[0] > '9')) {
    fuzz::fail("parse_u64 accepts plain digits only", text);
  }
  double any = 0;
  fuzz::check_one_line("parse_any_double", parse_any_double("stdin", text, &any));
}

void check_trainer(const RunConfig& rc) {
  Trainer t;
  const std::string e = t.configure(rc.data, rc.net, rc.train);
  fuzz::check_one_line("Trainer::configure", e);
  if (!e.empty()) return;
  const float* p = t.params();
  for (size_t k = 0; k < t.n_params(); ++k) {
    if (!std::isfinite(p[k])) fuzz::fail("initial parameters are finite", std::to_string(k));
  }
  // One optimiser step and a measure when cheap (the fuzzer should spend its time on parsing, not GEMMs).
  if (static_cast<double>(t.data().n_train) * static_cast<double>(t.n_params()) < 2e6) {
    t.step_batches(1);
    const Metrics& m = t.measure();
    if (!m.diverged && !std::isfinite(m.train_loss)) fuzz::fail("a finite run reports a finite loss", "");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;
  std::vector<std::string> args{"actlab"};
  std::string cur;
  for (size_t i = 0; i < size; ++i) {
    if (data[i] == 0) {
      args.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(static_cast<char>(data[i]));
    }
  }
  args.push_back(cur);
  if (args.size() > 64) return 0;
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  const int argc = static_cast<int>(args.size());

  for (size_t i = 2; i < args.size() && i < 6; ++i) check_numbers(args[i]);

  const std::string& cmd = args[1];
  const bool gradcheck = cmd == "gradcheck";
  Options o;
  const std::vector<std::string> switches =
      cmd == "train" || gradcheck ? std::vector<std::string>{} : std::vector<std::string>{"json"};
  const std::string es = split_options(argc, argv.data(), 2, switches, &o);
  fuzz::check_one_line("split_options", es);
  if (!es.empty() || (cmd != "train" && !gradcheck)) return 0;

  RunConfig rc;
  const std::string ep = parse_run_config(o, gradcheck, &rc);
  fuzz::check_one_line("parse_run_config", ep);
  if (ep.empty()) check_trainer(rc);
  return 0;
}
