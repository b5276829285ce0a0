// Times five launches of the app until the responses list shows its first row.
import { Session, until } from "../tests/e2e/webdriver.mjs";

const app = process.env.PCC_E2E_APP;
const times = [];
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  const s = await Session.start(app);
  await until("the list", () => s.find('[data-testid="response-row"]'), 30000);
  times.push(Math.round(performance.now() - start));
  await s.end();
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`launch to list, ms: ${times.join(", ")}`);
console.log(`median: ${sorted[2]} ms`);

// Typing while the autosave runs: 60 keystrokes into the title, in bursts of ten with a
// pause after each burst long enough for a save to start, timing each keystroke from the
// input event to the next frame the window paints.
const s = await Session.start(app);
await until("the list", () => s.find('[data-testid="response-row"] [data-testid="open"]'), 30000);
await (await s.find('[data-testid="response-row"] [data-testid="open"]')).click();
await until("the title field", () => s.find('[data-testid="title"]'));
const latencies = await s.exec(`
  return (async () => {
    const el = document.querySelector('[data-testid="title"]');
    const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const pause = (ms) => new Promise((r) => setTimeout(r, ms));
    const out = [];
    for (let i = 0; i < 60; i++) {
      const t0 = performance.now();
      set.call(el, el.value + 'x');
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
      out.push(performance.now() - t0);
      await pause(i % 10 === 9 ? 900 : 80);
    }
    return out;
  })();
`);
await s.end();
const ms = [...latencies].sort((a, b) => a - b);
console.log(
  `keystroke to next frame while saving, ms: median ${ms[30].toFixed(1)}, ` +
    `95th percentile ${ms[56].toFixed(1)}, worst ${ms[59].toFixed(1)}`,
);
