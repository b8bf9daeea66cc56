// course.js — the example course page's side of ActLab's embed API (no inline script: it runs under
// a strict Content-Security-Policy too). Messages are plain objects; everything shown is textContent.
'use strict';

const params = new URLSearchParams(location.search);
// Where ActLab lives: ?actlab=<url> (e.g. https://example.org/actlab/), else the site this page is on.
const actlab = new URL(params.get('actlab') || '../', location.href);
const log = document.querySelector('[data-log]');

function note(text) {
  const li = document.createElement('li');
  li.textContent = text;
  log.prepend(li);
  while (log.children.length > 50) log.lastChild.remove();
}

// Every frame's remote control: these commands, then the section's own load buttons.
const COMMANDS = [
  ['play', 'Play'],
  ['pause', 'Pause'],
  ['step', 'Step'],
  ['reset', 'Reset'],
  ['get', 'Get status'],
];

const frames = [];
for (const section of document.querySelectorAll('section[data-frame]')) {
  const iframe = section.querySelector('iframe');
  const name = section.dataset.frame;
  const status = section.querySelector('[data-status]');
  iframe.src = new URL(`#${iframe.dataset.hash}`, actlab).href;
  const frame = { name, iframe, status, ready: false };
  frames.push(frame);
  section.querySelector('.remote').prepend(
    ...COMMANDS.map(([cmd, text]) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.cmd = cmd;
      button.textContent = text;
      return button;
    }),
  );
  for (const button of section.querySelectorAll('button[data-cmd]')) {
    button.addEventListener('click', () => {
      const msg = { actlab: 1, cmd: button.dataset.cmd };
      if (msg.cmd === 'load') msg.hash = button.dataset.load;
      iframe.contentWindow.postMessage(msg, actlab.origin);
    });
  }
}

addEventListener('message', (e) => {
  if (e.origin !== actlab.origin) return;
  const frame = frames.find((f) => f.iframe.contentWindow === e.source);
  const m = e.data;
  if (!frame || typeof m !== 'object' || m === null || m.actlab !== 1) return;
  if (m.event === 'ready') {
    frame.ready = true;
    frame.status.textContent = `ready (embed API version ${m.version})`;
  } else if (m.event === 'status') {
    const num = (v) => (typeof v === 'number' ? v.toFixed(3) : '–');
    frame.status.textContent =
      `epoch ${m.epoch}, train loss ${num(m.trainLoss)}, test loss ${num(m.testLoss)}, ` +
      `accuracy ${num(m.accuracy)}, ${m.playing ? 'playing' : 'paused'}`;
  } else if (m.event === 'lesson') {
    const tick = document.querySelector(`[data-task="${CSS.escape(String(m.id))}"] [data-tick]`);
    if (tick && m.done === true) tick.classList.add('done');
  }
  note(`${frame.name}: ${m.event}${m.event === 'status' ? ` epoch ${m.epoch}` : ''}`);
});
