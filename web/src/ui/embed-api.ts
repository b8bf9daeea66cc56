// embed-api.ts — the postMessage API a course page uses to drive an embedded ActLab (web/README.md).
// Commands from the parent window are parsed by state/embed-message.ts. Events to it: {actlab: 1,
// event: 'ready', version}, {actlab: 1, event: 'status', epoch, trainLoss, testLoss, accuracy, playing, hash} and
// {actlab: 1, event: 'lesson', id, done: true}. Anything else is ignored; nothing from a message is
// turned into HTML (a loaded hash goes through the same decoder, and notices, as a typed link).
// Messages go to any origin: a status holds nothing but the page's own link and numbers.
import { parseEmbedMessage } from '../state/embed-message';

export const EMBED_API_VERSION = 1;

/** Status events while training: at most this many per second. */
const STATUS_PER_SEC = 10;

export interface EmbedStatus {
  epoch: number;
  trainLoss: number;
  testLoss: number;
  accuracy: number;
}

/** What a page lets the course page do (the playground's App, a lab page's transport). */
export interface EmbedTarget {
  play(): void;
  pause(): void;
  step(): void;
  reset(): void;
  /** The shown run's numbers (null before the first frame). */
  status(): EmbedStatus | null;
  playing(): boolean;
}

export class EmbedApi {
  private readonly parent: Window | null;
  private lastStatus = 0;
  /** A status is owed at the next frame (after step, load, a play-state change or the first frame). */
  private owed = true;
  private wasPlaying = false;

  constructor(
    private readonly target: EmbedTarget,
    win: Window = window,
  ) {
    this.parent = win.parent !== win ? win.parent : null;
    if (this.parent === null) return;
    win.addEventListener('message', (e) => {
      if (e.source !== this.parent) return;
      this.handle(e.data);
    });
    this.post({ event: 'ready', version: EMBED_API_VERSION });
  }

  private post(msg: Record<string, unknown>): void {
    this.parent?.postMessage({ actlab: 1, ...msg }, '*');
  }

  private handle(data: unknown): void {
    const msg = parseEmbedMessage(data);
    if (msg === null) return;
    switch (msg.cmd) {
      case 'play':
        return this.target.play();
      case 'pause':
        return this.target.pause();
      case 'step':
        this.owed = true;
        return this.target.step();
      case 'reset':
        this.owed = true;
        return this.target.reset();
      case 'get':
        return this.sendStatus();
      case 'load':
        return load(msg.hash);
    }
  }

  /** Call after every drawn frame: status on play-state changes, when owed, ≤10/s while training. */
  onFrame(now = performance.now()): void {
    const playing = this.target.playing();
    const changed = playing !== this.wasPlaying;
    this.wasPlaying = playing;
    if (changed || this.owed || (playing && now - this.lastStatus >= 1000 / STATUS_PER_SEC))
      this.sendStatus(now);
  }

  /** Call when the play state changes (the worker said so). */
  onPlaying(playing: boolean): void {
    if (playing === this.wasPlaying) return;
    this.wasPlaying = playing;
    this.sendStatus();
  }

  /** A lesson's check ticked. */
  lessonDone(id: string): void {
    this.post({ event: 'lesson', id, done: true });
  }

  private sendStatus(now = performance.now()): void {
    if (this.parent === null) return;
    const s = this.target.status();
    this.owed = s === null;
    this.lastStatus = now;
    this.post({
      event: 'status',
      epoch: s?.epoch ?? 0,
      trainLoss: s?.trainLoss ?? null,
      testLoss: s?.testLoss ?? null,
      accuracy: s?.accuracy ?? null,
      playing: this.target.playing(),
      hash: location.hash.replace(/^#/, ''),
    });
  }
}

/**
 * Replaces the experiment: the new link, kept embedded, then a reload (every page decodes its link
 * once; the new page sends `ready` and, after its first frame, a status).
 */
function load(hash: string): void {
  const pairs = new URLSearchParams(hash);
  if (!pairs.has('embed')) pairs.set('embed', '1');
  const text = pairs
    .toString()
    .replace(/%2C/g, ',')
    .replace(/%3B/g, ';')
    .replace(/=(&|$)/g, '$1');
  history.replaceState(null, '', `${location.pathname}${location.search}#${text}`);
  location.reload();
}
