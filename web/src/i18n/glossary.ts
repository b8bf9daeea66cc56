// glossary.ts — the Korean words ActLab uses for its technical terms: one glossary for both tables
// (ko.ts, lessons.ko.ts) and the core catalogue's Korean descriptions. tests/web/glossary.test.ts
// holds every Korean string to it. The rules that matter most:
// - gradient (∂L/∂w) is 그래디언트 and slope (f′, a line's steepness, PReLU's a) is 기울기, so the two
//   never share a word in one sentence (the sources use 기울기 for both);
// - regularisation (L1, L2, dropout) is 규제 and normalisation is 정규화;
// - reset (start the same run again) is 처음부터 다시, never 초기화, which is weight initialisation.
// The source documents' own words stay in the quotes (lesson.<id>.quote), which are not checked.

export interface Term {
  en: RegExp;
  ko: string;
}

export const GLOSSARY = {
  gradient: { en: /\bgradients?\b/i, ko: '그래디언트' },
  gradientDescent: { en: /\bgradient descent\b/i, ko: '경사 하강법' },
  slope: { en: /\bslopes?\b|\bsteeper\b|\bflatter\b/i, ko: '기울기' },
  regularisation: { en: /\bregulari[sz](ation|e|ed|ing)\b/i, ko: '규제' },
  normalisation: { en: /\bnormali[sz](ation|e|ed|ing)\b/i, ko: '정규화' },
  initialisation: { en: /\binitiali[sz](ation|e|ed|ing|er)\b|\binit\b/i, ko: '초기화' },
  reset: { en: /\breset\b/i, ko: '처음부터 다시' },
} as const satisfies Record<string, Term>;

/**
 * Korean names of functions that have one (the catalogue's display names are English): shown in
 * Korean pages with the English name beside it where it helps.
 */
export const KO_FUNCTION_NAMES: Readonly<Record<string, string>> = {
  identity: '항등 함수',
  step: '계단 함수',
  threshold: '임곗값 함수',
  sigmoid: '시그모이드',
  tanh: '하이퍼볼릭 탄젠트',
  centred_sigmoid: '중심을 옮긴 시그모이드',
  softplus: '소프트플러스',
  softsign: '소프트사인',
  swish: '스위시',
  hardsigmoid: '하드 시그모이드',
  hardswish: '하드 스위시',
  logsigmoid: '로그 시그모이드',
  // The catalogue's own Korean descriptions name these two so.
  softshrink: '소프트 임곗값 함수',
  hardshrink: '하드 임곗값 함수',
  sine: '사인',
  gaussian: '가우시안',
  softmax: '소프트맥스',
  log_softmax: '로그 소프트맥스',
  softmin: '소프트민',
  maxout: '맥스아웃',
};

/**
 * The catalogue functions shown by their English name on Korean pages too, and why: acronyms (read as
 * letters in Korean as well) and names the Korean texts keep in Latin letters (tanh in Hardtanh and
 * Tanhshrink; Mish has no settled Korean spelling). Every catalogue function is in exactly one of this
 * list and KO_FUNCTION_NAMES (tests/web/glossary.test.ts), so a new one needs a decision.
 */
export const EN_FUNCTION_NAMES: readonly string[] = [
  'relu',
  'leaky_relu',
  'prelu',
  'elu',
  'selu',
  'celu',
  'gelu',
  'gelu_tanh',
  'silu',
  'relu6',
  'ncu',
  'gcu',
  'mish',
  'hardtanh',
  'tanhshrink',
];

/** A catalogue range in Korean: ∞ for inf, words of the few ranges that have words. */
export function rangeKo(range: string): string {
  return range
    .replace(/\binf\b/g, '∞')
    .replace(/, sums to 1$/, ', 합이 1')
    .replace(/ or /g, ' 또는 ');
}

/** An activation's name for a page in `lang`: the Korean name with the English one beside it where one exists. */
export function actDisplay(a: { name: string; display: string }, lang: 'en' | 'ko'): string {
  const k = lang === 'ko' ? KO_FUNCTION_NAMES[a.name] : undefined;
  return k === undefined ? a.display : `${k} (${a.display})`;
}

/** A catalogue range for a page in `lang` (∞ for inf in both). */
export function rangeText(range: string, lang: 'en' | 'ko'): string {
  return lang === 'ko' ? rangeKo(range) : range.replace(/\binf\b/g, '∞');
}
