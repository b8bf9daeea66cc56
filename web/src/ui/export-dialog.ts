// export-dialog.ts — "Export code": the run as a NumPy or PyTorch script from the core's generator
// (cpp/core/export_code.h, asked of the worker), downloaded or copied; the trained weights as JSON;
// the decision boundary as PNG. Used by the playground and by every lab run card.
import { setAttr, setText, t } from '../i18n';
import type { ExportFormat, NetLayout } from '../engine/types';
import type { AppState } from '../state/types';
import { h, ht } from './dom';
import { copyField, modalDialog } from './widgets/dialog';

/** What one run offers to export. */
export interface ExportSource {
  /** File names start with this (e.g. "actlab-xor-tanh"). */
  name: string;
  /** The script for `epochs` epochs: code, or the core's one-line error. */
  script(format: ExportFormat, epochs: number): Promise<{ code: string } | string>;
  /** Epochs trained so far (the script reproduces them; 100 before any training). */
  epoch(): number;
  /** The current flat parameter buffer and where each layer lives in it (null before a frame). */
  weights(): { params: Float32Array; layout: NetLayout; description: Record<string, unknown> } | null;
  /** The decision boundary canvas as shown. */
  boundary(): HTMLCanvasElement | null;
}

/** What the weights file says about its run (the settings a reader needs to use them). */
export function describeRun(s: Readonly<AppState>): Record<string, unknown> {
  return {
    dataset: s.dataset,
    features: s.features,
    networkShape: s.layers.map((l) => l.units),
    activations: s.layers.map((l) => l.act),
    output: s.output ?? 'default',
    optimizer: s.optimizer,
    learningRate: s.learningRate,
    batchSize: s.batchSize,
  };
}

/** A file name stem for a run: actlab-<dataset>-<activations>. */
export function runFileName(s: Readonly<AppState>): string {
  const acts = [...new Set(s.layers.map((l) => l.act))].join('-');
  return `actlab-${s.dataset}-${acts || 'linear'}`.replace(/[^A-Za-z0-9._-]/g, '_');
}

/** Epochs a script runs when nothing has been trained yet. */
const DEFAULT_EPOCHS = 100;

/** The weights as plain JSON: per weight layer W (units x fanIn, row-major), b and learnable parameters. */
export function weightsJson(
  params: Float32Array,
  layout: NetLayout,
  description: Record<string, unknown>,
): string {
  const slice = (from: number, n: number) => Array.from(params.subarray(from, from + n));
  return JSON.stringify(
    {
      format: 'actlab-weights-1',
      ...description,
      nParams: layout.nParams,
      layers: layout.layers.map((l) => ({
        fanIn: l.fanIn,
        units: l.units,
        weights: slice(l.weightOffset, l.units * l.fanIn),
        biases: slice(l.biasOffset, l.units),
        actParams: slice(l.actParamOffset, l.units * l.actParamsPerUnit),
      })),
      params: Array.from(params),
    },
    null,
    1,
  );
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export class ExportDialog {
  readonly el: HTMLDialogElement;
  private readonly code: HTMLTextAreaElement;
  private readonly status: HTMLElement;
  private source: ExportSource | null = null;

  constructor() {
    this.code = setAttr(
      h('textarea', {
        class: 'snippet export-code',
        readonly: true,
        rows: 8,
        spellcheck: 'false',
        'data-testid': 'export-code',
      }),
      'aria-label',
      'export.codeLabel',
    );
    this.status = h('p', { class: 'hint', role: 'status', 'data-testid': 'export-status' });
    const button = (testid: string, key: Parameters<typeof setText>[1], fn: () => void) => {
      const b = h('button', { type: 'button', class: 'btn', 'data-testid': testid });
      setText(b, key);
      b.addEventListener('click', fn);
      return b;
    };
    const scriptRow = (format: ExportFormat, key: 'export.numpy' | 'export.pytorch') =>
      h(
        'div',
        { class: 'export-row' },
        ht('span', key, {}, { class: 'export-what' }),
        button(`export-${format}-download`, 'export.download', () => void this.script(format, 'download')),
        button(`export-${format}-copy`, 'export.copy', () => void this.script(format, 'copy')),
      );
    this.el = modalDialog(
      'export-dialog',
      'export.title',
      { 'data-testid': 'export-dialog' },
      ht('p', 'export.hint', {}, { class: 'hint' }),
      scriptRow('numpy', 'export.numpy'),
      scriptRow('pytorch', 'export.pytorch'),
      h(
        'div',
        { class: 'export-row' },
        ht('span', 'export.weights', {}, { class: 'export-what' }),
        button('export-weights', 'export.download', () => this.weights()),
      ),
      h(
        'div',
        { class: 'export-row' },
        ht('span', 'export.boundary', {}, { class: 'export-what' }),
        button('export-png', 'export.download', () => this.png()),
      ),
      this.status,
      this.code,
    );
  }

  open(source: ExportSource): void {
    this.source = source;
    this.code.value = '';
    this.status.textContent = '';
    this.el.showModal();
  }

  private async script(format: ExportFormat, how: 'download' | 'copy'): Promise<void> {
    const src = this.source;
    if (src === null) return;
    const epochs = src.epoch() > 0 ? src.epoch() : DEFAULT_EPOCHS;
    const r = await src.script(format, epochs);
    if (typeof r === 'string') {
      this.status.textContent = t('export.error', { message: r });
      return;
    }
    this.code.value = r.code;
    const file = `${src.name}-${format}.py`;
    if (how === 'download') {
      download(file, new Blob([r.code], { type: 'text/x-python' }));
      this.status.textContent = t('export.saved', { file, epochs });
    } else {
      this.status.textContent = (await copyField(this.code))
        ? t('export.copied', { epochs })
        : t('export.selected');
    }
  }

  private weights(): void {
    const w = this.source?.weights();
    if (!this.source || !w) return;
    const file = `${this.source.name}-weights.json`;
    download(file, new Blob([weightsJson(w.params, w.layout, w.description)], { type: 'application/json' }));
    this.status.textContent = t('export.savedFile', { file });
  }

  private png(): void {
    const canvas = this.source?.boundary();
    const name = this.source?.name;
    if (!canvas || name === undefined) return;
    canvas.toBlob((blob) => {
      if (!blob) return;
      const file = `${name}-boundary.png`;
      download(file, blob);
      this.status.textContent = t('export.savedFile', { file });
    }, 'image/png');
  }
}
