// context.ts — what every panel may use, and the shape of a panel. A panel is one concept (a chart,
// an editor); it renders state changes and frames and never talks to the engine except through
// store updates (and the few explicit commands of the controls bar).
import type { Catalogue, Curve, DatasetSnapshot, EngineConfig, NetLayout } from '../engine/types';
import type { Snapshot } from '../worker/protocol';
import type { AppState } from '../state/types';
import type { EngineClient } from './engine-client';
import type { Change, Store } from './store';

export interface AppContext {
  cat: Catalogue;
  /** f and f' of every element-wise activation at its default parameters on [-4, 4]. */
  curves: Record<string, Curve>;
  store: Store;
  client: EngineClient;
}

/** One drawn frame: the snapshot with the configuration it belongs to. */
export interface Frame {
  snap: Snapshot;
  dataset: DatasetSnapshot;
  layout: NetLayout;
  config: EngineConfig;
  state: Readonly<AppState>;
}

export interface Panel {
  readonly el: HTMLElement;
  /** The state changed (also called once at start with change = 'data'). */
  onState?(s: Readonly<AppState>, change: Change): void;
  /** A new engine configuration was accepted (data and/or network rebuilt). */
  onConfigured?(dataset: DatasetSnapshot, layout: NetLayout, config: EngineConfig): void;
  /** Draw a frame. */
  onFrame?(f: Frame): void;
  /** Weights started again (configure, reset, re-init): histories restart. */
  onRestart?(): void;
  /** The last good state was restored: histories drop what came after `progress` (epochs). */
  onRewind?(progress: number): void;
}
