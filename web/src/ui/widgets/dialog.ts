// dialog.ts — the house modal: a native <dialog> (Esc closes, focus stays inside) whose head is its
// title (an h2 that names the dialog) and a close button; and copying a read-only field's text.
import type { MessageKey } from '../../i18n';
import { h, ht, label, nextId, type Attrs, type Child } from '../dom';
import { icon } from './icons';

/** <dialog class="dialog `cls`"> with the title head, then `body`. */
export function modalDialog(
  cls: string,
  titleKey: MessageKey,
  attrs: Attrs,
  ...body: Child[]
): HTMLDialogElement {
  const titleId = nextId('dialog-title');
  const close = label(
    h('button', { type: 'button', class: 'btn btn-icon dialog-close' }, icon('close')),
    'network.close',
  );
  const el = h(
    'dialog',
    { ...attrs, class: `dialog ${cls}`, 'aria-labelledby': titleId },
    h('div', { class: 'dialog-head' }, ht('h2', titleKey, {}, { id: titleId }), close),
    ...body,
  );
  close.addEventListener('click', () => el.close());
  return el;
}

/** Selects `field` (ready to copy by hand) and writes its text to the clipboard: true once written,
 * false where the browser refuses or has no clipboard. */
export async function copyField(field: HTMLTextAreaElement | HTMLInputElement): Promise<boolean> {
  field.select();
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (clipboard === undefined) return false;
  return clipboard.writeText(field.value).then(
    () => true,
    () => false,
  );
}
