// ActLab in a course page: every page embedded at 640×480 (no header or footer, an "open in ActLab"
// link), the embed API driven from a course page on ANOTHER origin (web/public/course/), the header's
// section links at 1280 px and a deep network's diagram.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST, openAny, serve, shot, useSite } from './harness';

const world = useSite();

/** No ancestor-free overflow: the page does not scroll sideways. */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('embedded pages at 640×480', () => {
  const PAGES: { name: string; hash: string; ready: string; visible: string[] }[] = [
    {
      name: 'playground',
      hash: 'dataset=spiral&activation=relu&embed=1',
      ready: 'boundary',
      visible: ['play', 'step', 'epoch', 'boundary', 'open-full'],
    },
    {
      name: 'lesson',
      hash: 'lesson=tanh-vs-sigmoid&embed=1',
      ready: 'run-card-1',
      visible: ['play', 'step', 'epoch', 'lesson-check', 'open-full'],
    },
    {
      name: 'comparison',
      hash: 'compare=2&r2.activation=relu&embed=1',
      ready: 'run-card-1',
      visible: ['play', 'epoch', 'run-card-0', 'open-full'],
    },
    {
      name: 'explorer',
      hash: 'explorer&embed=1',
      ready: 'explorer-chart',
      visible: ['explorer-chart', 'open-full'],
    },
  ];
  for (const p of PAGES) {
    it(`${p.name}: no site header or footer, usable controls, an open-in-ActLab link without embed`, async () => {
      const { page, errors } = await openAny(world.browser, `${world.site.url}#${p.hash}`, p.ready);
      await page.setViewportSize({ width: 640, height: 480 });
      await page.waitForTimeout(200);
      expect(await page.locator('header.app-header').isVisible()).toBe(false);
      expect(await page.locator('footer.app-footer').isVisible()).toBe(false);
      for (const id of p.visible) expect(await page.getByTestId(id).first().isVisible(), id).toBe(true);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      // Every page's link says the same and opens the full app, in a new tab, at the same experiment.
      const open = page.getByTestId('open-full');
      expect(await open.count()).toBe(1);
      expect((await open.textContent())?.trim()).toBe('Open in ActLab ↗');
      expect(await open.getAttribute('target')).toBe('_blank');
      const href = (await open.getAttribute('href')) ?? '';
      expect(href.startsWith(`${world.site.url}#`), href).toBe(true);
      for (const part of p.hash.replace('&embed=1', '').split('&')) expect(href).toContain(part);
      expect(href).not.toContain('embed');
      // the counterfactual: the same page without embed=1 has its header and footer, and no link shown
      const full = await openAny(
        world.browser,
        `${world.site.url}#${p.hash.replace('&embed=1', '')}`,
        p.ready,
      );
      expect(await full.page.locator('header.app-header').isVisible()).toBe(true);
      expect(await full.page.getByTestId('open-full').isVisible()).toBe(false);
      // (a lab page adds the link only when embedded; the playground's is there, hidden)
      expect(await full.page.getByTestId('open-full').count()).toBe(p.name === 'playground' ? 1 : 0);
      await full.page.context().close();
      await page.screenshot({ path: shot(`embed-640x480-${p.name}`) });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it("a lab page's embed button gives the iframe snippet of that page", async () => {
    const { page, errors } = await openAny(world.browser, `${world.site.url}#lesson=zigzag`, 'run-card-1');
    await page.getByTestId('embed-button').click();
    const snippet = await page.getByTestId('embed-snippet').inputValue();
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#lesson=zigzag&amp;embed=1" width="640"/,
    );
    expect(await page.getByTestId('share-link').inputValue()).toMatch(/#lesson=zigzag$/);
    // Copy puts that snippet on the clipboard and says so; before the click the button says Copy.
    const copy = page.getByTestId('embed-copy');
    expect(await copy.textContent()).toBe('Copy');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // The comparison and the explorer rewrite their own links as they go: the snippet is the link as it
  // stands when the button is pressed, embedded (and on the explorer, another function shown changes it).
  for (const p of [
    {
      name: 'comparison',
      hash: 'compare=2&r2.activation=relu',
      ready: 'run-card-1',
      key: 'r2.activation=relu',
    },
    { name: 'explorer', hash: 'explorer&act=tanh,relu', ready: 'explorer-chart', key: 'act=tanh,relu' },
  ]) {
    it(`the ${p.name}'s embed button gives the iframe snippet of the ${p.name}`, async () => {
      const { page, errors } = await openAny(world.browser, `${world.site.url}#${p.hash}`, p.ready);
      await page.waitForTimeout(500);
      await page.getByTestId('embed-button').click();
      const snippet = await page.getByTestId('embed-snippet').inputValue();
      const src = /^<iframe src="([^"]+)" width="640" height="480"/
        .exec(snippet)?.[1]
        ?.replace(/&amp;/g, '&');
      expect(src, snippet).toBeDefined();
      const url = new URL(src!);
      expect(`${url.origin}${url.pathname}`).toBe(world.site.url);
      const shown = new URLSearchParams((await page.evaluate(() => location.hash)).slice(1));
      const framed = new URLSearchParams(url.hash.slice(1));
      expect(framed.get('embed')).toBe('1');
      expect(shown.has('embed')).toBe(false);
      framed.delete('embed');
      expect(framed.toString()).toBe(shown.toString());
      expect(url.hash.slice(1).split('&')[0]).toBe(p.hash.split('&')[0]);
      expect(src).toContain(p.key);
      const share = await page.getByTestId('share-link').inputValue();
      expect(share).not.toContain('embed');
      expect(share).toContain(p.key);
      if (p.name === 'explorer') {
        // another function shown: the next snippet is of that one, not the first
        await page.keyboard.press('Escape');
        await page.getByTestId('explorer-item-sigmoid').click();
        await expect.poll(() => page.evaluate(() => location.hash)).toContain('act=sigmoid');
        await page.getByTestId('embed-button').click();
        const again = await page.getByTestId('embed-snippet').inputValue();
        expect(again).toContain('act=sigmoid');
        expect(again).not.toContain('act=tanh');
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

interface Event {
  actlab: number;
  event: string;
  frame: string;
  epoch?: number;
  playing?: boolean;
  hash?: string;
  id?: string;
  done?: boolean;
  version?: number;
  trainLoss?: number;
  t: number;
}

describe('the embed API, from a course page on another origin', () => {
  it('ready, status, play/pause/step/reset/get/load and the lesson event; anything else is ignored', async () => {
    const course = await serve(DIST); // the same files on another port: another origin
    const actlab = world.site.url;
    expect(new URL(course.url).origin).not.toBe(new URL(actlab).origin);
    const context = await world.browser.newContext({ viewport: { width: 900, height: 2000 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    // Record every message the course page receives, with the frame it came from.
    await context.addInitScript(() => {
      const w = window as unknown as { events: unknown[] };
      w.events = [];
      addEventListener('message', (e) => {
        const frames = Array.from(document.querySelectorAll('iframe'));
        const frame = frames.find((f) => f.contentWindow === e.source)?.id ?? '?';
        w.events.push({ ...(e.data as object), frame, t: performance.now() });
      });
    });
    await page.goto(`${course.url}course/?actlab=${encodeURIComponent(actlab)}`);
    const events = () => page.evaluate(() => (window as unknown as { events: Event[] }).events);
    const of = async (frame: string, event: string) =>
      (await events()).filter((e) => e.frame === frame && e.event === event);
    const lastStatus = async (frame: string) => (await of(frame, 'status')).at(-1);
    const section = (name: string) => page.locator(`section[data-frame="${name}"]`);
    const click = (name: string, cmd: string, n = 0) =>
      section(name).locator(`button[data-cmd="${cmd}"]`).nth(n).click();

    // ready, then a status after the first frame, from both frames
    for (const f of ['lesson', 'playground']) {
      await expect.poll(async () => (await of(f, 'ready')).length, { timeout: 60_000 }).toBe(1);
      expect((await of(f, 'ready'))[0]?.version).toBe(1);
      await expect.poll(async () => (await of(f, 'status')).length, { timeout: 30_000 }).toBeGreaterThan(0);
      expect((await lastStatus(f))?.playing).toBe(false);
    }
    expect((await lastStatus('lesson'))?.hash).toBe('lesson=tanh-vs-sigmoid&embed=1');

    // Counterfactuals first: no actlab: 1, an unknown command, a wrong version: nothing happens.
    const before = (await events()).length;
    await page.evaluate(() => {
      const w = (document.getElementById('playground') as HTMLIFrameElement).contentWindow!;
      w.postMessage({ cmd: 'play' }, '*');
      w.postMessage({ actlab: 2, cmd: 'play' }, '*');
      w.postMessage({ actlab: 1, cmd: 'explode' }, '*');
      w.postMessage({ actlab: 1, cmd: 'load', hash: 42 }, '*');
      w.postMessage('play', '*');
    });
    await page.waitForTimeout(1000);
    expect((await events()).length).toBe(before);
    const pg = page.frames().find((f) => f.url().includes('activation=relu')) as Frame;
    expect(await pg.getByTestId('play').getAttribute('aria-pressed')).toBe('false');

    // step: one epoch and a status saying so
    await click('playground', 'step');
    await expect.poll(async () => (await lastStatus('playground'))?.epoch, { timeout: 20_000 }).toBe(1);

    // play: a status with playing = true, then at most 10 a second while training
    await click('playground', 'play');
    await expect.poll(async () => (await lastStatus('playground'))?.playing, { timeout: 20_000 }).toBe(true);
    const t0 = (await lastStatus('playground'))!.t;
    await page.waitForTimeout(3000);
    const during = (await of('playground', 'status')).filter((e) => e.t > t0 && e.playing === true);
    expect(during.length).toBeGreaterThan(2);
    const span = (during.at(-1)!.t - during[0]!.t) / 1000;
    expect(during.length - 1).toBeLessThanOrEqual(10 * span + 1);
    expect(during.at(-1)!.epoch!).toBeGreaterThan(1);
    await click('playground', 'pause');
    await expect.poll(async () => (await lastStatus('playground'))?.playing, { timeout: 20_000 }).toBe(false);

    // get and reset
    // (paused: wait until the last frame's status has come, then `get` adds exactly one)
    let n = -1;
    await expect
      .poll(
        async () => {
          const before = (await of('playground', 'status')).length;
          await page.waitForTimeout(600);
          n = (await of('playground', 'status')).length;
          return n - before;
        },
        { timeout: 20_000 },
      )
      .toBe(0);
    await click('playground', 'get');
    await expect.poll(async () => (await of('playground', 'status')).length).toBe(n + 1);
    await click('playground', 'reset');
    await expect.poll(async () => (await lastStatus('playground'))?.epoch, { timeout: 20_000 }).toBe(0);

    // load: a new experiment (ready again, then its status with the new link)
    await click('playground', 'load', 0);
    await expect.poll(async () => (await of('playground', 'ready')).length, { timeout: 60_000 }).toBe(2);
    await expect
      .poll(async () => (await lastStatus('playground'))?.hash ?? '', { timeout: 30_000 })
      .toContain('dataset=xor');

    // the lesson: play until its check ticks; the course page hears it and ticks its task
    await click('lesson', 'play');
    await expect
      .poll(async () => (await of('lesson', 'lesson')).length, { timeout: 90_000, interval: 500 })
      .toBe(1);
    expect((await of('lesson', 'lesson'))[0]).toMatchObject({ id: 'tanh-vs-sigmoid', done: true });
    expect(await page.locator('[data-task="tanh-vs-sigmoid"] [data-tick]').getAttribute('class')).toBe(
      'done',
    );
    await click('lesson', 'pause');
    await expect.poll(async () => (await lastStatus('lesson'))?.playing, { timeout: 20_000 }).toBe(false);

    // A bad hash in a load is the usual notice, as text: nothing becomes HTML.
    await page.evaluate(() => {
      const w = (document.getElementById('playground') as HTMLIFrameElement).contentWindow!;
      w.postMessage({ actlab: 1, cmd: 'load', hash: 'activation=<img src=x>&embed=1' }, '*');
    });
    await expect.poll(async () => (await of('playground', 'ready')).length, { timeout: 60_000 }).toBe(3);
    const bad = page.frames().find((f) => f.url().includes('activation=%3Cimg')) as Frame;
    await bad.getByTestId('notice').waitFor({ timeout: 30_000 });
    expect(await bad.getByTestId('notice').textContent()).toContain('<img src=x>');
    expect(await bad.locator('[data-testid=notice] img').count()).toBe(0);

    await page.screenshot({ path: shot('course-page'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
    await course.close();
  });
});

/** A bare course page on ANOTHER origin (a second server, for a directory holding just that page)
 * with 640×480 iframes of ActLab, recording every message it receives with the id of the iframe that
 * sent it. (A page the test fulfils itself would not do: Chromium blocks its frames to 127.0.0.1.) */
async function courseWith(frames: { id: string; hash: string }[]) {
  const dir = mkdtempSync(join(tmpdir(), 'actlab-course-'));
  writeFileSync(
    join(dir, 'bare.html'),
    '<!doctype html><link rel="icon" href="data:,"><title>A course page</title><main></main>',
  );
  const course = await serve(dir);
  const actlab = world.site.url;
  expect(new URL(course.url).origin).not.toBe(new URL(actlab).origin);
  const context = await world.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${course.url}bare.html`);
  await page.evaluate(
    ({ frames, actlab }) => {
      const w = window as unknown as { events: unknown[] };
      w.events = [];
      addEventListener('message', (e) => {
        const from = Array.from(document.querySelectorAll('iframe')).find(
          (f) => f.contentWindow === e.source,
        );
        w.events.push({ ...(e.data as object), frame: from?.id ?? '?', t: performance.now() });
      });
      for (const f of frames) {
        const iframe = document.createElement('iframe');
        iframe.id = f.id;
        iframe.title = f.id;
        iframe.width = '640';
        iframe.height = '480';
        iframe.style.border = '0';
        iframe.style.verticalAlign = 'top';
        iframe.src = `${actlab}#${f.hash}`;
        document.querySelector('main')!.append(iframe);
      }
    },
    { frames, actlab },
  );
  const events = () => page.evaluate(() => (window as unknown as { events: Event[] }).events);
  const of = async (frame: string, event: string) =>
    (await events()).filter((e) => e.frame === frame && e.event === event);
  const post = (id: string, msg: unknown) =>
    page.evaluate(
      ({ id, msg }) =>
        (document.getElementById(id) as HTMLIFrameElement).contentWindow!.postMessage(msg, '*'),
      { id, msg },
    );
  const close = async () => {
    await context.close();
    await course.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { page, errors, events, of, post, close };
}

describe('the explorer, embedded in a course page on another origin', () => {
  it('sends ready and a status, answers get, loads another link; play/step/reset and non-actlab messages do nothing', async () => {
    const c = await courseWith([{ id: 'explorer', hash: 'explorer&act=tanh&embed=1' }]);
    const frame = c.page.frameLocator('#explorer');
    const acts = () => frame.getByTestId('explorer-chart').getAttribute('data-acts');
    await expect.poll(async () => (await c.of('explorer', 'ready')).length, { timeout: 60_000 }).toBe(1);
    expect((await c.of('explorer', 'ready'))[0]?.version).toBe(1);
    // one status once the first picture is drawn: nothing trains, the link says what is shown
    await expect.poll(async () => (await c.of('explorer', 'status')).length, { timeout: 30_000 }).toBe(1);
    const first = (await c.of('explorer', 'status'))[0]!;
    expect(first).toMatchObject({
      epoch: 0,
      trainLoss: null,
      testLoss: null,
      accuracy: null,
      playing: false,
    });
    expect(first.hash).toContain('act=tanh');
    expect(first.hash).toContain('embed=1');
    expect(await acts()).toBe('tanh');

    // Counterfactuals: a load without actlab: 1 (or another version) is ignored: same page, no events.
    const before = (await c.events()).length;
    await c.post('explorer', { cmd: 'load', hash: 'explorer&act=sigmoid&embed=1' });
    await c.post('explorer', { actlab: 2, cmd: 'load', hash: 'explorer&act=sigmoid&embed=1' });
    // ... and so are the commands that drive training, which the explorer has not got
    for (const cmd of ['play', 'step', 'reset', 'pause']) await c.post('explorer', { actlab: 1, cmd });
    await c.page.waitForTimeout(1500);
    expect((await c.events()).length).toBe(before);
    expect(await acts()).toBe('tanh');
    expect(await frame.getByTestId('explorer-title').textContent()).toBe('Tanh');

    // get: exactly one status, the explorer's current link
    await c.post('explorer', { actlab: 1, cmd: 'get' });
    await expect.poll(async () => (await c.of('explorer', 'status')).length).toBe(2);
    expect((await c.of('explorer', 'status'))[1]?.hash).toContain('act=tanh');

    // load: the frame shows another function (ready again, then its status with the new link)
    await c.post('explorer', { actlab: 1, cmd: 'load', hash: 'explorer&act=sigmoid,relu' });
    await expect.poll(async () => (await c.of('explorer', 'ready')).length, { timeout: 60_000 }).toBe(2);
    await expect.poll(acts, { timeout: 30_000 }).toBe('sigmoid,relu');
    expect(await frame.getByTestId('explorer-title').textContent()).toBe('Sigmoid');
    await expect
      .poll(async () => (await c.of('explorer', 'status')).at(-1)?.hash ?? '', { timeout: 30_000 })
      .toContain('act=sigmoid,relu');
    expect((await c.of('explorer', 'status')).at(-1)?.hash).toContain('embed=1');
    expect(await frame.getByTestId('open-full').isVisible()).toBe(true);
    await c.page.screenshot({ path: shot('course-page-explorer') });
    expect(c.errors).toEqual([]);
    await c.close();
  });
});

describe('a lesson in a real 640×480 iframe on a course page from another origin', () => {
  it('embedded, its play button and first run card are on the first screen; not embedded, the runs are below', async () => {
    const c = await courseWith([
      { id: 'embedded', hash: 'lesson=tanh-vs-sigmoid&embed=1' },
      { id: 'full', hash: 'lesson=tanh-vs-sigmoid' },
    ]);
    const geometry = async (id: string) => {
      const frame = c.page.frameLocator(`#${id}`);
      await frame.getByTestId('run-card-0').waitFor({ timeout: 60_000 });
      await c.page.waitForTimeout(500); // fonts and the charts' first layout
      return frame.locator('body').evaluate(() => {
        const box = (testid: string) => {
          const r = document.querySelector(`[data-testid="${testid}"]`)!.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
        };
        const root = document.documentElement;
        return {
          width: innerWidth,
          height: innerHeight,
          scrollY,
          sideways: root.scrollWidth - root.clientWidth,
          play: box('play'),
          card: box('run-card-0'),
        };
      });
    };
    const inside = (
      b: { top: number; bottom: number; left: number; right: number },
      g: { width: number; height: number },
    ) => b.top >= 0 && b.left >= 0 && b.bottom <= g.height && b.right <= g.width;

    // the iframe is really 640×480
    for (const id of ['embedded', 'full']) {
      const r = await c.page.locator(`#${id}`).boundingBox();
      expect(r).toMatchObject({ width: 640, height: 480 });
    }
    const embedded = await geometry('embedded');
    expect(embedded).toMatchObject({ width: 640, height: 480, scrollY: 0 });
    expect(embedded.sideways).toBeLessThanOrEqual(0);
    expect(inside(embedded.play, embedded), JSON.stringify(embedded)).toBe(true);
    expect(inside(embedded.card, embedded), JSON.stringify(embedded)).toBe(true);

    // The counterfactual: the same lesson, not embedded, in the same iframe: its first run card is
    // below the fold (the header and the lesson's prose come first).
    const full = await geometry('full');
    expect(full).toMatchObject({ width: 640, height: 480, scrollY: 0 });
    expect(full.card.top, JSON.stringify(full)).toBeGreaterThan(full.height);

    // Embedded, the lesson's texts are one click away: closed, then open.
    const frame = c.page.frameLocator('#embedded');
    expect(await frame.getByTestId('lesson-summary').isVisible()).toBe(false);
    expect(await frame.getByTestId('lesson-predict').isVisible()).toBe(false);
    await frame.getByTestId('lesson-fold-about').locator('summary').click();
    expect(await frame.getByTestId('lesson-summary').isVisible()).toBe(true);
    await frame.getByTestId('lesson-fold-predict').locator('summary').click();
    expect(await frame.getByTestId('lesson-predict-0').isVisible()).toBe(true);
    expect(await frame.getByTestId('lesson-check').isVisible()).toBe(true);
    await c.page.screenshot({ path: shot('course-page-lesson-640x480') });
    expect(c.errors).toEqual([]);
    await c.close();
  });
});

describe('the playground at 1280 px', () => {
  it('the section links are spaced apart, and an 8-layer network fits or scrolls visibly', async () => {
    const url = `${world.site.url}#networkShape=8,8,8,8,8,8,8,8`;
    const { page, errors } = await openAny(world.browser, url, 'boundary');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForTimeout(300);
    const links = await page.locator('nav.lab-nav a').evaluateAll((as) =>
      as.map((a) => {
        const r = a.getBoundingClientRect();
        return { left: r.left, right: r.right };
      }),
    );
    expect(links.length).toBe(4);
    for (let i = 1; i < links.length; i++)
      expect(links[i]!.left - links[i - 1]!.right).toBeGreaterThanOrEqual(4);
    const geo = await page.locator('.panel-network').evaluate((panel) => {
      const d = panel.querySelector('.diagram') as HTMLElement;
      const heads = Array.from(panel.querySelectorAll('.column-head'));
      const out = heads.at(-1)!.getBoundingClientRect();
      const pr = panel.getBoundingClientRect();
      const dr = d.getBoundingClientRect();
      return {
        panel: { left: pr.left, right: pr.right },
        diagram: { left: dr.left, right: dr.right },
        scrolls: d.scrollWidth > d.clientWidth,
        overflowX: getComputedStyle(d).overflowX,
        out: { left: out.left, right: out.right },
        columns: heads.length,
      };
    });
    expect(geo.columns).toBe(10); // inputs, 8 hidden layers, output
    // the diagram stays inside its panel ...
    expect(geo.diagram.right).toBeLessThanOrEqual(geo.panel.right + 1);
    expect(geo.diagram.left).toBeGreaterThanOrEqual(geo.panel.left - 1);
    if (!geo.scrolls) {
      // ... and either the output column is inside it
      expect(geo.out.right).toBeLessThanOrEqual(geo.diagram.right + 1);
    } else {
      // ... or it scrolls (a visible scroll bar), and scrolling to the end shows the output column
      expect(['auto', 'scroll']).toContain(geo.overflowX);
      const end = await page.locator('.panel-network .diagram').evaluate((d) => {
        d.scrollLeft = d.scrollWidth;
        const out = Array.from(d.querySelectorAll('.column-head')).at(-1)!.getBoundingClientRect();
        return { out: out.right, right: d.getBoundingClientRect().right };
      });
      expect(end.out).toBeLessThanOrEqual(end.right + 1);
    }
    await page.screenshot({ path: shot('playground-1280-8-layers') });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
