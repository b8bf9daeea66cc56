// controls.ts — the transport bar: play/pause, step, reset, re-init, epoch, steps/s and speed.
import { setAttr, setText, t } from '../../i18n';
import type { AppState } from '../../state/types';
import type { AppContext, Frame, Panel } from '../context';
import { fmtRate } from '../format';
import { h, label } from '../dom';
import { numberOptions, selectField } from '../widgets/fields';
import { icon } from '../widgets/icons';

const SPEEDS = [1, 2, 5, 10, 20, 50, 100, 200, 500];

export interface Transport {
  toggle(): void;
  step(): void;
  reset(): void;
  reinit(): void;
}

export class Controls implements Panel {
  readonly el: HTMLElement;
  private readonly play: HTMLButtonElement;
  private readonly epoch: HTMLElement;
  private readonly rate: HTMLElement;
  private running = false;
  private readonly speed;

  constructor(ctx: AppContext, transport: Transport) {
    this.play = h('button', {
      type: 'button',
      class: 'btn btn-play',
      'data-testid': 'play',
      'data-hide': 'playButton',
    });
    this.play.addEventListener('click', () => transport.toggle());
    const button = (
      name: 'step' | 'reset' | 'dice',
      key: 'controls.step' | 'controls.reset' | 'controls.reinit',
      testid: string,
      hide: string,
      fn: () => void,
    ) => {
      const b = label(
        h(
          'button',
          { type: 'button', class: 'btn btn-round', 'data-testid': testid, 'data-hide': hide },
          icon(name),
        ),
        key,
      );
      b.addEventListener('click', fn);
      return b;
    };
    this.epoch = h('span', { class: 'counter-value', 'data-testid': 'epoch' }, '0');
    this.rate = h('span', { class: 'counter-value', 'data-testid': 'steps-per-sec' }, '0');
    const speed = (this.speed = selectField(
      'controls.speed',
      numberOptions(SPEEDS, ctx.store.state.speed, (v) => `×${v}`),
      ctx.store.state.speed,
      (v) => ctx.store.update('speed', (s) => (s.speed = v)),
      { hide: 'speed', testid: 'speed' },
    ));
    setAttr(speed.select, 'title', () => t('controls.speedHint', { n: ctx.store.state.speed }));
    this.el = h(
      'div',
      { class: 'transport', role: 'group' },
      h(
        'div',
        { class: 'transport-buttons' },
        button('reset', 'controls.reset', 'reset', 'resetButton', () => transport.reset()),
        this.play,
        button('step', 'controls.step', 'step', 'stepButton', () => transport.step()),
        button('dice', 'controls.reinit', 'reinit', 'reinitButton', () => transport.reinit()),
      ),
      h(
        'div',
        { class: 'counter' },
        setText(h('span', { class: 'counter-label' }), 'controls.epoch'),
        this.epoch,
      ),
      h(
        'div',
        { class: 'counter' },
        setText(h('span', { class: 'counter-label' }), 'controls.stepsPerSec'),
        this.rate,
      ),
      speed.el,
    );
    setAttr(this.el, 'aria-label', 'controls.label');
    this.setRunning(false);
  }

  onState(s: Readonly<AppState>): void {
    this.speed.setOptions(
      numberOptions(SPEEDS, s.speed, (v) => `×${v}`),
      s.speed,
    );
  }

  setRunning(running: boolean): void {
    if (running === this.running && this.play.firstChild) return;
    this.running = running;
    showRunning(this.play, running);
  }

  get isRunning(): boolean {
    return this.running;
  }

  onFrame(f: Frame): void {
    this.epoch.textContent = String(f.snap.metrics.epoch);
    this.rate.textContent = fmtRate(f.snap.stepsPerSec);
  }

  onRestart(): void {
    this.epoch.textContent = '0';
  }
}

/** The transport button's play/pause face: icon, translated label, aria-pressed (playground and lab). */
export function showRunning(play: HTMLElement, running: boolean): void {
  play.replaceChildren(icon(running ? 'pause' : 'play', 28));
  label(play, running ? 'controls.pause' : 'controls.play');
  play.setAttribute('aria-pressed', String(running));
  play.classList.toggle('playing', running);
}
