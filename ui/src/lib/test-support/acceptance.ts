// Vitest's global setup: says once, before the tests run, when the acceptance tests of the
// real 2024 response are skipped because it is not beside the repository.
import { SHARED_ABSENT, sharedPresent } from "./fixtures";

export default function setup(): void {
  if (!sharedPresent) console.warn(SHARED_ABSENT);
}
