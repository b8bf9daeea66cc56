// katex.ts — formulas from the core catalogue rendered with KaTeX (never raw LaTeX on screen).
// KaTeX is loaded on first use, as its own chunk, so it does not delay the first paint.
import type katexModule from 'katex';

type Katex = typeof katexModule;
let loading: Promise<Katex> | null = null;

export function renderTex(el: HTMLElement, latex: string, display = false): HTMLElement {
  loading ??= import('katex').then((m) => m.default);
  void loading.then((katex) =>
    katex.render(latex, el, {
      throwOnError: false,
      displayMode: display,
      output: 'htmlAndMathml',
      strict: 'ignore',
      trust: false,
    }),
  );
  return el;
}
