// cmd_export.cpp — `actlab export --format numpy|pytorch [train flags]`: prints the Python script that
// reproduces `actlab train` with the same flags (cpp/core/export_code.h).
#include <cstdio>
#include <string>

#include "cli.h"
#include "core/export_code.h"
#include "run_config.h"

namespace actlab::cli {

int cmd_export(int argc, char** argv, int first) {
  Options o;
  if (auto e = split_options(argc, argv, first, {}, &o); !e.empty()) return usage_error(e);
  if (o.help) return cmd_help("export");
  // --format is export's own flag; everything else is a train flag.
  std::string format;
  bool format_given = false;
  Options train_flags = o;
  train_flags.flags.clear();
  for (const Option& f : o.flags) {
    if (f.name == "format") {
      format = f.value;
      format_given = true;
    } else {
      train_flags.flags.push_back(f);
    }
  }
  if (!format_given) return usage_error("missing --format (allowed: " + export_format_names() + ")");
  ExportFormat fmt;
  if (!export_format_parse(format.c_str(), &fmt)) {
    return usage_error("unknown format " + quoted(format) + " (allowed: " + export_format_names() + ")");
  }
  RunConfig rc;
  if (auto e = parse_run_config(train_flags, false, &rc); !e.empty()) return usage_error(e);
  std::string code;
  if (auto e = export_code(fmt, rc.data, rc.net, rc.train, rc.epochs, &code); !e.empty()) {
    return usage_error("invalid configuration: " + e);
  }
  std::fputs(code.c_str(), stdout);
  return kExitOk;
}

}  // namespace actlab::cli
