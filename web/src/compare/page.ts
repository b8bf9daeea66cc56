// page.ts — the chrome every lab page shares with the playground: the header (brand, the four
// sections, language) and the footer. Links between sections change the hash; the router reloads.
import { setLang, setText } from '../i18n';
import { LANGS, type Lang } from '../state/types';
import { h, ht } from '../ui/dom';
import { selectField } from '../ui/widgets/fields';

export type Section = 'playground' | 'lessons' | 'compare' | 'explorer';

const SECTIONS: { id: Section; hash: string }[] = [
  { id: 'playground', hash: '' },
  { id: 'lessons', hash: 'lessons' },
  { id: 'compare', hash: 'compare' },
  { id: 'explorer', hash: 'explorer' },
];

/** The link to a section in language `l`. */
export function sectionHref(id: Section, l: Lang): string {
  const s = SECTIONS.find((x) => x.id === id);
  const key = s && s.hash !== '' ? `${s.hash}&` : '';
  return `#${key}lang=${l}`;
}

export function sectionNav(active: Section, l: Lang): HTMLElement {
  return h(
    'nav',
    { class: 'lab-nav', 'aria-label': 'ActLab' },
    ...SECTIONS.map((s) =>
      setText(
        h('a', {
          href: sectionHref(s.id, l),
          class: s.id === active ? 'active' : '',
          'aria-current': s.id === active ? 'page' : undefined,
          'data-testid': `nav-${s.id}`,
        }),
        `nav.${s.id}`,
      ),
    ),
  );
}

/** Header with brand, section links and the language switch; `onLang` persists the choice (URL). */
export function labHeader(active: Section, current: Lang, onLang: (l: Lang) => void): HTMLElement {
  const nav = sectionNav(active, current);
  const langField = selectField<Lang>(
    'lang.label',
    LANGS.map((l) => ({ value: l, text: { key: l === 'en' ? 'lang.en' : 'lang.ko' } })),
    current,
    (l) => {
      setLang(l);
      for (const a of nav.querySelectorAll<HTMLAnchorElement>('a'))
        a.href = a.href.replace(/lang=(en|ko)/, `lang=${l}`);
      onLang(l);
    },
    { testid: 'lang' },
  );
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
    h('div', { class: 'header-tools' }, langField.el),
  );
}

export function labFooter(): HTMLElement {
  return ht('footer', 'lab.footer', {}, { class: 'app-footer' });
}
