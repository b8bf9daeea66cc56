// view.ts — the side-by-side comparison: transport bar, one small multiple per run, loss and gradient
// charts overlaid, the summary table and the lesson-specific panels. It sends configurations to the lab
// worker and draws its snapshots; every snapshot is recorded into the runs' histories (record.ts),
// which the summary, the charts and a lesson's check read. Compute never happens here.
import type { DatasetSnapshot } from '../../engine/types';
import { engineConfig } from '../../state/engine-config';
import type { Speed } from '../../state/speed';
import type { AppState } from '../../state/types';
import { h, ht } from '../../ui/dom';
import { EmbedApi, type EmbedStatus } from '../../ui/embed-api';
import { ExportDialog, describeRun, runFileName, type ExportSource } from '../../ui/export-dialog';
import { FrameLoop } from '../../ui/frame-loop';
import { Notices, workerWhy } from '../../ui/notice';
import { setAttr, t } from '../../i18n';
import { TransportBar } from '../../ui/widgets/transport';
import { GradOverlay, LossOverlay, SlopesChart } from './charts';
import type { LabContext } from '../platform/client';
import { GradcheckTable } from './gradcheck-table';
import { runColour } from '../platform/labels';
import { PathPlot } from './path-plot';
import { BeyondPlot } from './beyond-plot';
import type { LabSnapshot, RunResume, TraceSpec } from '../worker/protocol';
import { epochsTo, latest, newHistory, recordFrame, type RunHistory } from '../platform/record';
import { RunCard, type CardEdit } from './run-card';
import { SummaryTable } from './summary';

/**
 * Lesson-specific panels beside the comparison; 'actCost' is no panel: the worker times each run's
 * activation kernels once (worker/protocol.ts ActCost) for the lesson's cost facts.
 */
export type Extra = 'path' | 'slopes' | 'gradcheck' | 'beyond' | 'actCost';

export interface ViewSpec {
  runs: AppState[];
  target: number;
  speed: Speed;
  trace: TraceSpec | null;
  gradcheck: boolean;
  extras: readonly Extra[];
}

export interface ViewHooks {
  /** Run labels (called again on every language change). */
  labels(): string[];
  /** Every recorded snapshot (all runs' histories, same length). */
  onFrame?(histories: readonly RunHistory[]): void;
  /** New weights: histories start again. */
  onRestart?(): void;
  /** Editing: a card changed its run (the comparison editor); null = cards are read-only. */
  edit?: ((index: number) => CardEdit) | null;
  onSpeed?(speed: Speed): void;
}

export class CompareView {
  readonly el: HTMLElement;
  readonly toolbar: HTMLElement;
  private readonly transport: TransportBar;
  private readonly frames: FrameLoop<LabSnapshot>;
  private readonly grid = h('div', { class: 'runs-grid', 'data-testid': 'runs' });
  private readonly legend = h('div', { class: 'runs-legend', 'aria-hidden': 'true' });
  private readonly loss = new LossOverlay();
  private readonly grad = new GradOverlay();
  private readonly summary = new SummaryTable();
  private readonly extrasBox = h('div', { class: 'extras' });
  private path: PathPlot | null = null;
  private slopes: SlopesChart | null = null;
  private gradcheck: GradcheckTable | null = null;
  private beyond: BeyondPlot | null = null;
  private cards: RunCard[] = [];
  private histories: RunHistory[] = [];
  private datasets: (DatasetSnapshot | null)[] = [];
  private configId = 0;
  private runId = -1;
  private labels: string[] = [];
  /** The course page's remote control (ui/embed-api.ts): it drives this transport; run 1's numbers. */
  readonly api: EmbedApi;
  private lastMetrics: EmbedStatus | null = null;
  private lastParams: (Float32Array | null)[] = [];
  private readonly exporter = new ExportDialog();
  private readonly exports = new Map<number, (m: { code: string; error: string }) => void>();
  private exportId = 0;
  /** The worker's notices (it died, it is back). */
  private readonly notices = new Notices();
  /** Every run's last recorded snapshot: where a restarted worker continues from. */
  private resumeFrom: RunResume[] | null = null;
  /** A restarted worker is continuing resumeFrom: keep the histories. */
  private resuming = false;
  /** The worker died while training: train on once it is back. */
  private runAfterRevive = false;
  private death: { how: 'trap' | 'silent'; message: string } = { how: 'silent', message: '' };
  /** The configuration sent to a restarted worker: its answer says whether the runs continue. */
  private reviveConfigId = 0;

  constructor(
    private readonly ctx: LabContext,
    private spec: ViewSpec,
    private readonly hooks: ViewHooks,
    toolsExtra: HTMLElement | null = null,
  ) {
    this.transport = new TransportBar(
      {
        toggle: () => ctx.client.send({ kind: 'run', running: !this.transport.isRunning }),
        step: () => ctx.client.send({ kind: 'step' }),
        reset: () => ctx.client.send({ kind: 'reset' }),
        speed: (v) => this.setSpeed(v),
      },
      { speed: spec.speed, hideable: false },
    );
    // A named region: the toolbar is a landmark of its own, as the playground's (ui/app.ts).
    this.toolbar = setAttr(
      h('div', { class: 'toolbar lab-toolbar', role: 'region' }, this.transport.el, toolsExtra),
      'aria-label',
      'app.toolbar',
    );
    this.el = h(
      'div',
      { class: 'compare' },
      this.notices.slot,
      this.grid,
      this.exporter.el,
      this.extrasBox,
      h(
        'div',
        { class: 'compare-charts' },
        h(
          'div',
          { class: 'charts-legend-row' },
          this.legend,
          ht('p', 'cmp.styleKey', {}, { class: 'hint style-key' }),
        ),
        this.loss.el,
        this.grad.el,
      ),
      this.summary.el,
    );
    this.frames = new FrameLoop(
      (snap) => this.draw(snap),
      () => ctx.client.send({ kind: 'frame' }),
    );
    ctx.client.on('configured', (m) => {
      if (m.configId !== this.configId) return;
      this.datasets = m.datasets;
      const keep = this.resuming && m.resumed && this.histories.length === m.layouts.length;
      if (!keep) {
        this.resuming = false;
        this.histories = m.layouts.map((l) =>
          newHistory(l ?? { layers: [], nInputs: 0, totalUnits: 0, nParams: 0 }),
        );
      }
      m.datasets.forEach((d, i) => {
        if (d) this.cards[i]?.onConfigured(d);
      });
      this.resetCharts(keep);
      if (m.configId === this.reviveConfigId)
        this.revivedNotice(keep ? (this.resumeFrom?.[0]?.epoch ?? 0) : 0);
    });
    ctx.life.listen({
      died: (how, message) => this.workerDied(how, message),
      revived: () => this.workerRevived(),
    });
    ctx.client.on('snapshot', (snap) => this.receive(snap));
    ctx.client.on('exported', (m) => {
      this.exports.get(m.id)?.(m);
      this.exports.delete(m.id);
    });
    ctx.client.on('running', (m) => {
      this.transport.setRunning(m.running);
      this.api.onPlaying(m.running);
    });
    this.api = new EmbedApi({
      play: () => ctx.client.send({ kind: 'run', running: true }),
      pause: () => ctx.client.send({ kind: 'run', running: false }),
      step: () => ctx.client.send({ kind: 'step' }),
      reset: () => ctx.client.send({ kind: 'reset' }),
      status: () => this.lastMetrics,
      playing: () => this.transport.isRunning,
    });
    ctx.client.send({ kind: 'speed', speed: spec.speed });
    this.configure(spec);
  }

  get runHistories(): readonly RunHistory[] {
    return this.histories;
  }

  /** New runs (or changed ones): cards rebuilt, weights start again. */
  configure(spec: ViewSpec): void {
    this.spec = spec;
    this.configId += 1;
    this.histories = [];
    this.labels = this.hooks.labels();
    this.lastParams = [];
    this.cards = spec.runs.map(
      (s, i) =>
        new RunCard(i, s, this.ctx.cat, this.hooks.edit?.(i) ?? null, () =>
          this.exporter.open(this.exportSource(i)),
        ),
    );
    this.cards.forEach((c, i) => c.setLabel(this.labels[i] ?? ''));
    this.grid.replaceChildren(...this.cards.map((c) => c.el));
    this.grid.dataset['count'] = String(spec.runs.length);
    this.buildExtras();
    this.resuming = false;
    this.resumeFrom = null;
    this.sendConfigure();
  }

  private sendConfigure(resume?: RunResume[]): void {
    const spec = this.spec;
    this.ctx.client.send({
      kind: 'configure',
      configId: this.configId,
      runs: spec.runs.map((s) => engineConfig(s, this.ctx.cat)),
      trace: spec.trace,
      gradcheck: spec.gradcheck,
      gridSize: spec.runs.length <= 2 ? 64 : 48,
      ...(spec.extras.includes('actCost') ? { actCost: true } : {}),
      resume,
    });
  }

  /** The worker died (ui/watchdog.ts); a new one is starting. */
  private workerDied(how: 'trap' | 'silent', message: string): void {
    this.runAfterRevive ||= this.transport.isRunning;
    this.transport.setRunning(false);
    this.death = { how, message };
    this.notices.show({
      id: 'worker',
      kind: 'warning',
      lines: [() => t('notice.workerDied', { why: workerWhy(how, message) })],
    });
  }

  /** The new worker is ready: the same runs, each from its last recorded snapshot, histories kept. */
  private workerRevived(): void {
    const resume = this.resumeFrom ?? undefined;
    this.resuming = resume !== undefined;
    this.ctx.client.send({ kind: 'speed', speed: this.spec.speed });
    this.configId += 1;
    this.sendConfigure(resume);
    this.reviveConfigId = this.configId;
    if (this.runAfterRevive) this.ctx.client.send({ kind: 'run', running: true });
    this.runAfterRevive = false;
  }

  /** The restarted worker answered: from which epoch the runs go on (0: they start again). */
  private revivedNotice(epoch: number): void {
    const { how, message } = this.death;
    this.notices.show({
      id: 'worker',
      kind: 'warning',
      lines: [() => t('notice.workerRevived', { why: workerWhy(how, message), epoch })],
    });
  }

  /** Run i for the export dialog: its script from the worker's generator, weights, boundary. */
  private exportSource(i: number): ExportSource {
    const s = this.spec.runs[i] as AppState;
    return {
      name: `${runFileName(s)}-run${i + 1}`,
      epoch: () => (this.histories[i] ? (latest(this.histories[i])?.epoch ?? 0) : 0),
      script: (format, epochs) =>
        new Promise((done) => {
          const id = ++this.exportId;
          this.exports.set(id, (m) => done(m.error !== '' ? m.error : { code: m.code }));
          this.ctx.client.send({ kind: 'export', id, run: i, format, epochs });
        }),
      weights: () => {
        const params = this.lastParams[i];
        const layout = this.histories[i]?.layout;
        return params && layout ? { params, layout, description: describeRun(s) } : null;
      },
      boundary: () => this.cards[i]?.boundary ?? null,
    };
  }

  /** Labels follow the language. */
  relabel(): void {
    this.labels = this.hooks.labels();
    this.cards.forEach((c, i) => c.setLabel(this.labels[i] ?? ''));
    this.drawLegend();
    this.resetCharts(true);
  }

  private setSpeed(v: Speed): void {
    this.spec = { ...this.spec, speed: v };
    this.ctx.client.send({ kind: 'speed', speed: v });
    this.hooks.onSpeed?.(v);
  }

  private buildExtras(): void {
    this.path = this.spec.extras.includes('path') ? new PathPlot() : null;
    this.slopes = this.spec.extras.includes('slopes') ? new SlopesChart() : null;
    this.gradcheck = this.spec.extras.includes('gradcheck') ? new GradcheckTable() : null;
    this.beyond = this.spec.extras.includes('beyond') ? new BeyondPlot() : null;
    this.extrasBox.replaceChildren(
      ...[this.path?.el, this.slopes?.el, this.gradcheck?.el, this.beyond?.el].filter(
        (e): e is HTMLElement => e !== undefined,
      ),
    );
    this.extrasBox.hidden = this.extrasBox.childElementCount === 0;
  }

  private drawLegend(): void {
    this.legend.replaceChildren(
      ...this.labels.map((text, i) => {
        const chip = h('span', { class: 'run-chip' });
        chip.style.background = runColour(i);
        return h('span', { class: 'legend-item' }, chip, text);
      }),
    );
  }

  /** Charts and tables start again (new weights); `keep` keeps the histories (a relabel). */
  private resetCharts(keep = false): void {
    this.loss.reset(this.labels);
    this.grad.reset(
      this.labels,
      this.histories.map((hh) => hh.layout.layers.length),
    );
    this.summary.reset(this.labels, this.spec.target);
    this.path?.reset(this.labels);
    this.gradcheck?.reset(this.labels);
    this.slopes?.reset(Math.max(0, (this.histories[0]?.layout.layers.length ?? 1) - 1));
    this.drawLegend();
    if (keep) {
      for (let k = 0; k < (this.histories[0]?.samples.length ?? 0); k++) {
        const samples = this.histories.map((hh) => hh.samples[k]);
        this.loss.push(samples);
        this.grad.push(samples);
        this.slopes?.push(samples[0]);
      }
      this.refreshTables();
    }
  }

  private receive(snap: LabSnapshot): void {
    if (snap.configId !== this.configId || this.histories.length !== snap.runs.length) {
      this.ctx.client.send({ kind: 'frame' });
      return;
    }
    if (snap.runId !== this.runId && this.resuming) {
      // A restarted worker continuing the last snapshot: the histories go on from it.
      this.runId = snap.runId;
      this.resuming = false;
    } else if (snap.runId !== this.runId) {
      this.runId = snap.runId;
      this.histories = this.histories.map((hh) => newHistory(hh.layout));
      this.resetCharts();
      this.hooks.onRestart?.();
    }
    const samples = snap.runs.map((r, i) => {
      const hist = this.histories[i];
      return hist ? recordFrame(hist, r) : undefined;
    });
    this.loss.push(samples);
    this.grad.push(samples);
    this.slopes?.push(samples[0]);
    this.resumeFrom = snap.runs.map((r) => ({
      params: r.params,
      epoch: r.metrics.epoch,
      step: r.metrics.step,
    }));
    this.hooks.onFrame?.(this.histories);
    this.frames.push(snap);
  }

  private draw(snap: LabSnapshot): void {
    snap.runs.forEach((r, i) => {
      const hist = this.histories[i];
      const s = hist && latest(hist);
      if (hist && s)
        this.cards[i]?.draw(r.grid, snap.gridSize, s, epochsTo(hist, this.spec.target), this.spec.target);
    });
    this.beyond?.draw(snap.runs.map((r) => r.line));
    this.transport.show(snap.runs[0]?.metrics.epoch ?? 0, snap.stepsPerSec);
    this.transport.setRunning(snap.running);
    this.refreshTables();
    this.lastParams = snap.runs.map((r) => r.params);
    const m = snap.runs[0]?.metrics;
    if (m) {
      this.lastMetrics = {
        epoch: m.epoch,
        trainLoss: m.trainLoss,
        testLoss: m.testLoss,
        accuracy: m.testAccuracy,
      };
      this.api.onFrame();
    }
  }

  private refreshTables(): void {
    this.summary.update(this.histories);
    this.path?.draw(this.histories);
    this.gradcheck?.update(this.histories);
  }

  /** The datasets of the runs (after 'configured'). */
  get data(): readonly (DatasetSnapshot | null)[] {
    return this.datasets;
  }
}
