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
