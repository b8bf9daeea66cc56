// diagram.ts — the network drawn as columns of units. Each unit is a thumbnail of what it computes
// over the plane (eval_grid_units); the lines between columns are the weights (blue positive, orange
// negative, width and opacity by magnitude). Hover or focus a unit to see it large.
import type { NetLayout } from '../../engine/types';
import { setText, t } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import type { Frame } from '../context';
import { fitCanvas, h } from '../dom';
import { featureGrid } from '../render/features';
import { fillHeatmap, headKind, type HeadKind } from '../render/heatmap';

export interface DiagramShape {
  features: string[];
  hidden: HTMLElement[];
  units: number[];
  nOut: number;
  output: string;
}

interface Unit {
  canvas: HTMLCanvasElement;
  /** Index into the snapshot's units array (-1 for inputs). */
  index: number;
  title: () => string;
}

const STACK_HEIGHT = 320;
/** Unit thumbnails repainted per frame at most (the rest next frames, round robin). */
const UNITS_PER_FRAME = 96;
/** Above this fan-in only the strongest incoming weights of each unit are drawn. */
const MAX_LINES_PER_UNIT = 12;
const NEG = [230, 159, 0];
const POS = [0, 114, 178];

export class Diagram {
  readonly el: HTMLElement;
  private readonly grid: HTMLElement;
  private readonly weights: HTMLCanvasElement;
  private readonly zoom: HTMLElement;
  private readonly zoomCanvas: HTMLCanvasElement;
  private readonly zoomTitle: HTMLElement;
  private columns: Unit[][] = [];
  private centres: { x: number; y: number; r: number }[][] = [];
  private head: HeadKind = 'signed';
  private zoomed: Unit | null = null;
  private last: Frame | null = null;
  private size = { w: 0, h: 0 };
  private nextUnit = 0;
  private image: ImageData | null = null;

  constructor() {
    this.weights = h('canvas', { class: 'weights', 'aria-hidden': 'true' });
    this.grid = h('div', { class: 'diagram-grid' });
    this.zoomCanvas = h('canvas', { class: 'zoom-canvas', width: 160, height: 160 });
    this.zoomTitle = h('div', { class: 'zoom-title' });
    this.zoom = h('div', { class: 'unit-zoom', hidden: true, role: 'tooltip' }, this.zoomTitle, this.zoomCanvas);
    this.el = h('div', { class: 'diagram' }, this.weights, this.grid, this.zoom);
    new ResizeObserver(() => this.measure()).observe(this.grid);
  }

  /** Rebuilds the columns for a network shape. */
  build(shape: DiagramShape): void {
    const maxUnits = Math.max(shape.features.length, shape.nOut, ...shape.units);
    const size = Math.max(8, Math.min(48, Math.floor(STACK_HEIGHT / maxUnits) - 4));
    this.head = headKind(shape.output);
    this.columns = [];
    const heads: HTMLElement[] = [];
    const stacks: HTMLElement[] = [];
    const stack = (units: Unit[], labels: (HTMLElement | null)[] = []) =>
      h('div', { class: 'unit-stack' }, ...units.map((u, i) => h('div', { class: 'unit-row' }, labels[i] ?? null, u.canvas)));

    // Units are keyboard stops (focus shows them large) while there are few enough to tab through.
    const focusable = shape.units.reduce((a, b) => a + b, shape.nOut) <= 48;
    const inputs = shape.features.map((f) => this.unit(-1, size, focusable, () => t(`features.${f}` as MessageKey)));
    inputs.forEach((u, i) => this.paintStatic(u.canvas, featureGrid(shape.features[i] ?? 'x', 20)));
    this.columns.push(inputs);
    heads.push(setText(h('div', { class: 'column-head column-head-io' }), 'network.inputs'));
    stacks.push(stack(inputs, shape.features.map((f) => setText(h('span', { class: 'unit-label' }), `features.${f}` as MessageKey))));

    let index = 0;
    shape.units.forEach((n, l) => {
      const col = Array.from({ length: n }, (_, j) => this.unit(index + j, size, focusable, () => t('network.unit', { layer: l + 1, unit: j + 1 })));
      index += n;
      this.columns.push(col);
      heads.push(h('div', { class: 'column-head' }, shape.hidden[l] ?? null));
      stacks.push(stack(col));
    });
    const out = Array.from({ length: shape.nOut }, (_, j) => this.unit(index + j, size, focusable, () => t('network.outputUnit', { unit: j + 1 })));
    this.columns.push(out);
    heads.push(setText(h('div', { class: 'column-head column-head-io' }), 'network.outputLayer'));
    stacks.push(stack(out));

    this.grid.style.gridTemplateColumns = `repeat(${heads.length}, minmax(max-content, 1fr))`;
    this.grid.replaceChildren(...heads, ...stacks);
    requestAnimationFrame(() => this.measure());
  }

  private unit(index: number, size: number, focusable: boolean, title: () => string): Unit {
    const canvas = h('canvas', { class: 'unit', width: 20, height: 20, tabindex: index >= 0 && focusable ? 0 : undefined });
    canvas.style.width = `${size}px`;
    canvas.style.height = `${size}px`;
    const u: Unit = { canvas, index, title };
    if (index >= 0) {
      canvas.setAttribute('role', 'img');
      canvas.addEventListener('pointerenter', () => this.showZoom(u));
      canvas.addEventListener('pointerleave', () => this.hideZoom());
      canvas.addEventListener('focus', () => this.showZoom(u));
      canvas.addEventListener('blur', () => this.hideZoom());
    }
    return u;
  }

  private paintStatic(canvas: HTMLCanvasElement, values: Float32Array): void {
    const g = canvas.getContext('2d');
    if (!g) return;
    canvas.width = 20;
    canvas.height = 20;
    const img = g.createImageData(20, 20);
    fillHeatmap(img, values, { head: 'signed', planes: 1, discretize: false });
    g.putImageData(img, 0, 0);
  }

  private measure(): void {
    const box = this.grid.getBoundingClientRect();
    this.size = { w: Math.max(this.grid.scrollWidth, box.width), h: Math.max(this.grid.scrollHeight, box.height) };
    this.weights.style.width = `${this.size.w}px`;
    this.weights.style.height = `${this.size.h}px`;
    this.centres = this.columns.map((col) =>
      col.map((u) => {
        const r = u.canvas.getBoundingClientRect();
        return { x: r.left - box.left + this.grid.scrollLeft, y: r.top - box.top + r.height / 2, r: r.width };
      }),
    );
    if (this.last) this.drawWeights(this.last);
  }

  draw(f: Frame): void {
    this.last = f;
    const u = f.snap.unitGridSize;
    const n = u * u;
    const units = this.columns.slice(1).flatMap((col, c) => col.map((unit) => ({ unit, isOut: c === this.columns.length - 2 })));
    if (n > 0 && units.length > 0) {
      const count = Math.min(units.length, UNITS_PER_FRAME);
      for (let k = 0; k < count; k++) {
        const entry = units[(this.nextUnit + k) % units.length];
        if (!entry) continue;
        const values = f.snap.units.subarray(entry.unit.index * n, (entry.unit.index + 1) * n);
        if (values.length < n) continue;
        this.paintUnit(entry.unit.canvas, values, u, entry.isOut ? this.head : 'signed');
        entry.unit.canvas.setAttribute('aria-label', entry.unit.title());
      }
      this.nextUnit = (this.nextUnit + count) % units.length;
      if (this.zoomed) this.paintZoom();
    }
    this.drawWeights(f);
  }

  private paintUnit(canvas: HTMLCanvasElement, values: Float32Array, size: number, head: HeadKind): void {
    if (canvas.width !== size) {
      canvas.width = size;
      canvas.height = size;
    }
    const g = canvas.getContext('2d');
    if (!g) return;
    if (this.image?.width !== size) this.image = g.createImageData(size, size);
    fillHeatmap(this.image, values, { head: head === 'regression' ? 'signed' : head, planes: 1, discretize: false });
    g.putImageData(this.image, 0, 0);
  }

  private drawWeights(f: Frame): void {
    const { w: W, h: H } = this.size;
    if (W === 0) return;
    const g = fitCanvas(this.weights, W, H);
    g.clearRect(0, 0, W, H);
    const p = f.snap.params;
    const layout: NetLayout = f.layout;
    const strongest: { i: number; w: number }[] = [];
    layout.layers.forEach((L, l) => {
      const from = this.centres[l];
      const to = this.centres[l + 1];
      if (!from || !to || to.length !== L.units) return;
      const pieces = Math.max(1, Math.round(L.fanIn > 0 ? (L.biasOffset - L.weightOffset) / (L.fanIn * L.units) : 1));
      // 2 signs x 8 widths: a few paths instead of thousands of strokes.
      const buckets: Path2D[] = Array.from({ length: 16 }, () => new Path2D());
      for (let j = 0; j < L.units; j++) {
        const b = to[j];
        if (!b) continue;
        strongest.length = 0;
        for (let i = 0; i < L.fanIn && i < from.length; i++) {
          let w = 0;
          for (let k = 0; k < pieces; k++) {
            const v = p[L.weightOffset + (j * pieces + k) * L.fanIn + i] ?? 0;
            if (Math.abs(v) > Math.abs(w)) w = v;
          }
          if (Number.isFinite(w)) strongest.push({ i, w });
        }
        if (strongest.length > MAX_LINES_PER_UNIT) {
          strongest.sort((x, y) => Math.abs(y.w) - Math.abs(x.w));
          strongest.length = MAX_LINES_PER_UNIT;
        }
        for (const { i, w } of strongest) {
          const a = from[i];
          if (!a) continue;
          const level = Math.min(7, Math.floor(Math.abs(w) * 3));
          const path = buckets[(w < 0 ? 0 : 8) + level];
          if (!path) continue;
          const x0 = a.x + a.r;
          const x1 = b.x;
          const mx = (x0 + x1) / 2;
          path.moveTo(x0, a.y);
          path.bezierCurveTo(mx, a.y, mx, b.y, x1, b.y);
        }
      }
      buckets.forEach((path, k) => {
        const level = k % 8;
        const [r, gg, bb] = k < 8 ? NEG : POS;
        g.strokeStyle = `rgba(${r}, ${gg}, ${bb}, ${0.25 + 0.09 * level})`;
        g.lineWidth = 0.6 + 0.55 * level;
        g.stroke(path);
      });
    });
  }

  private showZoom(u: Unit): void {
    this.zoomed = u;
    this.zoomTitle.textContent = u.title();
    const box = this.el.getBoundingClientRect();
    const r = u.canvas.getBoundingClientRect();
    const left = Math.min(box.width - 180, r.right - box.left + 8);
    this.zoom.style.left = `${Math.max(0, left)}px`;
    this.zoom.style.top = `${Math.max(0, r.top - box.top - 60)}px`;
    this.zoom.hidden = false;
    this.paintZoom();
  }

  private hideZoom(): void {
    this.zoomed = null;
    this.zoom.hidden = true;
  }

  private paintZoom(): void {
    const u = this.zoomed;
    const f = this.last;
    if (!u || !f) return;
    const g = this.zoomCanvas.getContext('2d');
    if (!g) return;
    g.imageSmoothingEnabled = true;
    g.imageSmoothingQuality = 'high';
    g.drawImage(u.canvas, 0, 0, this.zoomCanvas.width, this.zoomCanvas.height);
  }
}
