// Autosave: every change reaches the database within a second, without a Save button, and
// no change is ever dropped. Typing only records the latest value (`change`); the save
// runs after a short pause, one at a time and in order. A failed save keeps its value,
// says so through `onState` and tries again, waiting longer each time, a few times at most:
// then it stops and says so, and the next change, `flush` or "Try again" tries afresh.
// `flush` saves at once (before an export, on leaving the draft, on closing the window) and
// says whether everything is saved.

/** Where the saving stands, for the quiet "Saved at 14:32" line. */
export type SaveState =
  | { state: "idle" }
  | { state: "pending" }
  | { state: "saving" }
  | { state: "saved"; at: Date }
  | { state: "failed"; error: unknown; retrying: boolean };

export interface AutosaveOptions<T> {
  /** Writes one value; rejects when it could not. */
  save: (value: T) => Promise<unknown>;
  /** The pause after the last change before saving, in milliseconds. */
  delay?: number;
  /** How long to wait before trying a failed save again, in milliseconds; doubled each time. */
  retryDelay?: number;
  /** How many times a failed save is tried again on its own before the app stops trying. */
  maxRetries?: number;
  /** Told of every change of state. */
  onState?: (state: SaveState) => void;
  /** The clock, for "Saved at". */
  now?: () => Date;
}

export class Autosave<T> {
  readonly delay: number;
  readonly retryDelay: number;
  readonly maxRetries: number;
  #save: (value: T) => Promise<unknown>;
  #onState: (state: SaveState) => void;
  #now: () => Date;
  /** The newest value not yet saved; a box, so that any value (even null) can wait. */
  #pending: { value: T } | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #inFlight: Promise<boolean> | null = null;
  #lastError: unknown = null;
  #failed = false;
  /** Failed tries since the last save that worked or the last change. */
  #failures = 0;

  constructor(options: AutosaveOptions<T>) {
    this.#save = options.save;
    this.delay = options.delay ?? 600;
    this.retryDelay = options.retryDelay ?? 3000;
    this.maxRetries = options.maxRetries ?? 5;
    this.#onState = options.onState ?? (() => {});
    this.#now = options.now ?? (() => new Date());
  }

  /** True while some change is not yet safely in the database. */
  get dirty(): boolean {
    return this.#pending !== null || this.#inFlight !== null;
  }

  /** The error of the last failed save, while it has not yet been put right. */
  get lastError(): unknown {
    return this.#failed ? this.#lastError : null;
  }

  /** Records the latest value; it is saved after the pause. Never waits. */
  change(value: T): void {
    this.#pending = { value };
    this.#failures = 0;
    if (!this.#failed) this.#onState({ state: "pending" });
    this.#arm(this.delay);
  }

  /**
   * Saves whatever is waiting, now, and waits for any save already under way.
   * Resolves true when everything is saved, false when a save failed (it is still kept and
   * retried).
   */
  async flush(): Promise<boolean> {
    this.#disarm();
    for (;;) {
      if (this.#inFlight) {
        await this.#inFlight;
        continue;
      }
      if (!this.#pending) return !this.#failed;
      if (!(await this.#run())) return false;
    }
  }

  /** Stops the timer; whatever is pending stays pending (call `flush` first to keep it). */
  dispose(): void {
    this.#disarm();
  }

  #arm(ms: number): void {
    this.#disarm();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#run();
    }, ms);
  }

  #disarm(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** Saves the pending value, after any save under way; true when it was written. */
  async #run(): Promise<boolean> {
    while (this.#inFlight) await this.#inFlight;
    const pending = this.#pending;
    if (!pending) return !this.#failed;
    this.#pending = null;
    this.#onState({ state: "saving" });
    this.#inFlight = this.#write(pending);
    try {
      return await this.#inFlight;
    } finally {
      this.#inFlight = null;
    }
  }

  async #write(pending: { value: T }): Promise<boolean> {
    try {
      await this.#save(pending.value);
    } catch (error) {
      // Keep the value unless a newer one has arrived meanwhile, and try again.
      this.#pending ??= pending;
      this.#failed = true;
      this.#lastError = error;
      this.#failures += 1;
      const retrying = this.#failures <= this.maxRetries;
      this.#onState({ state: "failed", error, retrying });
      if (retrying && this.#timer === null) {
        this.#arm(this.retryDelay * 2 ** (this.#failures - 1));
      }
      return false;
    }
    this.#failed = false;
    this.#failures = 0;
    this.#lastError = null;
    this.#onState(this.#pending ? { state: "pending" } : { state: "saved", at: this.#now() });
    return true;
  }
}
