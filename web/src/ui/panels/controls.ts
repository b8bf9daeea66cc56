// controls.ts — the playground's transport bar (ui/widgets/transport.ts) as a panel: its speed is the
// state's, its counters follow the drawn frames; every part can be hidden by the link.
import type { AppState } from '../../state/types';
import type { AppContext, Frame, Panel } from '../context';
import { TransportBar } from '../widgets/transport';

export interface Transport {
  toggle(): void;
  step(): void;
  reset(): void;
  reinit(): void;
}

export class Controls implements Panel {
  readonly el: HTMLElement;
  private readonly bar: TransportBar;

  constructor(ctx: AppContext, transport: Transport) {
    this.bar = new TransportBar(
      {
        toggle: () => transport.toggle(),
        step: () => transport.step(),
        reset: () => transport.reset(),
        reinit: () => transport.reinit(),
        speed: (v) => ctx.store.update('speed', (s) => (s.speed = v)),
      },
      { speed: ctx.store.state.speed, hideable: true },
    );
    this.el = this.bar.el;
  }

  onState(s: Readonly<AppState>): void {
    this.bar.setSpeed(s.speed);
  }

  setRunning(running: boolean): void {
    this.bar.setRunning(running);
  }

  get isRunning(): boolean {
    return this.bar.isRunning;
  }

  onFrame(f: Frame): void {
    this.bar.show(f.snap.metrics.epoch, f.snap.stepsPerSec);
  }

  onRestart(): void {
    this.bar.restart();
  }
}
