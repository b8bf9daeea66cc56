// transport.ts — the transport bar of the playground (ui/panels/controls.ts) and of the comparison
// (lab/compare/view.ts): reset, play/pause, step, optionally re-init; the epoch and steps/s counters;
// the speed (epochs per frame, steps per frame or max: widgets/speed-field.ts). It only draws and
// reports clicks; the owner talks to the worker.
import { setAttr, setText } from '../../i18n';
import type { Speed } from '../../state/speed';
import { fmtRate } from '../format';
import { h, label } from '../dom';
import { icon } from './icons';
import { speedField } from './speed-field';

export interface TransportActions {
  toggle(): void;
  step(): void;
  reset(): void;
  /** New random initial weights; without it the bar has no dice button. */
  reinit?: () => void;
  speed(v: Speed): void;
}

export interface TransportOptions {
  /** The speed shown first. */
  speed: Speed;
  /** Give the parts their `data-hide` names (a playground link can hide each). */
  hideable: boolean;
}

export class TransportBar {
  readonly el: HTMLElement;
  private readonly play: HTMLButtonElement;
  private readonly epoch = h('span', { class: 'counter-value', 'data-testid': 'epoch' }, '0');
  private readonly rate = h('span', { class: 'counter-value', 'data-testid': 'steps-per-sec' }, '0');
  private readonly speed;
  private running = false;

  constructor(actions: TransportActions, opt: TransportOptions) {
    const hide = (name: string) => (opt.hideable ? name : undefined);
    this.play = h('button', {
      type: 'button',
      class: 'btn btn-play',
      'data-testid': 'play',
      'data-hide': hide('playButton'),
    });
    this.play.addEventListener('click', () => actions.toggle());
    const button = (
      name: 'step' | 'reset' | 'dice',
      key: 'controls.step' | 'controls.reset' | 'controls.reinit',
      testid: string,
      fn: () => void,
    ) => {
      const b = label(
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-round',
            'data-testid': testid,
            'data-hide': hide(`${testid}Button`),
          },
          icon(name),
        ),
        key,
      );
      b.addEventListener('click', fn);
      return b;
    };
    const reinit = actions.reinit;
    this.speed = speedField(opt.speed, (v) => actions.speed(v), { hide: hide('speed') });
    this.el = h(
      'div',
      { class: 'transport', role: 'group' },
      h(
        'div',
        { class: 'transport-buttons' },
        button('reset', 'controls.reset', 'reset', () => actions.reset()),
        this.play,
        button('step', 'controls.step', 'step', () => actions.step()),
        reinit ? button('dice', 'controls.reinit', 'reinit', () => reinit()) : null,
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
      this.speed.el,
    );
    setAttr(this.el, 'aria-label', 'controls.label');
    this.setRunning(false);
  }

  /** The play button's face: icon, translated label, aria-pressed. */
  setRunning(running: boolean): void {
    if (running === this.running && this.play.firstChild) return;
    this.running = running;
    this.play.replaceChildren(icon(running ? 'pause' : 'play', 28));
    label(this.play, running ? 'controls.pause' : 'controls.play');
    this.play.setAttribute('aria-pressed', String(running));
    this.play.classList.toggle('playing', running);
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** The counters of a drawn snapshot. */
  show(epoch: number, stepsPerSec: number): void {
    this.epoch.textContent = String(epoch);
    this.rate.textContent = fmtRate(stepsPerSec);
  }

  /** New weights: the epoch counter starts again. */
  restart(): void {
    this.epoch.textContent = '0';
  }

  /** The speed chosen elsewhere (a link, the state): shown, with its value among the options. */
  setSpeed(v: Speed): void {
    this.speed.set(v);
  }
}
