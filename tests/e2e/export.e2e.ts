// "Export code" (issue #10) end to end in Chromium, on the playground and on a lab run: the NumPy and
// PyTorch scripts (download and copy), the trained weights as JSON and the decision boundary as PNG.
// Each download is checked by its file name and what is in it: the script names the run's activation
// and the NumPy one runs under Debian's Python for exactly the epochs trained; the JSON's layers have
// the network's shapes; the PNG is a PNG of the boundary canvas's size.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { numberOf, openAny, openPage, useSite } from './harness';

const world = useSite();
const PYTHON = process.env['ACTLAB_PYTHON'] ?? '/usr/bin/python3';

/** Clicks `testid` in the open export dialog and returns the download's file name and bytes. */
async function download(page: Page, testid: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('dialog[open]').getByTestId(testid).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface WeightsFile {
  format: string;
  networkShape: number[];
  activations: string[];
  features: string[];
  nParams: number;
  layers: { fanIn: number; units: number; weights: number[]; biases: number[] }[];
  params: number[];
}

/** The weights file has the network's shapes: hidden layers then one output unit. */
function checkWeights(json: WeightsFile, hidden: number[], act: string): void {
  expect(json.format).toBe('actlab-weights-1');
  expect(json.networkShape).toEqual(hidden);
  expect(json.activations).toEqual(hidden.map(() => act));
  const units = [...hidden, 1];
  expect(json.layers.map((l) => l.units)).toEqual(units);
  expect(json.layers.map((l) => l.fanIn)).toEqual([json.features.length, ...units.slice(0, -1)]);
  for (const l of json.layers) {
    expect(l.weights).toHaveLength(l.units * l.fanIn);
    expect(l.biases).toHaveLength(l.units);
    expect(l.weights.every(Number.isFinite)).toBe(true);
  }
  expect(json.params).toHaveLength(json.nParams);
  // Trained weights, not zeros.
  expect(json.params.some((v) => v !== 0)).toBe(true);
}

/** Every export of the open dialog; `stem` is the file names' start, `act` the run's activation. */
async function exportEverything(
  page: Page,
  stem: string,
  act: RegExp,
  epochs: number,
  hidden: number[],
  boundary: string,
): Promise<void> {
  const scripts: Record<string, string> = {};
  for (const format of ['numpy', 'pytorch']) {
    const { name, bytes } = await download(page, `export-${format}-download`);
    expect(name).toBe(`${stem}-${format}.py`);
    const code = bytes.toString('utf8');
    expect(code.length).toBeGreaterThan(1000);
    expect(code).toMatch(format === 'numpy' ? /import numpy/ : /import torch/);
    expect(code).toMatch(act);
    expect(code).not.toMatch(format === 'numpy' ? /import torch/ : /^$/);
    scripts[format] = code;
    // Copy: the same script on the clipboard and in the text box.
    await page.locator('dialog[open]').getByTestId(`export-${format}-copy`).click();
    await expect
      .poll(() => page.locator('dialog[open]').getByTestId('export-status').textContent())
      .toMatch(/[Cc]opied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(await page.locator('dialog[open]').getByTestId('export-code').inputValue()).toBe(code);
  }
  // The NumPy script runs and trains exactly the epochs shown, one JSON line each.
  const run = spawnSync(PYTHON, ['-'], { input: scripts['numpy'], encoding: 'utf8', timeout: 120_000 });
  expect(run.stderr).toBe('');
  const lines = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { epoch: number; train_loss: number });
  expect(lines.at(-1)?.epoch).toBe(epochs);
  expect(lines.every((l) => Number.isFinite(l.train_loss))).toBe(true);

  const weights = await download(page, 'export-weights');
  expect(weights.name).toBe(`${stem}-weights.json`);
  checkWeights(JSON.parse(weights.bytes.toString('utf8')) as WeightsFile, hidden, act.source);

  const png = await download(page, 'export-png');
  expect(png.name).toBe(`${stem}-boundary.png`);
  const canvas = await page
    .locator(boundary)
    .evaluate((c) => ({ width: (c as HTMLCanvasElement).width, height: (c as HTMLCanvasElement).height }));
  expect(canvas.width).toBeGreaterThan(100);
  expect(pngSize(png.bytes)).toEqual(canvas);
  expect(png.bytes.length).toBeGreaterThan(2000); // a picture, not a blank
}

async function trainSomeEpochs(page: Page): Promise<number> {
  await page.getByTestId('play').click();
  await expect.poll(() => numberOf(page, 'epoch'), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
  await page.getByTestId('play').click();
  await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed')).toBe('false');
  await page.waitForTimeout(300);
  return numberOf(page, 'epoch');
}

describe('Export code', () => {
  it('on the playground: both scripts (download, copy), the weights JSON and the boundary PNG', async () => {
    const { page, errors } = await openPage(
      world.browser,
      `${world.site.url}#dataset=xor&networkShape=4,3&activation=sigmoid&speed=1`,
    );
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const epochs = await trainSomeEpochs(page);
    await page.getByTestId('export-button').click();
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(1);
    await exportEverything(page, 'actlab-xor-sigmoid', /sigmoid/, epochs, [4, 3], '[data-testid="boundary"]');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a lab run: run 2 of a comparison exports its own activation and shapes', async () => {
    const { page, errors } = await openAny(
      world.browser,
      `${world.site.url}#compare=2&dataset=circle&networkShape=5&activation=tanh&r2.activation=relu&speed=1`,
      'run-card-1',
    );
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const epochs = await trainSomeEpochs(page);
    await page.getByTestId('run-export-1').click();
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(1);
    await exportEverything(
      page,
      'actlab-circle-relu-run2',
      /relu/,
      epochs,
      [5],
      '[data-testid="run-boundary-1"]',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
