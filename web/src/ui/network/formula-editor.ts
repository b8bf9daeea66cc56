// formula-editor.ts — the student's own activation: a text input checked live by the core's parser
// (in the worker; the page never evaluates the text), the core's one-line message under it
// (aria-invalid while it does not compile) and a preview of f and f′ (automatic differentiation).
// Shown while a hidden layer uses `formula`. Only a formula that compiles reaches the state, so a
// typo loses nothing: training goes on with the last good one. Text is shown with textContent only.
import type { Curve, FormulaParamMeta, FormulaVars } from '../../engine/types';
import { setText, t } from '../../i18n';
import { fmtParam } from '../format';
import { fitFormulaParams } from '../../state/defaults';
import type { AppState } from '../../state/types';
import type { AppContext, Panel } from '../context';
import type { FormulaClient } from '../worker-client';
import { fitCanvas, h, ht, nextId } from '../dom';
import { drawCurve, withDerivative } from '../render/curve';
import type { Change } from '../store';

const W = 220;
const H = 90;
const WAIT_MS = 120;

/** Samples of the preview: f and f′ on [-4, 4]. */
function previewXs(): Float32Array {
  return Float32Array.from({ length: 121 }, (_, i) => -4 + (8 * i) / 120);
}

/**
 * An input checked by the core as the student types: `onValid` receives each text that compiles.
 * Shared by the activation editor and the dataset's formula field (vars 'xy').
 */
export class FormulaField {
  readonly el: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly message: HTMLElement;
  private readonly canvas: HTMLCanvasElement | null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;

  constructor(
    private readonly client: FormulaClient,
    private readonly opts: {
      testid: string;
      labelKey: 'network.formula' | 'data.formula';
      vars: FormulaVars;
      preview: boolean;
      /** An empty text is valid (nothing typed: onValid('')). */
      optional?: boolean;
    },
    /** Each text that compiles, with the parameters it declares. */
    private readonly onValid: (text: string, params: readonly FormulaParamMeta[]) => void,
  ) {
    const id = nextId('formula');
    const msgId = nextId('formula-msg');
    this.input = h('input', {
      id,
      type: 'text',
      class: 'formula-input',
      spellcheck: 'false',
      autocomplete: 'off',
      autocapitalize: 'off',
      maxlength: 256,
      'data-testid': `${opts.testid}-input`,
      'aria-describedby': msgId,
      'aria-invalid': 'false',
    });
    this.message = h('p', {
      id: msgId,
      class: 'formula-message',
      'data-testid': `${opts.testid}-message`,
      'aria-live': 'polite',
    });
    this.canvas = opts.preview
      ? h('canvas', { class: 'formula-preview', 'data-testid': `${opts.testid}-preview`, role: 'img' })
      : null;
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.check(), WAIT_MS);
    });
    this.el = h(
      'div',
      { class: 'formula-field' },
      ht('label', opts.labelKey, {}, { for: id, class: 'formula-label' }),
      this.input,
      this.message,
      this.canvas,
      this.canvas ? ht('p', 'network.formulaLegend', {}, { class: 'hint formula-legend' }) : null,
    );
  }

  /** Shows `text` (from the state) unless the student is typing something else. */
  show(text: string): void {
    if (this.input.value === text && this.seq > 0) return;
    if (document.activeElement === this.input && this.input.getAttribute('aria-invalid') === 'true') return;
    this.input.value = text;
    void this.check();
  }

  private async check(): Promise<void> {
    const text = this.input.value;
    const seq = ++this.seq;
    if (this.opts.optional === true && text.trim() === '') {
      this.input.setAttribute('aria-invalid', 'false');
      this.message.classList.remove('formula-error');
      this.message.textContent = '';
      this.draw(null);
      this.onValid('', []);
      return;
    }
    const answer = await this.client.formula(text, this.opts.vars, this.canvas ? previewXs() : undefined);
    if (seq !== this.seq) return; // the student typed on
    const bad = answer.error !== '';
    this.input.setAttribute('aria-invalid', bad ? 'true' : 'false');
    this.message.classList.toggle('formula-error', bad);
    if (bad) this.message.textContent = answer.error;
    else if (answer.params.length > 0)
      this.message.textContent = t('network.formulaParams', {
        list: answer.params
          .map((p) => `${p.name} = ${fmtParam(p.def)} ∈ [${fmtParam(p.lo)}, ${fmtParam(p.hi)}]`)
          .join(', '),
      });
    else setText(this.message, 'network.formulaOk');
    if (this.canvas) this.draw(answer.curve);
    if (!bad) this.onValid(text, answer.params);
  }

  private draw(curve: Curve | null): void {
    if (!this.canvas) return;
    const g = fitCanvas(this.canvas, W, H);
    g.clearRect(0, 0, W, H);
    this.canvas.dataset['drawn'] = curve ? 'yes' : 'no';
    this.canvas.setAttribute('aria-label', curve ? `f(x) = ${this.input.value}` : '');
    if (curve) drawCurve(g, curve, 2, 2, W - 4, H - 4, withDerivative('rgba(31,36,48,0.25)'));
  }
}

/**
 * The activation formula of the network (NetConfig.formula): one text for every `formula` layer
 * (the core has one formula per network; a notice says so when several layers use it).
 */
export class FormulaEditor implements Panel {
  readonly el: HTMLElement;
  private readonly field: FormulaField;
  private readonly shared: HTMLElement;
  /** The parameters the state's formula declares (the layers' sliders). */
  declared: readonly FormulaParamMeta[] = [];

  /** onDeclared: the state's formula now declares `declared` (the layer editors redraw). */
  constructor(ctx: AppContext, onDeclared: () => void) {
    this.field = new FormulaField(
      ctx.client,
      { testid: 'formula', labelKey: 'network.formula', vars: 'x', preview: true },
      (text, params) => {
        const changed = JSON.stringify(params) !== JSON.stringify(this.declared);
        this.declared = params;
        if (ctx.store.state.formula !== text)
          ctx.store.update('net', (s) => {
            s.formula = text;
            // Initial values that no longer fit the new declaration fall back to its defaults.
            s.layers = s.layers.map((l) =>
              l.act === 'formula' ? { ...l, params: fitFormulaParams(l.params, params) } : l,
            );
          });
        else if (changed) onDeclared();
      },
    );
    this.shared = h('p', { class: 'hint hint-strong', 'data-testid': 'formula-shared', hidden: true });
    this.el = h(
      'div',
      { class: 'formula-editor', 'data-testid': 'formula-editor', 'data-hide': 'activation' },
      this.field.el,
      this.shared,
      ht('p', 'network.formulaHint', {}, { class: 'hint', 'data-hide': 'text' }),
    );
    this.el.hidden = true;
  }

  onState(s: Readonly<AppState>, change: Change): void {
    if (change !== 'data' && change !== 'net' && change !== 'lang') return;
    const layers = s.layers.flatMap((l, i) => (l.act === 'formula' ? [i + 1] : []));
    this.el.hidden = layers.length === 0;
    this.shared.hidden = layers.length < 2;
    if (layers.length >= 2) setText(this.shared, 'network.formulaShared', { layers: layers.join(', ') });
    if (!this.el.hidden) this.field.show(s.formula);
  }
}
