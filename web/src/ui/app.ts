// app.ts — composes the panels into the page and connects the store, the worker and the URL.
// Compute never happens here: state changes become worker messages, snapshots become drawings.
import type { Catalogue, Curve, DatasetSnapshot, EngineConfig, NetLayout } from '../engine/types';
import { setAttr, setLang, t } from '../i18n';
import { defaultState } from '../state/defaults';
import { engineConfig, trainSettings } from '../state/engine-config';
import type { AppState, Warning } from '../state/types';
import {
  DEFAULT_VIEW,
  type Exported,
  type Snapshot,
  type ToWorker,
  type ViewRequest,
} from '../worker/protocol';
import { ActivationPlot } from './charts/activation-plot';
import { GradChart } from './charts/grad-chart';
import { HealthChart } from './charts/health-chart';
import { LossChart } from './charts/loss-chart';
import { ParamChart } from './charts/param-chart';
import type { AppContext, Frame, Panel } from './context';
import { divergenceLines } from './divergence';
import { h, ht } from './dom';
import { EmbedDialog, pageUrl } from './embed';
import { EmbedApi, type EmbedStatus } from './embed-api';
import { ExportDialog, describeRun, runFileName, type ExportSource } from './export-dialog';
import { FrameLoop } from './frame-loop';
import type { EngineClient } from './engine-client';
import { NetworkPanel } from './network/network-panel';
import { Notices, showWarnings, workerWhy } from './notice';
import { Controls } from './panels/controls';
import { DataPanel } from './panels/data';
import { FeaturesPanel } from './panels/features';
import { Header } from './panels/header';
import { OutputPanel } from './panels/output';
import { FIRST_FRAME_MARK, PerfOverlay } from './panels/perf';
import { Training } from './panels/training';
import { Store, type Change } from './store';
import { writeLocation } from './url';
import { UNCHECKED, encodeState, reconcile } from '../state/codec';

interface Current {
  configId: number;
  dataset: DatasetSnapshot;
  layout: NetLayout;
  config: EngineConfig;
}

type Configure = Extract<ToWorker, { kind: 'configure' }>;

export class App {
  readonly ctx: AppContext;
  private readonly panels: Panel[];
  private readonly controls: Controls;
  private readonly notices = new Notices();
  private readonly embed: EmbedDialog;
  private configId = 0;
  /** The configuration sent with configId (what the worker's answer refers to). */
  private sent: EngineConfig | null = null;
  private current: Current | null = null;
  /**
   * The worker has not yet answered configId. Its snapshots of older configurations still come (the
   * worker was busy when the change was sent) and are not drawn: they would show what the student just
   * changed, and drawing them (7-10 ms a frame at the 8 x 64 network) delays the new data's first frame.
   */
  private awaiting = false;
  private readonly frames: FrameLoop<Snapshot>;
  private runId = -1;
  /** The network of the configuration in use, as JSON. */
  private lastGoodConfig = '';
  private framesDrawn = 0;
  /** The benchmark page's overlay (URL bench=1). */
  private readonly perf: PerfOverlay | null;
  /** Run whose divergence the notice explains (null: none shown). */
  private divergedRun: number | null = null;
  /** The last snapshot drawn: what a restarted worker continues from. */
  private lastDrawn: Snapshot | null = null;
  /** A restarted worker's first run continues the charts instead of clearing them. */
  private resuming = false;
  /** Training was running when the worker died. */
  private runAfterRevive = false;
  /** How the worker last died (the notice says it). */
  private death: { how: 'trap' | 'silent'; message: string } = { how: 'silent', message: '' };
  /** The course page's remote control (embed-api.ts); inert outside an iframe. */
  private readonly api: EmbedApi;
  private lastMetrics: EmbedStatus | null = null;
  private lastParams: Float32Array | null = null;
  private readonly exporter = new ExportDialog();
  private readonly exports = new Map<number, (m: Exported) => void>();
  private exportId = 0;

  constructor(
    private readonly root: HTMLElement,
    cat: Catalogue,
    curves: Record<string, Curve>,
    client: EngineClient,
    state: AppState,
    warnings: Warning[],
    simd: boolean,
    /** Why the plain engine runs: the link said simd=0, the browser has no SIMD, or the SIMD build failed
     * to load (its error). */
    plainWhy: { kind: 'link' | 'browser' } | { kind: 'failed'; error: string } = { kind: 'browser' },
  ) {
    this.frames = new FrameLoop(
      (snap) => this.draw(snap),
      () => client.send({ kind: 'frame' }),
    );
    const store = new Store(state, (s) =>
      reconcile(s, { cat, checkFormula: UNCHECKED, warn: () => undefined, scratch: { present: new Set() } }),
    );
    this.ctx = { cat, curves, store, client };
    setLang(state.lang);
    this.embed = new EmbedDialog(cat);
    this.controls = new Controls(this.ctx, {
      toggle: () => {
        // The button answers the click at once (a big network's worker may be busy for a frame); the
        // worker's 'running' message confirms it, or turns it back when it refuses (diverged weights).
        const running = !this.controls.isRunning;
        this.controls.setRunning(running);
        client.send({ kind: 'run', running });
      },
      step: () => client.send({ kind: 'step' }),
      reset: () => client.send({ kind: 'reset' }),
      reinit: () => {
        const seed = (Math.random() * 0xffffffff) >>> 0;
        store.update('view', (s) => (s.initSeed = seed));
        client.send({ kind: 'reinit', seed });
      },
    });
    const header = new Header(
      this.ctx,
      simd,
      () => this.embed.open(store.state),
      () => this.exporter.open(this.exportSource()),
    );
    const training = new Training(this.ctx);
    const data = new DataPanel(this.ctx);
    const features = new FeaturesPanel(this.ctx);
    const network = new NetworkPanel(this.ctx);
    const output = new OutputPanel(this.ctx);
    const loss = new LossChart();
    const grad = new GradChart();
    const health = new HealthChart();
    const act = new ActivationPlot(cat);
    const params = new ParamChart();
    this.panels = [
      header,
      this.controls,
      training,
      data,
      features,
      network,
      output,
      loss,
      grad,
      health,
      act,
      params,
    ];
    this.perf = state.bench ? new PerfOverlay() : null;

    // Embedded: the same "Open in ActLab" link as the lab pages (open-full), to this experiment in full.
    const openFull = ht(
      'a',
      'embed.open',
      {},
      {
        class: 'open-full',
        target: '_blank',
        rel: 'noopener',
        href: pageUrl(encodeState({ ...state, embed: false }, cat)),
        'data-testid': 'open-full',
      },
    );
    root.replaceChildren(
      skipLink(),
      header.el,
      // A landmark of its own (role region, named): every part of the page lies in one (axe 'region').
      setAttr(
        h('div', { class: 'toolbar', role: 'region' }, this.controls.el, training.el, openFull),
        'aria-label',
        'app.toolbar',
      ),
      this.notices.slot,
      h(
        'main',
        { id: 'main', class: 'layout', tabindex: -1 },
        h('div', { class: 'col col-left' }, data.el, features.el),
        h('div', { class: 'col col-mid' }, network.el, grad.el),
        h('div', { class: 'col col-right' }, output.el, loss.el),
        h('div', { class: 'insights' }, act.el, h('div', { class: 'col' }, health.el, params.el)),
      ),
      ht('footer', 'app.footer', {}, { class: 'app-footer' }),
      this.embed.el,
      this.exporter.el,
      ...(this.perf ? [this.perf.el] : []),
    );
    if (!simd)
      this.notices.show({
        id: 'simd',
        kind: 'warning',
        lines: [
          () =>
            plainWhy.kind === 'link'
              ? t('app.simdForced')
              : plainWhy.kind === 'failed'
                ? t('app.simdFailed', { message: plainWhy.error })
                : t('app.simdNote'),
        ],
      });
    showWarnings(this.notices, warnings);

    store.subscribe((s, change) => this.onChange(s, change));
    this.wire();
    for (const p of this.panels) p.onState?.(store.state, 'data');
    this.applyView(store.state);
    client.send({ kind: 'speed', speed: state.speed });
    client.send({ kind: 'view', view: this.viewRequest(state) });
    this.configure(false);
    openFull.hidden = !state.embed;
    store.subscribe((s) => (openFull.href = pageUrl(encodeState({ ...s, embed: false }, cat))));
    this.api = new EmbedApi({
      play: () => client.send({ kind: 'run', running: true }),
      pause: () => client.send({ kind: 'run', running: false }),
      step: () => client.send({ kind: 'step' }),
      reset: () => client.send({ kind: 'reset' }),
      status: () => this.lastMetrics,
      playing: () => this.controls.isRunning,
    });
  }

  /** The shown run for the export dialog: scripts from the worker's generator, weights, boundary. */
  private exportSource(): ExportSource {
    const s = this.store.state;
    return {
      name: runFileName(s),
      epoch: () => this.lastMetrics?.epoch ?? 0,
      script: (format, epochs) =>
        new Promise((done) => {
          const id = ++this.exportId;
          this.exports.set(id, (m) => done(m.error !== '' ? m.error : { code: m.code }));
          this.ctx.client.send({ kind: 'export', id, format, epochs });
        }),
      weights: () =>
        this.lastParams && this.current
          ? { params: this.lastParams, layout: this.current.layout, description: describeRun(s) }
          : null,
      boundary: () => this.root.querySelector<HTMLCanvasElement>('canvas[data-testid="boundary"]'),
    };
  }

  private get store(): Store {
    return this.ctx.store;
  }

  private wire(): void {
    const { client } = this.ctx;
    client.on('configured', (m) => {
      if (m.configId !== this.configId || this.sent === null) return;
      this.awaiting = false;
      if (m.error !== '' || m.dataset === null || m.layout === null) {
        this.notices.show({
          id: 'config',
          kind: 'error',
          lines: [() => t('notice.configError', { message: m.error })],
        });
        if (this.current === null) this.fallBack();
        return;
      }
      this.notices.dismiss('config');
      this.current = { configId: m.configId, dataset: m.dataset, layout: m.layout, config: this.sent };
      this.lastGoodConfig = JSON.stringify(this.current.config.net);
      for (const p of this.panels) p.onConfigured?.(m.dataset, m.layout, this.current.config);
    });
    client.on('snapshot', (snap) => this.frames.push(snap));
    client.on('running', (m) => {
      this.controls.setRunning(m.running);
      this.api.onPlaying(m.running);
    });
    client.on('diverged', (r) => {
      this.divergedRun = r.runId;
      const lines = divergenceLines(r, this.store.state, this.ctx.cat);
      this.notices.show({
        id: 'diverged',
        kind: 'error',
        lines,
        actions: [
          { key: 'notice.restore', testid: 'restore', run: () => client.send({ kind: 'restore' }) },
          {
            key: 'notice.restoreLower',
            testid: 'restore-lower',
            run: () => {
              client.send({ kind: 'restore' });
              this.store.update(
                'train',
                (s) => (s.learningRate = Math.max(1e-5, Number((s.learningRate / 10).toPrecision(3)))),
              );
            },
          },
        ],
      });
    });
    client.on('exported', (m) => {
      this.exports.get(m.id)?.(m);
      this.exports.delete(m.id);
    });
    client.on('restored', (m) => {
      this.dismissDivergence();
      for (const p of this.panels) p.onRewind?.(m.progress);
    });
    client.on('error', (m) =>
      this.notices.show({
        id: 'engine',
        kind: 'error',
        lines: [() => t('notice.configError', { message: m.message })],
      }),
    );
  }

  /** The worker died (ui/watchdog.ts); a new one is starting. */
  workerDied(how: 'trap' | 'silent', message: string): void {
    this.runAfterRevive ||= this.controls.isRunning;
    this.controls.setRunning(false);
    this.notices.show({
      id: 'worker',
      kind: 'warning',
      lines: [() => t('notice.workerDied', { why: workerWhy(how, message) })],
    });
    this.death = { how, message };
  }

  /** The new worker is ready: the same settings, the last snapshot's weights, epoch and charts. */
  workerRevived(): void {
    const { client } = this.ctx;
    const s = this.store.state;
    const last = this.lastDrawn;
    const resume =
      last !== null && this.current !== null && last.configId === this.current.configId
        ? { params: last.params, epoch: last.metrics.epoch, step: last.metrics.step }
        : undefined;
    this.dismissDivergence();
    this.resuming = resume !== undefined;
    client.send({ kind: 'speed', speed: s.speed });
    this.sendConfig(engineConfig(s, this.ctx.cat), false, resume);
    if (this.runAfterRevive) client.send({ kind: 'run', running: true });
    this.runAfterRevive = false;
    const epoch = resume?.epoch ?? 0;
    const { how, message } = this.death;
    this.notices.show({
      id: 'worker',
      kind: 'warning',
      lines: [() => t('notice.workerRevived', { why: workerWhy(how, message), epoch })],
    });
  }

  private dismissDivergence(): void {
    this.divergedRun = null;
    this.notices.dismiss('diverged');
  }

  /** The initial link could not be configured at all: the default lesson instead. */
  private fallBack(): void {
    const s = defaultState(this.ctx.cat);
    s.lang = this.store.state.lang;
    s.embed = this.store.state.embed;
    this.store.replace(s);
  }

  /** One snapshot onto every panel (FrameLoop acknowledges it to the worker afterwards). */
  private draw(snap: Snapshot): void {
    if (this.awaiting && snap.configId < this.configId) return;
    const cur = this.current;
    if (cur !== null && snap.configId === cur.configId) {
      if (snap.runId !== this.runId && this.resuming) {
        // A restarted worker continuing the last snapshot: the charts keep their history up to it.
        this.runId = snap.runId;
        this.resuming = false;
        for (const p of this.panels) p.onRewind?.(snap.progress);
      } else if (snap.runId !== this.runId) {
        this.runId = snap.runId;
        // New weights (configure, reset, re-init): a divergence of the old ones is history.
        if (this.divergedRun !== null && this.divergedRun < snap.runId) this.dismissDivergence();
        for (const p of this.panels) p.onRestart?.();
      }
      this.lastDrawn = snap;
      const frame: Frame = {
        snap,
        dataset: cur.dataset,
        layout: cur.layout,
        config: cur.config,
        state: this.store.state,
      };
      const t0 = performance.now();
      // The play button follows the worker's 'running' messages only: a snapshot built before a pause
      // may be drawn after it, and must not flip the button back (a pause looked undone for a frame).
      for (const p of this.panels) p.onFrame?.(frame);
      this.perf?.frameDrawn(snap, performance.now() - t0);
      // Measurement hooks (bench/browser.mjs): first frame drawn, frames drawn, optimiser steps so far,
      // the configuration drawn (a data or network change is on screen once it grows).
      if (this.framesDrawn === 0) performance.mark(FIRST_FRAME_MARK);
      this.framesDrawn += 1;
      this.root.dataset['frames'] = String(this.framesDrawn);
      this.root.dataset['steps'] = String(snap.metrics.step);
      this.root.dataset['config'] = String(snap.configId);
      const m = snap.metrics;
      // (a first frame of new weights may come before their losses: Snapshot.measured)
      if (snap.measured)
        this.lastMetrics = {
          epoch: m.epoch,
          trainLoss: m.trainLoss,
          testLoss: m.testLoss,
          accuracy: m.testAccuracy,
        };
      this.lastParams = snap.params;
      this.api.onFrame();
    }
  }

  private onChange(s: Readonly<AppState>, change: Change): void {
    const { client } = this.ctx;
    switch (change) {
      case 'data':
        this.configure(false);
        break;
      case 'net':
        this.configure(true);
        break;
      case 'train': {
        const train = trainSettings(s);
        client.send({ kind: 'train', train });
        if (this.current) this.current = { ...this.current, config: { ...this.current.config, train } };
        break;
      }
      case 'speed':
        client.send({ kind: 'speed', speed: s.speed });
        break;
      case 'lang':
        setLang(s.lang);
        break;
      case 'view':
        break;
    }
    for (const p of this.panels) p.onState?.(s, change);
    this.applyView(s);
    writeLocation(s, this.ctx.cat);
  }

  private configure(keepData: boolean): void {
    const s = this.store.state;
    const config = engineConfig(s, this.ctx.cat);
    // A 'net' change that leaves the network as it is (e.g. re-selecting a value) keeps the weights.
    if (keepData && JSON.stringify(config.net) === this.lastGoodConfig) return;
    this.sendConfig(config, keepData && this.current !== null);
  }

  /** Sends a configuration (and the view it is drawn with) under a new configId; its answer is awaited. */
  private sendConfig(config: EngineConfig, keepData: boolean, resume?: Configure['resume']): void {
    this.configId += 1;
    this.sent = config;
    this.awaiting = true;
    const { client } = this.ctx;
    client.send({ kind: 'view', view: this.viewRequest(this.store.state) });
    client.send({ kind: 'configure', configId: this.configId, config, keepData, resume });
  }

  /** Coarser grids for big networks keep each frame cheap (the grid is one forward pass per point). */
  private viewRequest(s: Readonly<AppState>): ViewRequest {
    const units = s.layers.reduce((n, l) => n + l.units, 0);
    const weights = s.layers.reduce(
      (n, l, i) => n + l.units * (i === 0 ? s.features.length : (s.layers[i - 1]?.units ?? 0)),
      0,
    );
    return {
      ...DEFAULT_VIEW,
      gridSize: s.res ?? (weights > 8000 ? 48 : weights > 2000 ? 64 : DEFAULT_VIEW.gridSize),
      unitGridSize: units > 128 ? 10 : units > 48 ? 14 : DEFAULT_VIEW.unitGridSize,
    };
  }

  /** Embed mode, hide flags. */
  private applyView(s: Readonly<AppState>): void {
    document.body.classList.toggle('embed', s.embed);
    const hidden = new Set(s.hide);
    for (const el of this.root.querySelectorAll<HTMLElement>('[data-hide]')) {
      el.classList.toggle('hidden-by-link', hidden.has(el.dataset['hide'] ?? ''));
    }
  }
}

/** "Skip to the playground": moves focus without touching the hash (the hash is the save file, and a
 * hashchange loads the link). */
function skipLink(): HTMLElement {
  const a = ht('a', 'app.skip', {}, { class: 'skip-link', href: '#main' });
  a.addEventListener('click', (e) => {
    e.preventDefault();
    document.getElementById('main')?.focus();
  });
  return a;
}
