// Tests only: the door to Rust (api.ts) answered by plain functions through Tauri's own
// mockIPC, with every command recorded. Vitest runs in Node, which has no `window`.
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { AppError, Commands, ErrorKind } from "../../api";

// Tauri's mocks keep their state on `window`.
(globalThis as { window?: unknown }).window ??= globalThis;

export type Args = Record<string, unknown>;

/** One command as the window sent it. */
export interface Sent {
  cmd: string;
  args: Args;
}

/** What a command rejects with when Rust refuses it: the error as the IPC carries it. */
export function refusal(kind: ErrorKind, message: string, field: string | null = null): AppError {
  return { kind, message, field };
}

/**
 * Answers each command with its handler (a thrown value is the command's error) and records
 * what was sent. A command without a handler fails the way an unknown command would.
 */
export function mockCommands(
  handlers: Partial<Record<keyof Commands, (args: Args) => unknown>>,
): Sent[] {
  const sent: Sent[] = [];
  mockIPC((cmd, args) => {
    const given = (args ?? {}) as Args;
    sent.push({ cmd, args: given });
    const handler = handlers[cmd as keyof Commands];
    if (!handler) throw refusal("app", `No mock answers ${cmd}.`);
    return handler(given);
  });
  return sent;
}

export { clearMocks };
