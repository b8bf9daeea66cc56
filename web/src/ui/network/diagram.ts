// diagram.ts — the network drawn as columns of units. Each unit is a thumbnail of what it computes
// over the plane (eval_grid_units); the lines between columns are the weights (blue positive, orange
// negative, width and opacity by magnitude). Hover or focus a unit to see it large.
//
// Cost stays bounded for the largest network (8 x 64): the units are plain transparent <div>s (hover,
// focus, labels); their pictures live in one offscreen atlas and are drawn into one canvas per column,
// over one canvas per layer of weight lines (the strip between two columns) — not a canvas per unit
// (hundreds of layers to composite), nor one for the whole diagram (1441 x 891 at 8 x 64: repainting
// thumbnails into it, and copying each strip of lines into another as big, took the page's frame
// callbacks from p50 4.5 to 7 ms and p90 8 to 9-14 ms). At most UNITS_PER_FRAME pictures are
// refreshed per frame (round robin), and only their columns are drawn again. Wide layers draw only
// each unit's strongest inputs, and the whole diagram at most MAX_LINES lines (in software rendering,
// rasterising 6,000 thick curves of the 8 x 64 network took 60-200 ms). While training runs the lines
// are redrawn at most every SLOW_PANEL_MS, never more often than keeps them under 1/WEIGHTS_DUTY of the
// main thread's time, and a layer's strip at a time, about LINES_PER_FRAME lines a frame: 2-3 ms of a
// frame at the 8 x 64 network, not all 13-15 ms of its lines in one frame. The worker computes the
// thumbnails at a lower resolution for big networks (ui/app.ts viewRequest) and says when they are
// fresh.
import type { NetLayout } from '../../engine/types';
import { setAttr, setText, t } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import type { Frame } from '../context';
import { fitCanvas, h } from '../dom';
import { featureGrid } from '../render/features';
import { fillHeatmap, headKind, type HeadKind } from '../render/heatmap';
import { SLOW_PANEL_MS } from '../throttle';

export interface DiagramShape {
  features: string[];
  hidden: HTMLElement[];
  units: number[];
  nOut: number;
  output: string;
}

interface Unit {
  el: HTMLElement;
  /** Slot in the atlas: the snapshot's unit index, or totalUnits + i for input feature i. */
  slot: number;
  /** Index into the snapshot's units array (-1 for inputs). */
  index: number;
  title: () => string;
  isOut: boolean;
}

const STACK_HEIGHT = 320;
/** Unit pictures refreshed per frame at most (the rest in the next frames, round robin). */
const UNITS_PER_FRAME = 96;
/** Above this fan-in only the strongest incoming weights of each unit are drawn. */
const MAX_LINES_PER_UNIT = 12;
/** Lines in the whole diagram at most (each unit keeps at least its 2 strongest inputs). */
const MAX_LINES = 1200;
/** The weight lines take at most 1/WEIGHTS_DUTY of the time while training runs. */
const WEIGHTS_DUTY = 8;
/** While training, a redraw of the lines draws layers' strips in a frame until this many lines are drawn. */
const LINES_PER_FRAME = 200;
/** Atlas slots per row. */
const ATLAS_COLS = 32;
/** Resolution of the input features' pictures. */
const INPUT_RES = 20;
const NEG = [230, 159, 0];
const POS = [0, 114, 178];

export class Diagram {
  readonly el: HTMLElement;
  private readonly grid: HTMLElement;
  /** The unit pictures, a canvas per column (on top), and the weight lines, a canvas per layer. */
  private readonly unitsBox: HTMLElement;
  private readonly linesBox: HTMLElement;
  private cols: HTMLCanvasElement[] = [];
  private strips: HTMLCanvasElement[] = [];
  /** The size the canvases were laid out for by the last full render. */
  private drawnFor = '';
  private readonly atlas = document.createElement('canvas');
  /** When the last redraw of the lines began. */
  private weightsAt = -Infinity;
  /** Redraws of the weight lines begun (test hook data-lines). */
  private linesDrawn = 0;
  /** Milliseconds the last whole redraw of the weight lines took (drawing them; the browser rasterises
   * them when it paints). */
  private weightsMs = 0;
  /** A redraw of the lines under way while training: its frame, the next layer, the time spent. */
  private job: { f: Frame; layer: number; ms: number } | null = null;
  /** The snapshot whose weights the lines show. */
  private linesOf: Frame['snap'] | null = null;
  private readonly zoom: HTMLElement;
  private readonly zoomCanvas: HTMLCanvasElement;
  private readonly zoomTitle: HTMLElement;
  private columns: Unit[][] = [];
  private centres: { x: number; y: number; r: number }[][] = [];
  private head: HeadKind = 'signed';
  private zoomed: Unit | null = null;
  private last: Frame | null = null;
  private size = { w: 0, h: 0 };
  /** Atlas cell size in pixels (the unit grid resolution). */
  private cell = INPUT_RES;
  private nextUnit = 0;
  /**
   * Which version of the worker's unit pictures each unit's atlas slot shows (by position in the
   * hidden and output columns); `version` counts the fresh ones received (Snapshot.fresh.units). Only
   * slots behind it are painted, UNITS_PER_FRAME a frame, round robin.
   */
  private shown = new Int32Array(0);
  private version = 0;
  /**
   * Rounds completed (test hook data-thumbs): a round ends when every unit shows a version at least as
   * new as the newest when the round began, so it completes while new versions keep coming.
   */
  private complete = 0;
  private roundFrom = 1;
  /** The snapshot whose unit pictures `version` counts; a paint of the rest is scheduled (paused). */
  private seen: Frame['snap'] | null = null;
  private rest = false;
  /** The canvases show a full render of the current layout (weights and every unit). */
  private drawnAll = false;
  private image: ImageData | null = null;
  private features: string[] = [];

  constructor() {
    this.linesBox = h('div', { class: 'weights', 'aria-hidden': 'true' });
    this.unitsBox = h('div', { class: 'weights', 'aria-hidden': 'true' });
    this.grid = h('div', { class: 'diagram-grid' });
    this.zoomCanvas = h('canvas', { class: 'zoom-canvas', width: 160, height: 160 });
    this.zoomTitle = h('div', { class: 'zoom-title' });
    this.zoom = h(
      'div',
      { class: 'unit-zoom', hidden: true, role: 'tooltip' },
      this.zoomTitle,
      this.zoomCanvas,
    );
    this.el = h(
      'div',
      { class: 'diagram', 'data-testid': 'diagram' },
      this.linesBox,
      this.unitsBox,
      this.grid,
      this.zoom,
    );
    new ResizeObserver(() => this.measure()).observe(this.grid);
  }

  /** Rebuilds the columns for a network shape. */
  build(shape: DiagramShape): void {
    const total = shape.units.reduce((a, b) => a + b, shape.nOut);
    const maxUnits = Math.max(shape.features.length, shape.nOut, ...shape.units);
    const size = Math.max(8, Math.min(48, Math.floor(STACK_HEIGHT / maxUnits) - 4));
    // Units are keyboard stops (focus shows them large) while there are few enough to tab through.
    const focusable = total <= 48;
    this.head = headKind(shape.output);
    this.features = shape.features;
    this.columns = [];
    this.strips = [];
    this.cols = [];
    this.linesBox.replaceChildren();
    this.unitsBox.replaceChildren();
    this.nextUnit = 0;
    this.shown = new Int32Array(0);
    this.drawnAll = false;
    const heads: HTMLElement[] = [];
    const stacks: HTMLElement[] = [];
    const stack = (units: Unit[], labels: (HTMLElement | null)[] = []) =>
      h(
        'div',
        { class: 'unit-stack' },
        ...units.map((u, i) => h('div', { class: 'unit-row' }, labels[i] ?? null, u.el)),
      );

    const inputs = shape.features.map((f, i) =>
      this.unit(-1, total + i, size, false, false, () => t(`features.${f}` as MessageKey)),
    );
    this.columns.push(inputs);
    heads.push(setText(h('div', { class: 'column-head column-head-io' }), 'network.inputs'));
    stacks.push(
      stack(
        inputs,
        shape.features.map((f) => setText(h('span', { class: 'unit-label' }), `features.${f}` as MessageKey)),
      ),
    );

    let index = 0;
    shape.units.forEach((n, l) => {
      const col = Array.from({ length: n }, (_, j) =>
        this.unit(index + j, index + j, size, focusable, false, () =>
          t('network.unit', { layer: l + 1, unit: j + 1 }),
        ),
      );
      index += n;
      this.columns.push(col);
      heads.push(h('div', { class: 'column-head' }, shape.hidden[l] ?? null));
      stacks.push(stack(col));
    });
    const out = Array.from({ length: shape.nOut }, (_, j) =>
      this.unit(index + j, index + j, size, focusable, true, () => t('network.outputUnit', { unit: j + 1 })),
    );
    this.columns.push(out);
    heads.push(setText(h('div', { class: 'column-head column-head-io' }), 'network.outputLayer'));
    stacks.push(stack(out));

    this.grid.style.gridTemplateColumns = `repeat(${heads.length}, minmax(max-content, 1fr))`;
    this.grid.replaceChildren(...heads, ...stacks);
    this.resetAtlas(INPUT_RES, total + shape.features.length);
    requestAnimationFrame(() => this.measure());
  }

  private unit(
    index: number,
    slot: number,
    size: number,
    focusable: boolean,
    isOut: boolean,
    title: () => string,
  ): Unit {
    const el = h('div', {
      class: 'unit',
      tabindex: focusable ? 0 : undefined,
      role: index >= 0 ? 'img' : undefined,
    });
    el.style.width = `${size}px`;
    el.style.height = `${size}px`;
    const u: Unit = { el, slot, index, title, isOut };
    if (index >= 0) {
      setAttr(el, 'aria-label', title);
      el.addEventListener('pointerenter', () => this.showZoom(u));
      el.addEventListener('pointerleave', () => this.hideZoom());
      el.addEventListener('focus', () => this.showZoom(u));
      el.addEventListener('blur', () => this.hideZoom());
    }
    return u;
  }

  /** An atlas of `slots` cells of res x res pixels; the inputs' pictures are painted once here. */
  private resetAtlas(res: number, slots: number): void {
    this.cell = res;
    this.drawnAll = false;
    this.shown = new Int32Array(0);
    this.atlas.width = ATLAS_COLS * res;
    this.atlas.height = Math.max(1, Math.ceil(slots / ATLAS_COLS)) * res;
    this.image = null;
    const inputs = this.columns[0] ?? [];
    inputs.forEach((u, i) => this.paintSlot(u.slot, featureGrid(this.features[i] ?? 'x', res), 'signed'));
  }

  private paintSlot(slot: number, values: Float32Array, head: HeadKind): void {
    const g = this.atlas.getContext('2d');
    const res = this.cell;
    if (!g) return;
    if (this.image?.width !== res) this.image = g.createImageData(res, res);
    fillHeatmap(this.image, values, {
      head: head === 'regression' ? 'signed' : head,
      planes: 1,
      discretize: false,
    });
    const [sx, sy] = this.slotOrigin(slot);
    g.putImageData(this.image, sx, sy);
  }

  /** Where atlas slot `slot` starts (each slot is one unit's picture, `cell` pixels square). */
  private slotOrigin(slot: number): [number, number] {
    return [(slot % ATLAS_COLS) * this.cell, Math.floor(slot / ATLAS_COLS) * this.cell];
  }

  /** Atlas slot `slot` drawn into (x, y, w, h) of `g`. */
  private drawSlot(
    g: CanvasRenderingContext2D,
    slot: number,
    x: number,
    y: number,
    w: number,
    h: number,
  ): void {
    const [sx, sy] = this.slotOrigin(slot);
    g.drawImage(this.atlas, sx, sy, this.cell, this.cell, x, y, w, h);
  }

  private measure(): void {
    const box = this.grid.getBoundingClientRect();
    this.size = {
      w: Math.max(this.grid.scrollWidth, box.width),
      h: Math.max(this.grid.scrollHeight, box.height),
    };
    for (const box of [this.linesBox, this.unitsBox]) {
      box.style.width = `${this.size.w}px`;
      box.style.height = `${this.size.h}px`;
    }
    this.centres = this.columns.map((col) =>
      col.map((u) => {
        const r = u.el.getBoundingClientRect();
        return { x: r.left - box.left + this.grid.scrollLeft, y: r.top - box.top + r.height / 2, r: r.width };
      }),
    );
    this.render(this.last); // the units moved: the lines follow at once
  }

  draw(f: Frame): void {
    this.last = f;
    const u = f.snap.unitGridSize;
    const n = u * u;
    const units = this.columns.slice(1).flat();
    const painted: Unit[] = [];
    if (n > 0 && units.length > 0) {
      if (u !== this.cell) this.resetAtlas(u, units.length + this.features.length);
      if (this.shown.length !== units.length) this.shown = new Int32Array(units.length);
      if (f.snap !== this.seen && (f.snap.fresh.units || this.version === 0)) this.version += 1;
      this.seen = f.snap;
      let k = 0;
      for (; k < units.length && painted.length < UNITS_PER_FRAME; k++) {
        const at = (this.nextUnit + k) % units.length;
        const unit = units[at];
        if (!unit || this.shown[at] === this.version) continue;
        this.shown[at] = this.version;
        const values = f.snap.units.subarray(unit.index * n, (unit.index + 1) * n);
        if (values.length !== n) continue; // a snapshot of another shape: nothing to paint
        this.paintSlot(unit.slot, values, unit.isOut ? this.head : 'signed');
        painted.push(unit);
      }
      this.nextUnit = (this.nextUnit + k) % units.length;
      if (this.roundFrom <= this.version && this.shown.every((v) => v >= this.roundFrom)) {
        this.roundFrom = this.version + 1;
        this.complete += 1;
        this.el.dataset['thumbs'] = String(this.complete);
      }
      if (!f.snap.running && this.shown.some((v) => v < this.version)) this.paintRest(f);
      if (this.zoomed && painted.includes(this.zoomed)) this.paintZoom();
    }
    // Only the repainted units are drawn again, and the lines when due (see stepLines).
    if (this.drawnAll && this.drawnFor === this.sizeKey()) {
      this.renderUnits(painted);
      this.stepLines(f);
    } else this.render(f);
  }

  /**
   * A paused network gets no more snapshots: the pictures the round robin has not reached yet are
   * painted on the next animation frames (while training, each new snapshot paints the next ones).
   */
  private paintRest(f: Frame): void {
    if (this.rest) return;
    this.rest = true;
    requestAnimationFrame(() => {
      this.rest = false;
      if (this.last === f) this.draw(f);
    });
  }

  /** Every unit's picture from the atlas at its place (the position of `u` in `columns`). */
  private drawUnit(g: CanvasRenderingContext2D, c: number, j: number, u: Unit): void {
    const p = this.centres[c]?.[j];
    if (!p) return;
    const x = p.x;
    const y = p.y - p.r / 2;
    this.drawSlot(g, u.slot, x, y, p.r, p.r);
    g.strokeRect(x + 0.5, y + 0.5, p.r - 1, p.r - 1);
  }

  private unitStyle(g: CanvasRenderingContext2D): void {
    g.imageSmoothingEnabled = true;
    g.imageSmoothingQuality = 'high';
    g.strokeStyle = 'rgba(31, 36, 48, 0.18)';
    g.lineWidth = 1;
  }

  /** The weight lines, all at once, and every unit's picture from the atlas on the layer above. */
  private render(f: Frame | null): void {
    const { w: W } = this.size;
    this.drawnAll = false;
    this.job = null;
    if (W === 0) return;
    this.drawnFor = this.sizeKey();
    this.linesOf = null;
    for (const c of this.strips) c.hidden = true;
    if (f) {
      this.beginLines(f);
      const t0 = performance.now();
      for (let l = 0; l < f.layout.layers.length; l++) this.drawStrip(f, l);
      this.weightsMs = performance.now() - t0;
      this.linesOf = f.snap;
      this.job = null;
    }
    this.columns.forEach((col, c) => {
      const g = this.column(c);
      if (!g) return;
      if (c > 0 && !f) return;
      col.forEach((u, j) => this.drawUnit(g, c, j, u));
    });
    this.drawnAll = f !== null;
  }

  /**
   * Only `units` again, over what their columns' canvases show. The largest network repaints
   * UNITS_PER_FRAME of its 512 thumbnails a frame; redrawing the other 400-odd unchanged ones cost
   * most of the diagram's frame.
   */
  private renderUnits(units: Unit[]): void {
    if (this.size.w === 0 || units.length === 0) return;
    const where = new Map<Unit, [number, number]>();
    this.columns.forEach((col, c) => col.forEach((u, j) => where.set(u, [c, j])));
    const byColumn = new Map<number, [number, Unit][]>();
    for (const u of units) {
      const at = where.get(u);
      if (!at) continue;
      const list = byColumn.get(at[0]) ?? [];
      list.push([at[1], u]);
      byColumn.set(at[0], list);
    }
    for (const [c, list] of byColumn) {
      const g = this.column(c, false);
      if (!g) continue;
      for (const [j, u] of list) {
        const p = this.centres[c]?.[j];
        if (!p) continue;
        g.clearRect(
          Math.floor(p.x) - 1,
          Math.floor(p.y - p.r / 2) - 1,
          Math.ceil(p.r) + 3,
          Math.ceil(p.r) + 3,
        );
        this.drawUnit(g, c, j, u);
      }
    }
  }

  /** The diagram's size and pixel ratio: the canvases were laid out for it (else render again). */
  private sizeKey(): string {
    return `${this.size.w}x${this.size.h}@${globalThis.devicePixelRatio}`;
  }

  /**
   * Column `c`'s canvas over the box of its units, ready to draw in the diagram's coordinates; cleared
   * when `clear`. Null when the column has no units laid out.
   */
  private column(c: number, clear = true): CanvasRenderingContext2D | null {
    const ps = this.centres[c] ?? [];
    if (ps.length === 0) return null;
    const x0 = Math.floor(Math.min(...ps.map((p) => p.x))) - 2;
    const x1 = Math.ceil(Math.max(...ps.map((p) => p.x + p.r))) + 3;
    const y0 = Math.floor(Math.min(...ps.map((p) => p.y - p.r / 2))) - 2;
    const y1 = Math.ceil(Math.max(...ps.map((p) => p.y + p.r / 2))) + 3;
    const canvas = (this.cols[c] ??= this.unitsBox.appendChild(h('canvas')));
    const g = this.tile(canvas, x0, y0, x1 - x0, y1 - y0);
    if (clear) g.clearRect(x0, y0, x1 - x0, y1 - y0);
    this.unitStyle(g);
    return g;
  }

  /** `canvas` placed at (x, y), w x h CSS pixels; its context draws in the diagram's coordinates. */
  private tile(
    canvas: HTMLCanvasElement,
    x: number,
    y: number,
    w: number,
    hh: number,
  ): CanvasRenderingContext2D {
    const st = canvas.style;
    const [left, top, width, height] = [`${x}px`, `${y}px`, `${w}px`, `${hh}px`];
    if (st.left !== left) st.left = left;
    if (st.top !== top) st.top = top;
    if (st.width !== width) st.width = width;
    if (st.height !== height) st.height = height;
    canvas.hidden = false;
    const g = fitCanvas(canvas, w, hh);
    g.translate(-x, -y);
    return g;
  }

  private beginLines(f: Frame): void {
    this.weightsAt = performance.now();
    this.el.dataset['lines'] = String(++this.linesDrawn);
    this.job = { f, layer: 0, ms: 0 };
  }

  /**
   * Hundreds of anti-aliased curves cost a few ms per frame in software rendering and move little from
   * one frame to the next. A paused network's lines are drawn at once (if its weights are not the ones
   * shown). While training runs, a redraw begins at most every SLOW_PANEL_MS (the unit pictures follow
   * every frame) and draws one layer's strip after another, LINES_PER_FRAME lines of each frame, so the
   * frame an input lands in is never the one that draws all of a big network's lines. The test hook
   * data-strips is the number of strips the last frame that drew lines drew.
   */
  private stepLines(f: Frame): void {
    if (!f.snap.running) {
      if (this.linesOf === f.snap) return;
      this.beginLines(f);
    } else if (!this.job) {
      const every = Math.max(SLOW_PANEL_MS, WEIGHTS_DUTY * this.weightsMs);
      if (performance.now() - this.weightsAt < every) return;
      this.beginLines(f);
    }
    const job = this.job;
    if (!job) return;
    const layers = job.f.layout.layers.length;
    const budget = f.snap.running ? LINES_PER_FRAME : Infinity;
    const t0 = performance.now();
    let drawn = 0;
    let strips = 0;
    while (job.layer < layers && drawn < budget) {
      drawn += this.drawStrip(job.f, job.layer);
      strips += 1;
      job.layer += 1;
    }
    this.el.dataset['strips'] = String(strips);
    job.ms += performance.now() - t0;
    if (job.layer < layers) return;
    this.weightsMs = job.ms;
    this.linesOf = job.f.snap;
    this.job = null;
  }

  /**
   * Layer `l`'s lines on its own canvas, over the strip between its two columns; returns how many.
   * (They were drawn on offscreen canvases and copied into one: the copy rasterised them where their
   * time is measured, but drawing again on a canvas a copy of this frame still held made Chromium
   * duplicate it whole first, 4-5 ms at 8 x 64. Now the browser rasterises them when it paints.)
   */
  private drawStrip(f: Frame, l: number): number {
    const H = this.size.h;
    const [x0, x1] = this.strip(l);
    const canvas = (this.strips[l] ??= this.linesBox.appendChild(h('canvas')));
    if (x1 <= x0) {
      canvas.hidden = true;
      return 0;
    }
    const g = this.tile(canvas, x0, 0, x1 - x0, H);
    g.clearRect(x0, 0, x1 - x0, H);
    return this.drawWeights(g, f, l);
  }

  /** The x range (CSS pixels) of layer `l`'s lines: from its inputs' right edges to its units' left. */
  private strip(l: number): [number, number] {
    const from = this.centres[l] ?? [];
    const to = this.centres[l + 1] ?? [];
    const x0 = Math.min(...from.map((a) => a.x + a.r));
    const x1 = Math.max(...to.map((b) => b.x));
    if (!Number.isFinite(x0) || !Number.isFinite(x1) || x1 <= x0) return [0, 0];
    return [Math.floor(x0), Math.ceil(x1)];
  }

  /**
   * New weights while training (new data, a reset): their lines wait a period like any redraw, so the
   * frame that first shows the change is not also the one that rasterises hundreds of curves (13-15 ms
   * of that frame at the 8 x 64 network). A redraw of the old weights under way stops. The unit pictures
   * start showing the new weights at once.
   */
  restarted(): void {
    this.job = null;
    if (this.drawnAll) this.weightsAt = performance.now();
  }

  /** Layer `l`'s weight lines (from column l to column l + 1) into `g`; returns how many. */
  private drawWeights(g: CanvasRenderingContext2D, f: Frame, l: number): number {
    const p = f.snap.params;
    const layout: NetLayout = f.layout;
    const strongest: { i: number; w: number }[] = [];
    const units = layout.layers.reduce((n, L) => n + L.units, 0);
    const perUnit = Math.max(2, Math.min(MAX_LINES_PER_UNIT, Math.floor(MAX_LINES / Math.max(1, units))));
    const L = layout.layers[l];
    const from = this.centres[l];
    const to = this.centres[l + 1];
    if (!L || !from || !to || to.length !== L.units) return 0;
    let drawn = 0;
    const pieces = Math.max(
      1,
      Math.round(L.fanIn > 0 ? (L.biasOffset - L.weightOffset) / (L.fanIn * L.units) : 1),
    );
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
      if (strongest.length > perUnit) {
        strongest.sort((x, y) => Math.abs(y.w) - Math.abs(x.w));
        strongest.length = perUnit;
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
        drawn += 1;
      }
    }
    buckets.forEach((path, k) => {
      const level = k % 8;
      const [r, gg, bb] = k < 8 ? NEG : POS;
      g.strokeStyle = `rgba(${r}, ${gg}, ${bb}, ${0.25 + 0.09 * level})`;
      g.lineWidth = 0.6 + 0.55 * level;
      g.stroke(path);
    });
    return drawn;
  }

  private showZoom(u: Unit): void {
    this.zoomed = u;
    this.zoomTitle.textContent = u.title();
    const box = this.el.getBoundingClientRect();
    const r = u.el.getBoundingClientRect();
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
    if (!u || !this.last) return;
    const g = this.zoomCanvas.getContext('2d');
    if (!g) return;
    g.imageSmoothingEnabled = true;
    g.imageSmoothingQuality = 'high';
    this.drawSlot(g, u.slot, 0, 0, this.zoomCanvas.width, this.zoomCanvas.height);
  }
}
