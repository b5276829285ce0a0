// The app-wide error banner: any command's error in words, shown until dismissed or
// replaced. What the officer typed stays on screen; only the message is added.
import { errorMessage, reveal, type Written } from "../../api";

export const notices = $state<{ error: string | null }>({ error: null });

/** Shows `e` in words, after `doing` ("Could not delete the response"). */
export function showError(doing: string, e: unknown): void {
  notices.error = `${doing}. ${errorMessage(e)}`;
}

/**
 * What `read` resolves with; when it fails, the error is shown (after `doing`) and `fallback`
 * stands in, so that a screen shows what it had rather than nothing.
 */
export async function readOrShow<T>(
  doing: string,
  read: () => Promise<T>,
  fallback: T,
): Promise<T> {
  try {
    return await read();
  } catch (e) {
    showError(doing, e);
    return fallback;
  }
}

export function clearError(): void {
  notices.error = null;
}

/** Shows a file the app wrote in its folder; a failure goes to `failed`, or the error banner. */
export async function showInFolder(
  file: Written,
  failed: (e: unknown) => void = (e) => showError("Could not show the file", e),
): Promise<void> {
  try {
    await reveal(file.token);
  } catch (e) {
    failed(e);
  }
}
