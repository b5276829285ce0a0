// One modal question at a time (Dialog.svelte shows it): "Delete this response?",
// "Leave without your latest changes?". Awaiting `ask` gives the choice made; Escape gives
// the safe choice.

export interface Choice {
  id: string;
  label: string;
  tone?: "primary" | "danger" | "plain";
}

export interface Question {
  title: string;
  message: string;
  choices: Choice[];
  /** The choice Escape makes, and the one focused first: always the safe one. */
  safe: string;
}

interface Open extends Question {
  resolve: (choice: string) => void;
}

export const dialog = $state<{ open: Open | null }>({ open: null });

/** Asks the question; resolves with the id of the choice made. */
export function ask(question: Question): Promise<string> {
  // A newer question replaces an older one, which takes its safe choice.
  dialog.open?.resolve(dialog.open.safe);
  return new Promise((resolve) => {
    dialog.open = { ...question, resolve };
  });
}

/** Answers the open question (Dialog.svelte calls this). */
export function answer(choice: string): void {
  const open = dialog.open;
  dialog.open = null;
  open?.resolve(choice);
}

/** A yes/no question: true when the officer chose `confirm`. */
export async function confirm(options: {
  title: string;
  message: string;
  confirm: string;
  cancel?: string;
  danger?: boolean;
}): Promise<boolean> {
  const choice = await ask({
    title: options.title,
    message: options.message,
    choices: [
      { id: "confirm", label: options.confirm, tone: options.danger ? "danger" : "primary" },
      { id: "cancel", label: options.cancel ?? "Cancel", tone: "plain" },
    ],
    safe: "cancel",
  });
  return choice === "confirm";
}
