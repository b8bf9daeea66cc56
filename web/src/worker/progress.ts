// progress.ts — the fractional epoch both sessions report: the epoch counter plus the share of the
// current epoch's mini-batches already run (capped below the next whole epoch). The core counts whole
// epochs and optimiser steps; the fraction is measured from the step at which the epoch last changed.

export class EpochProgress {
  /** Step count when the epoch counter last changed. */
  private mark = { epoch: 0, step: 0 };

  /** New weights: counting starts again. */
  reset(): void {
    this.mark = { epoch: 0, step: 0 };
  }

  /** epoch + (steps into this epoch) / (mini-batches per epoch), below epoch + 1. */
  at(epoch: number, step: number, nTrain: number, batch: number): number {
    if (epoch !== this.mark.epoch || step < this.mark.step) this.mark = { epoch, step };
    const perEpoch = Math.max(1, Math.ceil(nTrain / Math.max(1, batch)));
    return epoch + Math.min(0.999, (step - this.mark.step) / perEpoch);
  }
}
