// speed-field.ts — the speed control of every page (testid `speed`): epochs per frame, a few optimiser
// steps per frame for watching single steps, or max (state/speed.ts). Option values are URL tokens.
import { setAttr, t } from '../../i18n';
import { SPEED_CHOICES, parseSpeed, sameSpeed, speedToken, type Speed } from '../../state/speed';
import { selectField, type Option } from './fields';

function text(s: Speed): Option<string>['text'] {
  if (s.per === 'max') return { key: 'speed.max' };
  if (s.per === 'step') return { key: s.n === 1 ? 'speed.step' : 'speed.steps', params: { n: s.n } };
  return { key: s.n === 1 ? 'speed.epoch' : 'speed.epochs', params: { n: s.n } };
}

function options(current: Speed): Option<string>[] {
  const all = SPEED_CHOICES.some((c) => sameSpeed(c, current)) ? SPEED_CHOICES : [...SPEED_CHOICES, current];
  return all.map((s) => ({ value: speedToken(s), text: text(s) }));
}

export function speedField(value: Speed, onChange: (s: Speed) => void, attrs: { hide?: string } = {}) {
  const f = selectField(
    'controls.speed',
    options(value),
    speedToken(value),
    (token) => {
      const s = parseSpeed(token);
      if (s !== undefined) onChange(s);
    },
    { ...attrs, testid: 'speed' },
  );
  setAttr(f.select, 'title', () => t('controls.speedHint'));
  return { el: f.el, set: (s: Speed) => f.setOptions(options(s), speedToken(s)) };
}
