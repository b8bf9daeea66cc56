// test_config.cpp — name tables round-trip, make_layer() takes its defaults from the catalogue, and
// validate() rejects every bad field with one line naming it (and accepts the edges of each range).
#include <gtest/gtest.h>

#include <cctype>
#include <cmath>
#include <functional>
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "core/config.h"

namespace actlab {
namespace {

// Walks an enum's name table until it answers "?" (past the end) and checks name -> parse -> id.
template <class E>
std::vector<std::string> round_trip(const char* (*name)(E), bool (*parse)(const char*, E*)) {
  std::vector<std::string> names;
  for (int i = 0; i < 64; ++i) {
    const std::string n = name(static_cast<E>(i));
    if (n == "?") break;
    E back = static_cast<E>(i == 0 ? 1 : 0);
    EXPECT_TRUE(parse(n.c_str(), &back)) << n;
    EXPECT_EQ(static_cast<int>(back), i) << n;
    names.push_back(n);
  }
  EXPECT_EQ(std::set<std::string>(names.begin(), names.end()).size(), names.size()) << "duplicate names";
  E untouched = static_cast<E>(1);
  EXPECT_FALSE(parse("no_such_name", &untouched));
  EXPECT_FALSE(parse("", &untouched));
  EXPECT_FALSE(parse(nullptr, &untouched));
  if (!names.empty()) {
    std::string upper = names[0];
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (upper != names[0]) { EXPECT_FALSE(parse(upper.c_str(), &untouched)) << "names are case-sensitive"; }
  }
  EXPECT_EQ(static_cast<int>(untouched), 1);
  return names;
}

TEST(Config, NameTablesRoundTrip) {
  EXPECT_EQ(round_trip(feature_name, feature_parse),
            (std::vector<std::string>{"x", "y", "xSquared", "ySquared", "xTimesY", "sinX", "sinY"}));
  EXPECT_EQ(round_trip(output_name, output_parse),
            (std::vector<std::string>{"tanh", "sigmoid", "softmax", "log_softmax", "softmin", "identity"}));
  EXPECT_EQ(round_trip(init_name, init_parse),
            (std::vector<std::string>{"xavier_uniform", "xavier_normal", "he_uniform", "he_normal",
                                      "lecun_normal", "uniform", "zeros"}));
  EXPECT_EQ(round_trip(optimizer_name, optimizer_parse),
            (std::vector<std::string>{"sgd", "momentum", "nesterov", "rmsprop", "adam", "adagrad"}));
  EXPECT_EQ(static_cast<int>(kNumFeatures), 7);
}

TEST(Config, MakeLayerTakesCatalogueDefaults) {
  for (int i = 0; i < kNumActs; ++i) {
    const Act a = static_cast<Act>(i);
    const ActInfo& info = act_info(a);
    const LayerSpec l = make_layer(17, a);
    EXPECT_EQ(l.units, 17);
    EXPECT_EQ(l.act, a);
    for (int k = 0; k < kMaxActParams; ++k) {
      EXPECT_EQ(l.act_params[k], k < info.n_params ? info.params[k].def : 0.0f)
          << info.name << " param " << k;
    }
    EXPECT_EQ(l.learn_params, info.learnable_default) << info.name;
    EXPECT_EQ(l.maxout_k, 2);
  }
}

// maxout's piece count: one field (LayerSpec::maxout_k), its default and range from the catalogue row.
TEST(Config, MaxoutPiecesFollowTheCatalogue) {
  const ActParam& k = act_info(Act::maxout).params[0];
  EXPECT_STREQ(k.name, "k");
  EXPECT_EQ(make_layer(3, Act::maxout).maxout_k, static_cast<int>(k.def));
  EXPECT_EQ(kMaxMaxoutPieces, static_cast<int>(k.hi));
  Dataset d;
  DataConfig dc;
  ASSERT_EQ(make_dataset(dc, &d), "");
  NetConfig net;
  net.n_hidden = 1;
  net.hidden[0] = make_layer(3, Act::maxout);
  net.hidden[0].act_params[0] = 0.0f;  // unused for maxout: not validated
  EXPECT_EQ(validate(net, TrainConfig(), d), "");
}

// A valid starting point: 2-class spiral, 2 hidden tanh layers.
struct Fixture {
  Dataset data;
  NetConfig net;
  TrainConfig train;
};
Fixture base(DatasetKind kind = DatasetKind::spiral, int classes = 2) {
  Fixture f;
  DataConfig dc;
  dc.kind = kind;
  dc.classes = classes;
  dc.points = 200;
  EXPECT_EQ(make_dataset(dc, &f.data), "");
  f.net.n_hidden = 2;
  f.net.hidden[0] = make_layer(8, Act::tanh);
  f.net.hidden[1] = make_layer(8, Act::tanh);
  if (f.data.classes > 2) {
    f.net.output = Output::softmax;
    f.net.n_out = f.data.classes;
  } else if (f.data.classes == 0) {
    f.net.output = Output::identity;
  }
  return f;
}

// First element-wise activation with a parameter whose range is bounded above.
bool bounded_param(Act* a, int* k) {
  for (int i = 0; i < kNumElementwiseActs; ++i) {
    const ActInfo& info = act_info(static_cast<Act>(i));
    for (int j = 0; j < info.n_params; ++j) {
      if (std::isfinite(info.params[j].hi)) {
        *a = static_cast<Act>(i);
        *k = j;
        return true;
      }
    }
  }
  return false;
}

struct Case {
  const char* what;
  std::function<void(Fixture&)> edit;
  const char* field;  // must appear in the message
};

TEST(Config, ValidateAcceptsTheBaseAndTheEdges) {
  {
    Fixture f = base();
    EXPECT_EQ(validate(f.net, f.train, f.data), "");
  }
  const std::vector<Case> ok = {
      {"no hidden layer", [](Fixture& f) { f.net.n_hidden = 0; }, ""},
      {"8 x 64",
       [](Fixture& f) {
         f.net.n_hidden = 8;
         for (LayerSpec& l : f.net.hidden) l = make_layer(64, Act::relu);
       },
       ""},
      {"maxout k 4",
       [](Fixture& f) {
         f.net.hidden[0] = make_layer(4, Act::maxout);
         f.net.hidden[0].maxout_k = 4;
       },
       ""},
      {"sigmoid head", [](Fixture& f) { f.net.output = Output::sigmoid; }, ""},
      {"softmax K=2", [](Fixture& f) { f.net.output = Output::softmax, f.net.n_out = 2; }, ""},
      {"lr 100", [](Fixture& f) { f.train.lr = 100; }, ""},
      {"batch = n_train", [](Fixture& f) { f.train.batch = f.data.n_train; }, ""},
      {"batch 1", [](Fixture& f) { f.train.batch = 1; }, ""},
      {"l1 l2 10", [](Fixture& f) { f.train.l1 = 10, f.train.l2 = 10; }, ""},
      {"dropout 0.9", [](Fixture& f) { f.train.dropout = 0.9f; }, ""},
      {"clip 0 and 5", [](Fixture& f) { f.train.clip = 5; }, ""},
      {"momentum 0", [](Fixture& f) { f.train.momentum = 0, f.train.beta1 = 0, f.train.rho = 0; }, ""},
      {"init_scale 10", [](Fixture& f) { f.net.init_scale = 10; }, ""},
      {"all features", [](Fixture& f) { f.net.features = (1u << kNumFeatures) - 1; }, ""},
  };
  for (const Case& c : ok) {
    Fixture f = base();
    c.edit(f);
    EXPECT_EQ(validate(f.net, f.train, f.data), "") << c.what;
  }
  // Heads that depend on the data.
  Fixture k5 = base(DatasetKind::spiral, 5);
  for (Output o : {Output::softmax, Output::log_softmax, Output::softmin}) {
    k5.net.output = o;
    EXPECT_EQ(validate(k5.net, k5.train, k5.data), "") << output_name(o);
  }
  Fixture plane = base(DatasetKind::plane);
  EXPECT_EQ(validate(plane.net, plane.train, plane.data), "");
  plane.net.output = Output::tanh;  // TF Playground regresses with a tanh output
  EXPECT_EQ(validate(plane.net, plane.train, plane.data), "");
  Fixture sine = base(DatasetKind::sine1d);
  sine.net.features = (1u << static_cast<int>(Feature::x)) | (1u << static_cast<int>(Feature::x_squared)) |
                      (1u << static_cast<int>(Feature::sin_x));
  EXPECT_EQ(validate(sine.net, sine.train, sine.data), "");
}

TEST(Config, ValidateRejectsEveryBadField) {
  const float nan = std::numeric_limits<float>::quiet_NaN();
  const float inf = std::numeric_limits<float>::infinity();
  Act pact = Act::identity;
  int pk = 0;
  ASSERT_TRUE(bounded_param(&pact, &pk)) << "the catalogue has no bounded parameter to test with";
  const std::vector<Case> bad = {
      {"n_hidden -1", [](Fixture& f) { f.net.n_hidden = -1; }, "n_hidden"},
      {"n_hidden 9", [](Fixture& f) { f.net.n_hidden = 9; }, "n_hidden"},
      {"units 0", [](Fixture& f) { f.net.hidden[1].units = 0; }, "hidden[1].units"},
      {"units 65", [](Fixture& f) { f.net.hidden[0].units = 65; }, "hidden[0].units"},
      {"softmax hidden", [](Fixture& f) { f.net.hidden[0] = make_layer(8, Act::softmax); }, "hidden[0].act"},
      {"log_softmax hidden", [](Fixture& f) { f.net.hidden[1] = make_layer(8, Act::log_softmax); },
       "hidden[1].act"},
      {"act id 200", [](Fixture& f) { f.net.hidden[0].act = static_cast<Act>(200); }, "hidden[0].act"},
      {"param above range",
       [pact, pk](Fixture& f) {
         f.net.hidden[0] = make_layer(8, pact);
         f.net.hidden[0].act_params[pk] = act_info(pact).params[pk].hi + 1;
       },
       act_info(pact).params[pk].name},
      {"param NaN",
       [pact, pk, nan](Fixture& f) {
         f.net.hidden[1] = make_layer(8, pact);
         f.net.hidden[1].act_params[pk] = nan;
       },
       "hidden[1]."},
      {"maxout_k 1",
       [](Fixture& f) { f.net.hidden[0] = make_layer(3, Act::maxout), f.net.hidden[0].maxout_k = 1; },
       "maxout_k"},
      {"maxout_k 5",
       [](Fixture& f) { f.net.hidden[0] = make_layer(3, Act::maxout), f.net.hidden[0].maxout_k = 5; },
       "maxout_k"},
      {"no features", [](Fixture& f) { f.net.features = 0; }, "features"},
      {"unknown feature bit", [](Fixture& f) { f.net.features = 1u << kNumFeatures; }, "features"},
      {"identity head on classes", [](Fixture& f) { f.net.output = Output::identity; }, "output"},
      {"output id 9", [](Fixture& f) { f.net.output = static_cast<Output>(9); }, "output"},
      {"tanh n_out 2", [](Fixture& f) { f.net.n_out = 2; }, "n_out"},
      {"softmax n_out 1", [](Fixture& f) { f.net.output = Output::softmax, f.net.n_out = 1; }, "n_out"},
      {"softmin n_out 3", [](Fixture& f) { f.net.output = Output::softmin, f.net.n_out = 3; }, "n_out"},
      {"init id 50", [](Fixture& f) { f.net.init = static_cast<Init>(50); }, "init"},
      {"init_scale 0", [](Fixture& f) { f.net.init_scale = 0; }, "init_scale"},
      {"init_scale 11", [](Fixture& f) { f.net.init_scale = 11; }, "init_scale"},
      {"init_scale NaN", [nan](Fixture& f) { f.net.init_scale = nan; }, "init_scale"},
      {"optimizer id 40", [](Fixture& f) { f.train.optimizer = static_cast<Optimizer>(40); }, "optimizer"},
      {"lr 0", [](Fixture& f) { f.train.lr = 0; }, "lr"},
      {"lr -1", [](Fixture& f) { f.train.lr = -1; }, "lr"},
      {"lr 101", [](Fixture& f) { f.train.lr = 101; }, "lr"},
      {"lr NaN", [nan](Fixture& f) { f.train.lr = nan; }, "lr"},
      {"batch 0", [](Fixture& f) { f.train.batch = 0; }, "batch"},
      {"batch n_train+1", [](Fixture& f) { f.train.batch = f.data.n_train + 1; }, "batch"},
      {"l1 -0.1", [](Fixture& f) { f.train.l1 = -0.1f; }, "l1"},
      {"l1 11", [](Fixture& f) { f.train.l1 = 11; }, "l1"},
      {"l2 -1", [](Fixture& f) { f.train.l2 = -1; }, "l2"},
      {"l2 NaN", [nan](Fixture& f) { f.train.l2 = nan; }, "l2"},
      {"dropout 0.95", [](Fixture& f) { f.train.dropout = 0.95f; }, "dropout"},
      {"dropout -0.1", [](Fixture& f) { f.train.dropout = -0.1f; }, "dropout"},
      {"clip -1", [](Fixture& f) { f.train.clip = -1; }, "clip"},
      {"clip inf", [inf](Fixture& f) { f.train.clip = inf; }, "clip"},
      {"momentum 1", [](Fixture& f) { f.train.momentum = 1; }, "momentum"},
      {"momentum -0.1", [](Fixture& f) { f.train.momentum = -0.1f; }, "momentum"},
      {"beta1 1", [](Fixture& f) { f.train.beta1 = 1; }, "beta1"},
      {"beta2 1.5", [](Fixture& f) { f.train.beta2 = 1.5f; }, "beta2"},
      {"rho 1", [](Fixture& f) { f.train.rho = 1; }, "rho"},
      {"rho NaN", [nan](Fixture& f) { f.train.rho = nan; }, "rho"},
      {"eps 0", [](Fixture& f) { f.train.eps = 0; }, "eps"},
      {"eps -1", [](Fixture& f) { f.train.eps = -1e-8f; }, "eps"},
  };
  for (const Case& c : bad) {
    Fixture f = base();
    c.edit(f);
    const std::string e = validate(f.net, f.train, f.data);
    EXPECT_NE(e, "") << c.what;
    EXPECT_NE(e.find(c.field), std::string::npos) << c.what << ": " << e;
    EXPECT_NE(e.find("allowed"), std::string::npos) << c.what << ": " << e;
    EXPECT_EQ(e.find('\n'), std::string::npos) << c.what << ": " << e;
  }
  // Hidden layers past n_hidden are ignored.
  Fixture f = base();
  f.net.hidden[5].units = 0;
  EXPECT_EQ(validate(f.net, f.train, f.data), "");
}

TEST(Config, ValidateChecksHeadAgainstData) {
  Fixture k3 = base(DatasetKind::spiral, 3);
  for (Output o : {Output::tanh, Output::sigmoid}) {
    k3.net.output = o;
    k3.net.n_out = 1;
    const std::string e = validate(k3.net, k3.train, k3.data);
    EXPECT_NE(e.find("output"), std::string::npos) << output_name(o) << " on 3 classes: " << e;
  }
  Fixture plane = base(DatasetKind::plane);
  for (Output o : {Output::sigmoid, Output::softmax, Output::log_softmax, Output::softmin}) {
    plane.net.output = o;
    plane.net.n_out = 1;
    const std::string e = validate(plane.net, plane.train, plane.data);
    EXPECT_NE(e.find("output"), std::string::npos) << output_name(o) << " on regression: " << e;
  }
  Fixture sine = base(DatasetKind::sine1d);
  for (Feature bad : {Feature::y, Feature::y_squared, Feature::xy, Feature::sin_y}) {
    sine.net.features = 1u | (1u << static_cast<int>(bad));
    const std::string e = validate(sine.net, sine.train, sine.data);
    EXPECT_NE(e.find(feature_name(bad)), std::string::npos) << e;
    EXPECT_NE(e.find("features"), std::string::npos) << e;
  }
}

}  // namespace
}  // namespace actlab
