// katex.ts — formulas from the core catalogue rendered with KaTeX (never raw LaTeX on screen).
import katex from 'katex';

export function renderTex(el: HTMLElement, latex: string, display = false): HTMLElement {
  katex.render(latex, el, { throwOnError: false, displayMode: display, output: 'htmlAndMathml', strict: 'ignore', trust: false });
  return el;
}
