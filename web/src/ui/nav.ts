// nav.ts — the links between ActLab's four sections (playground, lessons, comparison, explorer),
// shown in the playground's header and every lab page's. A link changes the hash; main.ts reloads.
import { setText } from '../i18n';
import type { Lang } from '../state/types';
import { h } from './dom';

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

/** Points the section links at language `l` (after a language switch). */
export function relangNav(nav: HTMLElement, l: Lang): void {
  for (const a of nav.querySelectorAll<HTMLAnchorElement>('a'))
    a.href = a.href.replace(/lang=(en|ko)/, `lang=${l}`);
}
