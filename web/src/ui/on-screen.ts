// on-screen.ts — whether an element is (nearly) in the viewport, from one shared IntersectionObserver.
// A panel scrolled out of view keeps recording what it shows but need not draw it: in software
// rendering every canvas drawn is rasterised at the next commit and composited, seen or not (the
// playground's charts below the fold cost as much as those in view). Throttle holds such a panel's
// latest drawing and runs it when the panel comes into view.

/** Elements this close to the viewport count as on screen (they are drawn before they scroll in). */
const MARGIN = '200px';

interface Watch {
  visible: boolean;
  /** Called once each time the element comes into view. */
  onShow: Set<() => void>;
}

const watches = new WeakMap<Element, Watch>();
let observer: IntersectionObserver | null = null;

function observe(): IntersectionObserver | null {
  if (observer || typeof IntersectionObserver === 'undefined') return observer;
  observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const w = watches.get(e.target);
        if (!w) continue;
        const was = w.visible;
        w.visible = e.isIntersecting;
        if (w.visible && !was) for (const f of [...w.onShow]) f();
      }
    },
    { rootMargin: MARGIN },
  );
  return observer;
}

/**
 * The watch of `el`: visible until the observer first says otherwise (an element is drawn before its
 * first report, and always where IntersectionObserver does not exist).
 */
export function onScreen(el: Element): Watch {
  let w = watches.get(el);
  if (!w) {
    w = { visible: true, onShow: new Set() };
    watches.set(el, w);
    observe()?.observe(el);
  }
  return w;
}
