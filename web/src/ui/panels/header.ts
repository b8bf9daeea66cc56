// header.ts — brand, tagline, engine badge, language switch, the export and the embed buttons.
import { setAttr, setText } from '../../i18n';
import { LANGS, type AppState, type Lang } from '../../state/types';
import type { AppContext, Panel } from '../context';
import { h, ht } from '../dom';
import { relangNav, sectionNav } from '../nav';
import { selectField } from '../widgets/fields';
import { icon } from '../widgets/icons';

export class Header implements Panel {
  readonly el: HTMLElement;
  private readonly lang;
  /** Links to the lessons, the comparison and the explorer (nav.ts). */
  private readonly nav: HTMLElement;

  constructor(ctx: AppContext, simd: boolean, onEmbed: () => void, onExport: () => void) {
    this.lang = selectField<Lang>(
      'lang.label',
      LANGS.map((l) => ({ value: l, text: { key: l === 'en' ? 'lang.en' : 'lang.ko' } })),
      ctx.store.state.lang,
      (v) => ctx.store.update('lang', (s) => (s.lang = v)),
      { hide: 'lang', testid: 'lang' },
    );
    const embed = h(
      'button',
      { type: 'button', class: 'btn btn-ghost', 'data-hide': 'embedButton', 'data-testid': 'embed-button' },
      icon('embed', 18),
    );
    embed.appendChild(setText(h('span'), 'embed.button'));
    embed.addEventListener('click', onEmbed);
    const exporter = h('button', { type: 'button', class: 'btn btn-ghost', 'data-testid': 'export-button' });
    exporter.appendChild(setText(h('span'), 'export.button'));
    exporter.addEventListener('click', onExport);
    const badge = setText(
      h('span', { class: `badge ${simd ? 'badge-ok' : 'badge-warn'}`, 'data-testid': 'engine-badge' }),
      simd ? 'app.simdOk' : 'app.plainEngine',
    );
    const logo = h('div', { class: 'logo', 'aria-hidden': 'true' });
    this.el = h(
      'header',
      { class: 'app-header' },
      h(
        'div',
        { class: 'brand' },
        logo,
        h(
          'div',
          {},
          ht('h1', 'app.title'),
          ht('p', 'app.tagline', {}, { class: 'tagline', 'data-hide': 'text' }),
        ),
      ),
      (this.nav = sectionNav('playground', ctx.store.state.lang)),
      h(
        'div',
        { class: 'header-tools' },
        badge,
        exporter,
        setAttr(embed, 'title', 'embed.title'),
        this.lang.el,
      ),
    );
  }

  onState(s: Readonly<AppState>): void {
    this.lang.set(s.lang);
    relangNav(this.nav, s.lang);
  }
}
