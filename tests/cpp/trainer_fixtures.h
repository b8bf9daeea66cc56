// Small helpers to build trainer configurations in tests.
#pragma once

#include <initializer_list>
#include <string>

#include "core/config.h"
#include "core/trainer.h"

namespace actlab::testing {

struct Rig {
  DataConfig data;
  NetConfig net;
  TrainConfig train;

  Rig(DatasetKind kind, std::initializer_list<int> hidden, Act act, Output out = Output::tanh) {
    data.kind = kind;
    net.n_hidden = 0;
    for (int units : hidden) net.hidden[net.n_hidden++] = make_layer(units, act);
    net.output = out;
  }
  Rig& acts(std::initializer_list<Act> list) {
    int i = 0;
    for (Act a : list) {
      const int units = net.hidden[i].units;
      net.hidden[i++] = make_layer(units, a);
    }
    return *this;
  }
  // Configures t; fails the calling test on error.
  std::string into(Trainer& t) const { return t.configure(data, net, train); }
};

}  // namespace actlab::testing
