// embed.ts — the "embed" dialog: choose the panels, copy an <iframe> snippet (640 x 480) for a
// course page, or the plain link. The snippet is text in a read-only textarea.
import type { Catalogue } from '../engine/types';
import { setAttr, setText } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { encodeState } from '../state/codec';
import type { AppState } from '../state/types';
import { h, ht, nextId } from './dom';
import { copyField, modalDialog } from './widgets/dialog';

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

/** The link asks for embed mode (`embed=1` or `embed=true`; the last `embed` key wins). */
export function wantsEmbed(pairs: readonly (readonly [string, string])[]): boolean {
  const embed = pairs.filter(([k]) => k === 'embed').pop()?.[1];
  return embed === '1' || embed === 'true';
}

/** A page's hash with `embed=1` set (on) or removed (off); other keys keep their order and text. */
export function withEmbed(hash: string, on: boolean): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (on) params.set('embed', '1');
  else params.delete('embed');
  return params
    .toString()
    .replace(/%2C/g, ',')
    .replace(/%3B/g, ';')
    .replace(/=(&|$)/g, '$1');
}

/** The iframe snippet for a URL (as text: quotes and ampersands escaped for an attribute). */
function iframeFor(url: string): string {
  const src = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${src}" width="640" height="480" style="border:0;max-width:100%" title="ActLab" loading="lazy"></iframe>`;
}

/** The iframe snippet for a state. */
export function iframeSnippet(s: AppState, cat: Catalogue): string {
  return iframeFor(pageUrl(encodeState({ ...s, embed: true }, cat)));
}

/** The small "open in ActLab" link of an embedded lab page: the page's current link without embed. */
export function openInActLab(): HTMLAnchorElement {
  const a = h('a', {
    class: 'open-full open-full-corner',
    target: '_blank',
    rel: 'noopener',
    'data-testid': 'open-full',
  });
  setText(a, 'embed.open');
  const point = () => (a.href = pageUrl(withEmbed(location.hash, false)));
  point();
  a.addEventListener('click', point);
  a.addEventListener('focus', point);
  a.addEventListener('pointerenter', point);
  return a;
}

export class EmbedDialog {
  readonly el: HTMLDialogElement;
  private readonly snippet: HTMLTextAreaElement;
  private readonly link: HTMLInputElement;
  private readonly boxes = new Map<string, HTMLInputElement>();
  private state: AppState | null = null;
  /** A lab page's link (openPage): the snippet is that page, embedded. */
  private hash: string | null = null;
  private readonly panels: HTMLFieldSetElement;

  /** cat = null: a lab page's dialog (openPage only). */
  constructor(private readonly cat: Catalogue | null) {
    this.snippet = setAttr(
      h('textarea', {
        class: 'snippet',
        readonly: true,
        rows: 4,
        'data-testid': 'embed-snippet',
        spellcheck: 'false',
      }),
      'aria-label',
      'embed.snippetLabel',
    );
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
      void copyField(this.snippet).then((done) => done && setText(copy, 'embed.copied'));
    });
    const panels = (this.panels = h('fieldset', { class: 'embed-panels' }, ht('legend', 'embed.panels')));
    for (const p of PANELS) {
      const id = nextId('emb');
      const box = h('input', { id, type: 'checkbox' });
      box.checked = true;
      box.addEventListener('change', () => this.refresh());
      this.boxes.set(p.hide, box);
      panels.appendChild(h('div', { class: 'field-check' }, box, setText(h('label', { for: id }), p.key)));
    }
    panels.hidden = cat === null;
    this.el = modalDialog(
      'embed-dialog',
      'embed.title',
      {},
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

  /** The snippet for the page shown (a lab page: its current link). */
  openPage(hash: string): void {
    this.hash = hash;
    this.state = null;
    this.panels.hidden = true;
    this.refresh();
    this.el.showModal();
  }

  open(s: Readonly<AppState>): void {
    this.hash = null;
    this.panels.hidden = false;
    this.state = structuredClone(s);
    for (const [hide, box] of this.boxes) box.checked = !s.hide.includes(hide);
    this.refresh();
    this.el.showModal();
  }

  private refresh(): void {
    if (this.hash !== null) {
      this.snippet.value = iframeFor(pageUrl(withEmbed(this.hash, true)));
      this.link.value = pageUrl(withEmbed(this.hash, false));
      return;
    }
    if (!this.state || !this.cat) return;
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
