// chrome.ts — the chrome every lab page shares with the playground: the header (brand, the four
// sections, language) and the footer. Links between sections change the hash; the router reloads.
import { setLang, setText } from '../../i18n';
import { LANGS, type Lang } from '../../state/types';
import { h, ht, label } from '../../ui/dom';
import { EmbedDialog } from '../../ui/embed';
import { icon } from '../../ui/widgets/icons';
import { relangNav, sectionHref, sectionNav, type Section } from '../../ui/nav';
import { selectField } from '../../ui/widgets/fields';

/** Header with brand, section links and the language switch; `onLang` persists the choice (URL). */
export function labHeader(active: Section, current: Lang, onLang: (l: Lang) => void): HTMLElement {
  const nav = sectionNav(active, current);
  const langField = selectField<Lang>(
    'lang.label',
    LANGS.map((l) => ({ value: l, text: { key: l === 'en' ? 'lang.en' : 'lang.ko' } })),
    current,
    (l) => {
      setLang(l);
      relangNav(nav, l);
      onLang(l);
    },
    { testid: 'lang' },
  );
  // The embed button: the iframe snippet of this page as its link stands now.
  const dialog = new EmbedDialog(null);
  const embed = label(
    h('button', { type: 'button', class: 'btn btn-ghost', 'data-testid': 'embed-button' }, icon('embed', 18)),
    'embed.title',
  );
  embed.appendChild(setText(h('span'), 'embed.button'));
  embed.addEventListener('click', () => dialog.openPage(location.hash));
  return h(
    'header',
    { class: 'app-header lab-header' },
    h(
      'a',
      { class: 'brand brand-link', href: sectionHref('playground', current) },
      h('div', { class: 'logo', 'aria-hidden': 'true' }),
      h('div', {}, ht('h1', 'app.title'), ht('p', 'app.tagline', {}, { class: 'tagline' })),
    ),
    nav,
    h('div', { class: 'header-tools' }, embed, langField.el),
    dialog.el,
  );
}

export function labFooter(): HTMLElement {
  return ht('footer', 'lab.footer', {}, { class: 'app-footer' });
}
