// cmd_list.cpp — `actlab list [--json]`: the activation catalogue, straight from act_catalogue().
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "cli.h"
#include "core/activations.h"
#include "json.h"

namespace actlab::cli {

namespace {

std::string fmt_g(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

std::string params_text(const ActInfo& a) {
  std::vector<std::string> ps;
  for (int k = 0; k < a.n_params; ++k)
    ps.push_back(std::string(a.params[k].name) + "=" + fmt_g(a.params[k].def));
  return ps.empty() ? "-" : join(ps, " ");
}

std::string properties_text(const ActInfo& a) {
  std::vector<std::string> p;
  if (!a.elementwise) p.push_back("layer-level");
  if (a.monotonic) p.push_back("monotonic");
  if (a.zero_centred) p.push_back("zero-centred");
  if (a.smooth) p.push_back("smooth");
  if (a.saturating) p.push_back("saturating");
  if (a.has_dead_zone) p.push_back("dead-zone");
  if (a.learnable_default) p.push_back("learnable");
  return join(p);
}

void print_table() {
  struct Row {
    std::string cells[5];
  };
  std::vector<Row> rows;
  rows.push_back({{"name", "family", "range", "params=defaults", "properties"}});
  for (int i = 0; i < kNumActs; ++i) {
    const ActInfo& a = act_catalogue()[i];
    rows.push_back({{a.name, family_info(a.family).token, a.range, params_text(a), properties_text(a)}});
  }
  size_t width[4] = {0, 0, 0, 0};
  for (const Row& r : rows) {
    for (int c = 0; c < 4; ++c) width[c] = std::max(width[c], r.cells[c].size());
  }
  for (const Row& r : rows) {
    std::string line;
    for (int c = 0; c < 4; ++c) line += r.cells[c] + std::string(width[c] - r.cells[c].size() + 2, ' ');
    line += r.cells[4];
    while (!line.empty() && line.back() == ' ') line.pop_back();
    std::printf("%s\n", line.c_str());
  }
}

void print_json() {
  Json j;
  j.begin_array();
  for (int i = 0; i < kNumActs; ++i) {
    const ActInfo& a = act_catalogue()[i];
    j.begin_object();
    j.field_int("id", static_cast<int>(a.id));
    j.field_str("name", a.name).field_str("display", a.display);
    j.field_str("latex", a.latex).field_str("latex_d", a.latex_d);
    j.field_str("family", family_info(a.family).token).field_str("range", a.range);
    j.field_bool("elementwise", a.elementwise).field_bool("monotonic", a.monotonic);
    j.field_bool("zero_centred", a.zero_centred).field_bool("smooth", a.smooth);
    j.field_bool("saturating", a.saturating).field_bool("has_dead_zone", a.has_dead_zone);
    j.field_bool("learnable_default", a.learnable_default);
    j.field_int("n_params", a.n_params);
    j.key("params").begin_array();
    for (int k = 0; k < a.n_params; ++k) {
      const ActParam& p = a.params[k];
      // An unbounded end of a range (±inf) is written as null.
      j.begin_object().field_str("name", p.name).field("def", p.def).field("lo", p.lo).field("hi", p.hi);
      j.field_bool("learnable", p.learnable).end_object();
    }
    j.end_array();
    j.field_str("desc_en", a.desc_en).field_str("desc_ko", a.desc_ko);
    j.field_str("source", a.source).field_int("year", a.year);
    j.end_object();
  }
  j.end_array();
  std::printf("%s\n", j.text().c_str());
}

}  // namespace

int cmd_list(int argc, char** argv, int first) {
  Options o;
  if (auto e = split_options(argc, argv, first, {"json"}, &o); !e.empty()) return usage_error(e);
  if (o.help) return cmd_help("list");
  if (!o.positional.empty()) return usage_error("list takes no arguments, got " + quoted(o.positional[0]));
  bool json = false;
  for (const Option& f : o.flags) {
    if (f.name != "json")
      return usage_error("unknown flag " + quoted("--" + f.name) + " for list (allowed: --json)");
    json = true;
  }
  if (json) {
    print_json();
  } else {
    print_table();
  }
  return kExitOk;
}

}  // namespace actlab::cli
