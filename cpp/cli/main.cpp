// main.cpp — `actlab`: the command word, then one command per file (cmd_*.cpp).
#include <cstdio>
#include <string>

#include "cli.h"

namespace actlab::cli {

namespace {

const char* const kUsage = R"(actlab — the ActLab activation-function playground on the command line

usage:
  actlab list [--json]                  the activation catalogue (table, or a JSON array)
  actlab eval NAME [--PARAM VALUE]...   f(x) and f'(x) for the numbers on stdin: one CSV line x,y,dy each
                                        (softmax/log_softmax/softmin: stdin is one vector, dy = diag of
                                        the Jacobian)
  actlab eval --formula EXPR            the same for your own function of x, e.g. 'x*tanh(softplus(x))'
                                        (f' by automatic differentiation; --NAME VALUE sets a declared
                                        parameter; see README "Formulas")
  actlab train [FLAGS]                  train an MLP; one JSON object per epoch, then a summary object
  actlab gradcheck [FLAGS]              backprop vs central differences; exit 1 if max rel. error > 1e-3
  actlab export --format numpy|pytorch [FLAGS]
                                        the same run as one self-contained Python script (NumPy, or
                                        PyTorch with autograd) printing train's per-epoch losses
  actlab bench [--json] [--min-time S]  training samples/s, grid points/s and kernel elements/s
  actlab help [COMMAND]                 this text

train / gradcheck / export flags (defaults in brackets):
  --dataset NAME        xor, xor4, spiral, circle, gauss, moons, checkerboard, plane, sine1d, custom,
                        custom1d [spiral]
  --data-formula EXPR   custom: class 1 where f(x, y) > 0 [y - 3*sin(x)]; custom1d: target f(x)
                        [x*sin(x)/5] (see README "Formulas")
  --points N            4..5000 [500]            --noise R        0..0.5 [0]
  --train-ratio R       0.1..0.9 [0.5]           --classes K      spiral arms 2..5 [2]
  --data-seed S         dataset seed [1]         --seed S         weights, shuffles, dropout [1]
  --features LIST       x,y,xSquared,ySquared,xTimesY,sinX,sinY [x,y; sine1d: x]
  --layers LIST         hidden units per layer, e.g. 8,8; "" or 0 = no hidden layer [8,8]
  --activation NAME     every hidden layer [tanh]   --activations LIST   one per hidden layer
                        NAME: a catalogue row (actlab list), or formula for your own function of x
  --formula EXPR        the function every formula layer computes (one per network), e.g.
                        'x*tanh(softplus(x))' or 'x*sigmoid(a*x); a = 1 in [0.1, 5]' (see README "Formulas")
  --PARAM VALUE         a parameter of the chosen activation(s), e.g. --negative_slope 0.2; a formula's
                        parameter by its declared name, e.g. --a 2
  --learn-params on|off train the activation parameters per unit [catalogue default]
  --maxout-k K          pieces per maxout unit, 2..4 [2]
  --output NAME         tanh, sigmoid, softmax, log_softmax, softmin, identity
                        [tanh for 2 classes, softmax for more, identity for regression]
  --init NAME           xavier_uniform, xavier_normal, he_uniform, he_normal, lecun_normal, uniform, zeros
                        [xavier_uniform]         --init-scale A   U(-A, A) for --init uniform [0.5]
  --optimizer NAME      sgd, momentum, nesterov, rmsprop, adam, adagrad [sgd]
  --lr R [0.03]  --batch N [10, at most the training set]  --epochs N [200; gradcheck: 0, trained before the check]
  --momentum M [0.9]  --beta1 B [0.9]  --beta2 B [0.999]  --rho R [0.9]  --eps E [1e-8]
  --l1 R [0]  --l2 R [0]  --dropout P [0]  --clip C [0 = off]
  --max-params N        gradcheck only: check N evenly spaced parameters [0 = all]

exit status: 0 ok, 1 gradcheck above tolerance, 2 bad input (one line on stderr), 3 training diverged
)";

const char* const kCommands = "list, eval, train, gradcheck, export, bench, help";

}  // namespace

int cmd_help(const std::string& topic) {
  if (!topic.empty() && topic != "list" && topic != "eval" && topic != "train" && topic != "gradcheck" &&
      topic != "export" && topic != "bench" && topic != "help") {
    return usage_error("unknown help topic " + quoted(topic) + " (allowed: " + kCommands + ")");
  }
  std::fputs(kUsage, stdout);
  return kExitOk;
}

}  // namespace actlab::cli

int main(int argc, char** argv) {
  using namespace actlab::cli;
  if (argc < 2)
    return usage_error(std::string("missing command (allowed: ") + kCommands + "; see actlab --help)");
  const std::string cmd = argv[1];
  if (cmd == "--help" || cmd == "-h") return cmd_help("");
  if (cmd == "help") {
    if (argc > 3) return usage_error("help takes at most one topic");
    return cmd_help(argc == 3 ? argv[2] : "");
  }
  if (cmd == "list") return cmd_list(argc, argv, 2);
  if (cmd == "eval") return cmd_eval(argc, argv, 2);
  if (cmd == "train") return cmd_train(argc, argv, 2);
  if (cmd == "gradcheck") return cmd_gradcheck(argc, argv, 2);
  if (cmd == "export") return cmd_export(argc, argv, 2);
  if (cmd == "bench") return cmd_bench(argc, argv, 2);
  return usage_error("unknown command " + quoted(cmd) + " (allowed: " + kCommands + ")");
}
