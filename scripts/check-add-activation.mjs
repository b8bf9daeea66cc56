#!/usr/bin/env node
// check-add-activation.mjs — proves README's "How to add an activation": in a scratch copy of the
// C++ tree it adds a throwaway element-wise activation (abs_demo, f = |x|, a kink at 0) by editing
// exactly the five files the README names, builds natively, and runs the activation tests and
// `actlab eval`. Then the counterfactual: the same copy without the oracle cases must fail the
// catalogue test that demands them. Exit 0 only if both hold.
//
//   node scripts/check-add-activation.mjs            (npm test runs it; ~2 min on 2 cores)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(join(tmpdir(), 'actlab-add-act-'));
const TOKEN = 'abs_demo';

/** Inserts `text` into `file` right before (or after) the first `anchor` found after `from`. */
function insert(file, anchor, text, { after = false, from = '' } = {}) {
  const path = join(scratch, file);
  const src = readFileSync(path, 'utf8');
  const start = from ? src.indexOf(from) : 0;
  const at = start < 0 ? -1 : src.indexOf(anchor, start);
  if (at < 0) throw new Error(`${file}: anchor not found: ${from ? from + ' … ' : ''}${anchor}`);
  const pos = after ? at + anchor.length : at;
  writeFileSync(path, src.slice(0, pos) + text + src.slice(pos));
}

// The five edits, one per file of README's list.
const ORACLE_CASES = {
  f_limit: `    case Act::${TOKEN}: return kInf;\n`,
  df_limit: `    case Act::${TOKEN}: return s;\n`,
  f_raw: `    case Act::${TOKEN}: return std::fabs(x);\n`,
  df_raw: `    case Act::${TOKEN}: return x > 0 ? 1 : x < 0 ? -1 : 0;\n`,
};
function addActivation() {
  // 1. the token
  // (last of the element-wise list, as its row is the last element-wise row)
  insert('cpp/core/activations.h', '\n// Layer-level activations', ` X(${TOKEN})`);
  // 2. the catalogue row (strings, properties, kinks, the exported Python)
  insert(
    'cpp/core/activations.cpp',
    '    // ---- layer-level rows',
    `    {Act::${TOKEN}, "${TOKEN}", "Abs (demo)", R"(f(x)=|x|)", R"(f'(x)=\\operatorname{sign}(x))",
     Family::rectifier, "[0, inf)", true, false, false, false, false, false, false, 0, {kNoParam, kNoParam},
     "Absolute value: a throwaway row added by scripts/check-add-activation.mjs.",
     "절댓값 함수: scripts/check-add-activation.mjs가 시험 삼아 추가하는 행입니다.",
     "check-add-activation", 2025, "x", kinks_at_0,
     {"np.abs(x)", "np.sign(x)", "[]", "z.abs()", nullptr}},\n`,
  );
  // 3. the math: scalar reference and SIMD kernel
  insert(
    'cpp/core/act_kernels.h',
    '}  // namespace actlab::kern',
    `struct K_${TOKEN} {  // |x|; f' = sign(x), 0 at 0 (PyTorch's abs backward)
  static constexpr int kParams = 0;
  template <class V> static V f(V x, const Prm<V>&) { return x * select(x < k<V>(0.0f), k<V>(-1.0f), k<V>(1.0f)); }
  template <class V> static V df(V x, V, const Prm<V>&) {
    return select(x > k<V>(0.0f), k<V>(1.0f), select(x < k<V>(0.0f), k<V>(-1.0f), k<V>(0.0f)));
  }
  template <class T> static T ref_f(T x, const T*) { return x < 0 ? -x : x; }
  template <class T> static T ref_df(T x, const T*) { return x > 0 ? T(1) : x < 0 ? T(-1) : T(0); }
};

`,
  );
  // 4. the double oracle (values, slopes and their limits at +-inf)
  for (const [fn, text] of Object.entries(ORACLE_CASES)) {
    insert('tests/cpp/oracle.h', '    default: return kNaN;', text, { from: `inline double ${fn}(` });
  }
  // 5. the measured tolerance (exact)
  insert(
    'tests/cpp/tolerance.h',
    '};\n// clang-format on',
    `    {Act::${TOKEN},    {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}},\n`,
  );
}

function run(cmd, args, opts = {}) {
  return execFileSync(cmd, args, {
    cwd: scratch,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    ...opts,
  });
}
function copyTree() {
  for (const p of ['CMakeLists.txt', 'CMakePresets.json', 'cpp', 'tests/cpp']) {
    cpSync(join(root, p), join(scratch, p), { recursive: true });
  }
}
function build() {
  run('cmake', ['--preset', 'native']);
  run('cmake', ['--build', '--preset', 'native', '--', '-j2', 'actlab_tests', 'actlab']);
}
const tests = () => join(scratch, 'build/native/tests/cpp/actlab_tests');
const gtestFilter = `*${TOKEN}*:Catalogue.*:Kinks.*:Tolerance.*`;

let ok = true;
try {
  copyTree();
  addActivation();
  build();
  const out = run(tests(), [`--gtest_filter=${gtestFilter}`, '--gtest_brief=1']);
  const ran = (out.match(/\[==========\] (\d+) tests?/) ?? [])[1];
  const perRow = run(tests(), [`--gtest_filter=*${TOKEN}*`, '--gtest_list_tests']).split('\n');
  const rowTests = perRow.filter((l) => l.includes(TOKEN)).length;
  if (rowTests < 8)
    throw new Error(`only ${rowTests} test cases name ${TOKEN}: the suite did not pick the row up`);
  const evalOut = run(join(scratch, 'build/native/actlab'), ['eval', TOKEN], { input: '-2 0 3\n' });
  if (evalOut !== '-2,2,-1\n0,0,0\n3,3,1\n') throw new Error(`actlab eval ${TOKEN} printed:\n${evalOut}`);
  const list = run(join(scratch, 'build/native/actlab'), ['list', '--json']);
  if (!JSON.parse(list).some((a) => a.name === TOKEN && a.family === 'rectifier')) {
    throw new Error(`actlab list --json has no ${TOKEN}`);
  }
  console.log(
    `with the five edits: ${ran} tests pass (${rowTests} of them per-row cases of ${TOKEN}); eval and list see it`,
  );

  // Counterfactual: undo step 4 (the oracle) and the suite must fail.
  cpSync(join(root, 'tests/cpp/oracle.h'), join(scratch, 'tests/cpp/oracle.h'));
  build();
  let failed = false;
  try {
    run(tests(), [
      '--gtest_filter=Catalogue.EveryTokenHasItsOracleToleranceKinksOrLayerOp',
      '--gtest_brief=1',
    ]);
  } catch (e) {
    failed = /no oracle f/.test(String(e.stdout));
  }
  if (!failed) throw new Error('without its oracle cases the new row still passed the catalogue test');
  console.log(
    'without the oracle cases: Catalogue.EveryTokenHasItsOracleToleranceKinksOrLayerOp fails, as it must',
  );
} catch (e) {
  ok = false;
  console.error(`check-add-activation: ${e.message}`);
  if (e.stdout) console.error(String(e.stdout).slice(-4000));
  if (e.stderr) console.error(String(e.stderr).slice(-4000));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
