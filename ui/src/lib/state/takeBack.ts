// Taking back edits from Word, as the dialog needs it: the choices offered for a section,
// the choices sent to the core, and the section's words run together by change so that the
// dialog draws a run of added words as one mark.
import type { SectionChanges, SectionChoice, Take, Word } from "../../bindings";

/** What can be taken for a section: tracked changes make Word's text two texts. */
export function takeLabels(s: SectionChanges): { take: Take; label: string }[] {
  const keep = { take: "keep" as Take, label: "Keep the app's text" };
  if (!s.proposed) return [keep, { take: "accepted", label: "Take Word's text" }];
  return [
    keep,
    { take: "accepted", label: "Take Word's text, accepting its tracked changes" },
    { take: "rejected", label: "Take Word's text, rejecting its tracked changes" },
  ];
}

/** The sections the officer chose to take, for the core; those kept are left out. */
export function choicesFor(
  sections: SectionChanges[],
  takes: Record<string, Take>,
): SectionChoice[] {
  return sections
    .filter((s) => (takes[s.section] ?? "keep") !== "keep")
    .map((s) => ({ section: s.section, take: takes[s.section] }));
}

/** The section's words, neighbours with the same change joined into one. */
export function wordsIn(s: SectionChanges): Word[] {
  const runs: Word[] = [];
  for (const w of s.words) {
    const last = runs[runs.length - 1];
    if (last && last.change === w.change) last.text += w.text;
    else runs.push({ ...w });
  }
  return runs;
}
