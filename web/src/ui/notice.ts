// notice.ts — warnings and errors in plain words, each dismissible, some with actions (restore after
// a divergence). The element (data-testid="notice") is in the page only while something is shown.
// Text is set with textContent: values from a URL can never become markup.
import { onLang, setAttr, setText, t } from '../i18n';
import type { MessageKey } from '../i18n/en';
import type { Warning } from '../state/types';
import { h, label } from './dom';
import { icon } from './widgets/icons';

export interface NoticeAction {
  key: MessageKey;
  testid: string;
  run(): void;
}

export interface NoticeItem {
  id: string;
  kind: 'warning' | 'error';
  /** Lines of text, re-evaluated when the language changes. */
  lines: (() => string)[];
  actions?: NoticeAction[];
}

/** A notice longer than this shows its first lines and "and N more", expandable (a link with 200 bad
 * keys must not push the playground off the screen). */
export const NOTICE_LINES = 4;

export class Notices {
  /** Where the notice appears; stays in the page (empty) to keep the position. */
  readonly slot: HTMLElement;
  private readonly el: HTMLElement;
  private readonly list: HTMLElement;
  private items: NoticeItem[] = [];
  /** Notices whose "and N more" the student opened (kept across language changes). */
  private readonly open = new Set<string>();

  constructor() {
    this.list = h('div', { class: 'notice-list' });
    this.el = h('div', { class: 'notice', 'data-testid': 'notice', role: 'alert' }, this.list);
    setAttr(this.el, 'aria-label', 'notice.title');
    this.slot = h('div', { class: 'notice-slot' });
    onLang(() => this.render());
  }

  show(item: NoticeItem): void {
    this.items = [...this.items.filter((i) => i.id !== item.id), item];
    this.render();
  }

  dismiss(id: string): void {
    this.items = this.items.filter((i) => i.id !== id);
    this.render();
  }

  has(id: string): boolean {
    return this.items.some((i) => i.id === id);
  }

  /** The lines past the first few, behind a native disclosure (keyboard and screen-reader ready). */
  private more(item: NoticeItem): HTMLElement {
    const rest = item.lines.slice(NOTICE_LINES);
    const details = h(
      'details',
      { class: 'notice-more', 'data-testid': 'notice-more' },
      h('summary', {}, t('notice.more', { n: rest.length })),
      ...rest.map((l) => h('p', {}, l())),
    );
    if (this.open.has(item.id)) details.open = true;
    details.addEventListener('toggle', () =>
      details.open ? this.open.add(item.id) : this.open.delete(item.id),
    );
    return details;
  }

  private render(): void {
    if (this.items.length === 0) {
      this.el.remove();
      return;
    }
    this.list.replaceChildren(
      ...this.items.map((item) => {
        const close = label(
          h(
            'button',
            { type: 'button', class: 'btn btn-icon notice-close', 'data-testid': 'notice-dismiss' },
            icon('close', 16),
          ),
          'notice.dismiss',
        );
        close.addEventListener('click', () => this.dismiss(item.id));
        const actions = (item.actions ?? []).map((a) => {
          const b = setText(
            h('button', { type: 'button', class: 'btn btn-small btn-primary', 'data-testid': a.testid }),
            a.key,
          );
          b.addEventListener('click', () => a.run());
          return b;
        });
        return h(
          'div',
          { class: `notice-item notice-${item.kind}` },
          icon('warn', 20),
          h(
            'div',
            { class: 'notice-text' },
            ...item.lines.slice(0, NOTICE_LINES).map((l) => h('p', {}, l())),
            item.lines.length > NOTICE_LINES ? this.more(item) : null,
            actions.length > 0 ? h('div', { class: 'notice-actions' }, ...actions) : null,
          ),
          close,
        );
      }),
    );
    if (!this.el.isConnected) this.slot.appendChild(this.el);
  }
}

/** The link's warnings (bad or unknown values) as one notice (playground and lab pages). */
export function showWarnings(notices: Notices, warnings: readonly Warning[]): void {
  if (warnings.length === 0) return;
  notices.show({
    id: 'link',
    kind: 'warning',
    lines: warnings.map(
      (w) => () => t(`notice.${w.code}`, { key: w.key, value: w.value, allowed: w.allowed }),
    ),
  });
}

/** Why the engine's worker stopped (ui/watchdog.ts), in words for the worker notices. */
export function workerWhy(how: 'trap' | 'silent', message: string): string {
  return how === 'trap' ? t('notice.workerTrap', { message }) : t('notice.workerSilent');
}
