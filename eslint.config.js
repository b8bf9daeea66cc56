// eslint.config.js — ESLint for the TypeScript tree (type-aware, through the three tsconfig projects)
// and the .mjs scripts. The import boundaries of web/README.md's folder table are rules here:
//   engine, worker, state never import ui or lab; state imports no engine and touches no DOM;
//   lab → ui → state/engine, never back; inside the lab: lessons → compare → platform → worker protocol.
// `npm run lint` runs this and `prettier --check`; tests/web/boundaries.test.ts shows each rule firing.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** A folder that must not be imported from the files matched (type-only imports allowed when `types`). */
const ban = (regex, message, types = false) => ({ regex, message, allowTypeImports: types });

// Relative specifiers, anchored on the importing file's depth under web/src (d1 = web/src/x/file.ts).
const UP1 = '^\\.\\./';
const UP2 = '^\\.\\./\\.\\./';
const UPN = '^(\\.\\./)+';

const noUi = (up) =>
  ban(`${up}ui(/|$)`, 'The UI is a consumer of this layer: arrows point lab → ui → state/engine.');
const noLab = (up) => ban(`${up}lab(/|$)`, 'Only main.ts loads the lab; nothing below it imports the lab.');
const noI18n = (up, types = false) =>
  ban(`${up}i18n(/|$)`, 'Texts belong to the page, not to this layer.', types);
const noEngineRuntime = (up) =>
  ban(
    `${up}engine(/|$)`,
    'The page never runs the engine: it gets snapshots from the worker (types only).',
    true,
  );

/** No DOM in the layers that run in the worker or must stay pure. */
const noDomGlobals = ['window', 'document', 'localStorage', 'HTMLElement', 'HTMLCanvasElement'].map(
  (name) => ({
    name,
    message: 'This layer has no DOM (it runs in the worker or must stay pure).',
  }),
);

/** A lab page folder: no engine or worker at run time (the lab protocol only), and no sibling in `not`. */
const labPage = (files, not) => ({
  files: [files],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          noEngineRuntime(UP2),
          ban(`${UP2}worker(/|$)`, "The lab pages talk to the lab worker's protocol only.", true),
          ban(`${UP1}worker/(?!protocol$)`, "The lab pages talk to the lab worker's protocol only."),
          ...(not ? [ban(`${UP1}(${not[0]})(/|$)`, not[1])] : []),
        ],
      },
    ],
  },
});

/** The boundaries: one block per folder of web/src (files are matched relative to the repo root). */
const boundaries = [
  {
    files: ['web/src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [ban(`${UP1}`, 'The engine imports nothing of the app.')] },
      ],
      'no-restricted-globals': ['error', ...noDomGlobals],
    },
  },
  {
    files: ['web/src/state/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ban(
              `${UP1}(?!engine/types$)`,
              'The state layer is pure: it imports only state (no DOM side, no engine).',
            ),
            ban(`${UP1}engine/types$`, 'The state layer reads the engine types only (import type).', true),
          ],
        },
      ],
      'no-restricted-globals': ['error', ...noDomGlobals],
    },
  },
  {
    files: ['web/src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noUi(UP1), noLab(UP1), noI18n(UP1)] }],
      'no-restricted-globals': ['error', ...noDomGlobals],
    },
  },
  {
    files: ['web/src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [ban(`${UP1}(?!state/types$)`, 'i18n reads the state types only.')] },
      ],
    },
  },
  {
    files: ['web/src/ui/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noLab(UPN),
            noEngineRuntime(UPN),
            ban(`${UPN}worker/(?!protocol$)`, 'From the worker the UI imports only the protocol.'),
          ],
        },
      ],
    },
  },
  {
    files: ['web/src/lab/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noUi(UP2),
            noI18n(UP2),
            ban(
              `${UP1}(platform|compare|lessons|explorer|routes|route-of)(/|$)`,
              'The lab worker draws nothing.',
            ),
          ],
        },
      ],
      'no-restricted-globals': ['error', ...noDomGlobals],
    },
  },
  labPage('web/src/lab/*.ts'),
  labPage('web/src/lab/platform/**/*.ts', [
    'compare|lessons|explorer|routes|route-of',
    'The platform serves the lab pages.',
  ]),
  labPage('web/src/lab/compare/**/*.ts', [
    'lessons|explorer|routes|route-of',
    'The comparison knows no lesson or explorer.',
  ]),
  labPage('web/src/lab/explorer/**/*.ts', [
    'lessons|compare|routes|route-of',
    'The explorer stands on the platform alone.',
  ]),
  labPage('web/src/lab/lessons/**/*.ts', [
    'explorer|routes|route-of',
    'Lessons build on the comparison, not on the router.',
  ]),
  {
    // The pure parts of the lab (lesson checks and definitions, run histories, comparison links, the
    // lab protocol): functions of data, run by the tests in Node. No DOM, no texts, no engine.
    files: [
      'web/src/lab/lessons/{checks,defs,text}.ts',
      'web/src/lab/platform/{record,runs}.ts',
      'web/src/lab/worker/protocol.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noUi(UP2),
            noI18n(UP2, true),
            noEngineRuntime(UP2),
            ban(`${UP2}worker(/|$)`, 'A pure part imports no worker (its protocol types only).', true),
            ban(
              `${UP1}(compare|explorer|routes|route-of)(/|$)`,
              'A pure part imports only pure parts.',
              true,
            ),
            ban(`${UP1}lessons/(?!checks$|defs$|text$)`, 'A pure part imports only pure parts.'),
            ban(`${UP1}platform/(?!record$|runs$)`, 'A pure part imports only pure parts.'),
            ban(
              `^\\./(?!checks$|defs$|text$|record$|runs$|protocol$)`,
              'A pure part imports only pure parts.',
            ),
          ],
        },
      ],
      'no-restricted-globals': ['error', ...noDomGlobals],
    },
  },
];

/** No HTML built from strings and no code evaluated from strings, anywhere (the brief's rule). */
const noHtmlNoEval = {
  rules: {
    'no-eval': 'error',
    'no-new-func': 'error',
    'no-implied-eval': 'error',
    'no-restricted-properties': [
      'error',
      ...['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((property) => ({
        property,
        message: 'No HTML from strings: build elements with h() (ui/dom.ts) and set text.',
      })),
      { object: 'document', property: 'write', message: 'No HTML from strings.' },
      { object: 'document', property: 'writeln', message: 'No HTML from strings.' },
    ],
  },
};

export default tseslint.config(
  { ignores: ['build/**', 'dist/**', 'node_modules/**', 'web/src/engine/generated/**', 'docs/**'] },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        project: ['web/tsconfig.app.json', 'web/tsconfig.worker.json', 'tests/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      // The compiler knows every global; these few let the syntax rules (no-implied-eval) see the timers
      // even where type information is off (tests/web/boundaries.test.ts).
      globals: Object.fromEntries(
        ['setTimeout', 'setInterval', 'window', 'self', 'globalThis'].map((g) => [g, 'readonly']),
      ),
    },
    rules: {
      ...noHtmlNoEval.rules,
      '@typescript-eslint/no-implied-eval': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: {
      globals: {
        ...Object.fromEntries(
          [
            'console',
            'process',
            'URL',
            'URLSearchParams',
            'setTimeout',
            'clearTimeout',
            'setInterval',
            'clearInterval',
            'performance',
            'fetch',
            'structuredClone',
            'TextEncoder',
            'TextDecoder',
            'Buffer',
            'globalThis',
            'queueMicrotask',
            'AbortController',
            'WebAssembly',
          ].map((g) => [g, 'readonly']),
        ),
      },
    },
    rules: { ...noHtmlNoEval.rules, 'no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    // vitest types its asymmetric matchers (expect.closeTo, expect.stringMatching…) as any, and tests pass
    // them inside the objects they compare: that assignment is the idiom, not a hole in the types.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // Scripts that hand functions to a browser page (page.evaluate): those run where `document` exists.
    files: ['bench/browser.mjs', 'bench/soak-browser.mjs', 'web/scripts/screenshot.mjs'],
    languageOptions: {
      globals: {
        document: 'readonly',
        window: 'readonly',
        requestAnimationFrame: 'readonly',
        MutationObserver: 'readonly',
      },
    },
  },
  {
    // The example course page's script runs in a browser page (no module, no bundler).
    files: ['web/public/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { location: 'readonly', document: 'readonly', addEventListener: 'readonly', CSS: 'readonly' },
    },
  },
  ...boundaries,
);
