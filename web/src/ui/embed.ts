// embed.ts — the "embed" dialog: choose the panels, copy an <iframe> snippet (640 x 480) for a
// course page, or the plain link. The snippet is text in a read-only textarea.
import type { Catalogue } from '../engine/types';
import { setText } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { encodeState } from '../state/codec';
import type { AppState } from '../state/types';
import { h, ht, label, nextId } from './dom';
import { icon } from './widgets/icons';

/** Panels a teacher can leave out of the embed, with their hide flag. */
const PANELS: { hide: string; key: MessageKey }[] = [
  { hide: 'boundary', key: 'output.title' },
  { hide: 'gradChart', key: 'charts.grad' },
  { hide: 'lossChart', key: 'charts.loss' },
  { hide: 'activationPlot', key: 'charts.activation' },
  { hide: 'healthChart', key: 'charts.health' },
  { hide: 'paramChart', key: 'charts.params' },
  { hide: 'network', key: 'network.title' },
];

export function pageUrl(hash: string): string {
  return `${location.origin}${location.pathname}#${hash}`;
}

/** The iframe snippet for a state (as text: quotes and ampersands escaped for an attribute). */
export function iframeSnippet(s: AppState, cat: Catalogue): string {
  const url = pageUrl(encodeState({ ...s, embed: true }, cat))
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;');
  return `<iframe src="${url}" width="640" height="480" style="border:0;max-width:100%" title="ActLab" loading="lazy"></iframe>`;
}

export class EmbedDialog {
  readonly el: HTMLDialogElement;
  private readonly snippet: HTMLTextAreaElement;
  private readonly link: HTMLInputElement;
  private readonly boxes = new Map<string, HTMLInputElement>();
  private state: AppState | null = null;

  constructor(private readonly cat: Catalogue) {
    this.snippet = h('textarea', {
      class: 'snippet',
      readonly: true,
      rows: 4,
      'data-testid': 'embed-snippet',
      spellcheck: 'false',
    });
    const linkId = nextId('link');
    this.link = h('input', {
      id: linkId,
      class: 'snippet-link',
      readonly: true,
      type: 'text',
      'data-testid': 'share-link',
    });
    const copy = h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'embed-copy' });
    setText(copy, 'embed.copy');
    copy.addEventListener('click', () => {
      this.snippet.select();
      void navigator.clipboard?.writeText(this.snippet.value).then(
        () => setText(copy, 'embed.copied'),
        () => undefined,
      );
    });
    const panels = h('fieldset', { class: 'embed-panels' }, ht('legend', 'embed.panels'));
    for (const p of PANELS) {
      const id = nextId('emb');
      const box = h('input', { id, type: 'checkbox' });
      box.checked = true;
      box.addEventListener('change', () => this.refresh());
      this.boxes.set(p.hide, box);
      panels.appendChild(h('div', { class: 'field-check' }, box, setText(h('label', { for: id }), p.key)));
    }
    const close = label(
      h('button', { type: 'button', class: 'btn btn-icon dialog-close' }, icon('close')),
      'network.close',
    );
    close.addEventListener('click', () => this.el.close());
    this.el = h(
      'dialog',
      { class: 'dialog embed-dialog', 'aria-labelledby': 'embed-title' },
      h('div', { class: 'dialog-head' }, ht('h2', 'embed.title', {}, { id: 'embed-title' }), close),
      ht('p', 'embed.hint', {}, { class: 'hint' }),
      panels,
      this.snippet,
      h('div', { class: 'dialog-actions' }, copy),
      h(
        'div',
        { class: 'field' },
        setText(h('label', { for: linkId, class: 'field-label' }), 'embed.share'),
        this.link,
      ),
    );
  }

  open(s: Readonly<AppState>): void {
    this.state = structuredClone(s);
    for (const [hide, box] of this.boxes) box.checked = !s.hide.includes(hide);
    this.refresh();
    this.el.showModal();
  }

  private refresh(): void {
    if (!this.state) return;
    const hidden = new Set(this.state.hide);
    for (const [hide, box] of this.boxes) {
      if (box.checked) hidden.delete(hide);
      else hidden.add(hide);
    }
    const s = { ...this.state, hide: [...hidden].sort() };
    this.snippet.value = iframeSnippet(s, this.cat);
    this.link.value = pageUrl(encodeState({ ...this.state, embed: false }, this.cat));
  }
}
