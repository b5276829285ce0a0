//! The word diff behind taking back edits from Word: which words of one text are gone from
//! another and which are new, with the spaces and line breaks kept as pieces of their own so
//! that the marked-up text reads as the text does.
//!
//! Texts are compared a paragraph (line) at a time first, and word by word only within the
//! paragraphs that changed. Each comparison trims what the two share at either end, takes an
//! exact longest common subsequence when what is left is small, and otherwise anchors on
//! words that occur once in each (patience diff) and compares between the anchors. Where no
//! word occurs once in each (text that repeats itself), both sides are cut into stretches of
//! equal shares, compared exactly in pairs: still a true diff, if not always the shortest.
//! The work therefore stays bounded for fields of 100,000 characters, however different they
//! are, and the result is the same on every run.

use std::collections::HashMap;
use std::hash::Hash;

/// Where a piece of a compared text belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    /// In both texts.
    Both,
    /// Only in the first (old) text.
    Old,
    /// Only in the second (new) text.
    New,
}

/// One piece of a compared text: a word, a run of spaces or line breaks, or one mark of
/// punctuation.
pub(crate) type Piece<'a> = (Side, &'a str);

/// The largest exact comparison, in cells (old pieces × new pieces). Below it the table's
/// values never exceed 1,024, so they fit in a `u16`.
const MOST_CELLS: usize = 1 << 20;

/// The longest stretch compared exactly where there is nothing to anchor on: a stretch of
/// either side within it makes at most [`MOST_CELLS`] cells.
const STRETCH: usize = 1 << 10;

/// `old` and `new` compared word by word, in reading order: each piece of `old` as `Both` or
/// `Old`, each piece of `new` as `Both` or `New`, removals before additions where both fall
/// at one place. The pieces of either text, read in order, give back that text.
pub(crate) fn diff_words<'a>(old: &'a str, new: &'a str) -> Vec<Piece<'a>> {
    let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
    let new_lines: Vec<&str> = new.split_inclusive('\n').collect();
    let mut pieces = Vec::new();
    let (mut o, mut n) = (0, 0);
    let mut changed_old: Vec<&str> = Vec::new();
    let mut changed_new: Vec<&str> = Vec::new();
    let lines = edits(&old_lines, &new_lines);
    for side in lines.iter().copied().chain([Side::Both]) {
        match side {
            Side::Old => {
                changed_old.extend(tokens(old_lines[o]));
                o += 1;
            }
            Side::New => {
                changed_new.extend(tokens(new_lines[n]));
                n += 1;
            }
            Side::Both => {
                words_between(&changed_old, &changed_new, &mut pieces);
                changed_old.clear();
                changed_new.clear();
                if o < old_lines.len() && n < new_lines.len() {
                    pieces.extend(tokens(old_lines[o]).map(|t| (Side::Both, t)));
                    o += 1;
                    n += 1;
                }
            }
        }
    }
    tidy(pieces)
}

/// Compares the words of changed paragraphs and adds the result to `pieces`.
fn words_between<'a>(old: &[&'a str], new: &[&'a str], pieces: &mut Vec<Piece<'a>>) {
    let (mut o, mut n) = (0, 0);
    for side in edits(old, new) {
        let text = match side {
            Side::Old => old[o],
            Side::New | Side::Both => new[n],
        };
        o += usize::from(side != Side::New);
        n += usize::from(side != Side::Old);
        pieces.push((side, text));
    }
}

/// Splits text into words (letters, digits and apostrophes), runs of white space, and single
/// other characters.
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    #[derive(PartialEq)]
    enum Class {
        Word,
        Space,
        Mark,
    }
    let class = |c: char| {
        if c.is_alphanumeric() || c == '\'' || c == '’' {
            Class::Word
        } else if c.is_whitespace() {
            Class::Space
        } else {
            Class::Mark
        }
    };
    let mut rest = text;
    std::iter::from_fn(move || {
        let mut chars = rest.char_indices();
        let (_, first) = chars.next()?;
        let kind = class(first);
        let end = if kind == Class::Mark {
            first.len_utf8()
        } else {
            chars
                .find(|&(_, c)| class(c) != kind)
                .map_or(rest.len(), |(i, _)| i)
        };
        let (token, tail) = rest.split_at(end);
        rest = tail;
        Some(token)
    })
}

/// Spaces alone between two changes are part of the change: "quickly and" changed to
/// "slowly or" reads as one removal and one addition, not as four pieces around a space.
/// Within each change the removed pieces come first.
fn tidy(pieces: Vec<Piece<'_>>) -> Vec<Piece<'_>> {
    let mut out = Vec::with_capacity(pieces.len());
    let mut i = 0;
    while i < pieces.len() {
        if pieces[i].0 == Side::Both {
            out.push(pieces[i]);
            i += 1;
            continue;
        }
        // A change: extend it over spaces kept between it and the next change.
        let mut end = i;
        let mut j = i;
        while j < pieces.len() {
            if pieces[j].0 != Side::Both {
                j += 1;
                end = j;
            } else if pieces[j].1.trim().is_empty() {
                j += 1;
            } else {
                break;
            }
        }
        let change = &pieces[i..end];
        let old: Vec<&str> = change
            .iter()
            .filter(|p| p.0 != Side::New)
            .map(|p| p.1)
            .collect();
        let new: Vec<&str> = change
            .iter()
            .filter(|p| p.0 != Side::Old)
            .map(|p| p.1)
            .collect();
        // Spaces opening or closing both sides stay shared: "X " to "Y " changes X to Y.
        let shared = |a: &str, b: &str| a == b && a.trim().is_empty();
        let most = old.len().min(new.len());
        let lead = (0..most).take_while(|&k| shared(old[k], new[k])).count();
        let tail = (0..most - lead)
            .take_while(|&k| shared(old[old.len() - 1 - k], new[new.len() - 1 - k]))
            .count();
        out.extend(old[..lead].iter().map(|&t| (Side::Both, t)));
        out.extend(old[lead..old.len() - tail].iter().map(|&t| (Side::Old, t)));
        out.extend(new[lead..new.len() - tail].iter().map(|&t| (Side::New, t)));
        out.extend(old[old.len() - tail..].iter().map(|&t| (Side::Both, t)));
        i = end;
    }
    out
}

/// What is left to do while comparing: compare two ranges, or give one answer.
enum Task {
    Compare(std::ops::Range<usize>, std::ops::Range<usize>),
    Give(Side),
}

/// The edit script from `old` to `new`: `Both` takes one of each, `Old` one of `old`, `New`
/// one of `new`. Worked with a stack of tasks rather than by recursion, so no input is deep
/// enough to overflow the stack.
fn edits<T: Eq + Hash>(old: &[T], new: &[T]) -> Vec<Side> {
    let mut out = Vec::with_capacity(old.len().max(new.len()));
    let mut tasks = vec![Task::Compare(0..old.len(), 0..new.len())];
    while let Some(task) = tasks.pop() {
        let (mut a, mut b) = match task {
            Task::Give(side) => {
                out.push(side);
                continue;
            }
            Task::Compare(a, b) => (a, b),
        };
        let mut prefix = 0;
        while prefix < a.len() && prefix < b.len() && old[a.start + prefix] == new[b.start + prefix]
        {
            prefix += 1;
        }
        out.extend(std::iter::repeat_n(Side::Both, prefix));
        a.start += prefix;
        b.start += prefix;
        let mut suffix = 0;
        while suffix < a.len()
            && suffix < b.len()
            && old[a.end - 1 - suffix] == new[b.end - 1 - suffix]
        {
            suffix += 1;
        }
        a.end -= suffix;
        b.end -= suffix;
        // Tasks run last pushed first: the suffix goes on first so that it comes out last.
        tasks.extend(std::iter::repeat_with(|| Task::Give(Side::Both)).take(suffix));
        if a.is_empty() || b.is_empty() || a.len().saturating_mul(b.len()) <= MOST_CELLS {
            out.extend(exact(&old[a], &new[b]));
            continue;
        }
        let anchors = anchors(&old[a.clone()], &new[b.clone()]);
        if anchors.is_empty() {
            // Nothing to anchor on (text that repeats itself): compare stretch by stretch,
            // each the same share of either side and small enough to compare exactly.
            let stretches = a.len().max(b.len()).div_ceil(STRETCH);
            let cut = |r: &std::ops::Range<usize>, k: usize| r.start + r.len() * k / stretches;
            let plan = (0..stretches)
                .map(|k| Task::Compare(cut(&a, k)..cut(&a, k + 1), cut(&b, k)..cut(&b, k + 1)));
            tasks.extend(plan.rev());
            continue;
        }
        let mut plan = Vec::with_capacity(anchors.len() * 2 + 1);
        let (mut i, mut j) = (a.start, b.start);
        for (ai, bj) in anchors {
            plan.push(Task::Compare(i..a.start + ai, j..b.start + bj));
            plan.push(Task::Give(Side::Both));
            (i, j) = (a.start + ai + 1, b.start + bj + 1);
        }
        plan.push(Task::Compare(i..a.end, j..b.end));
        tasks.extend(plan.into_iter().rev());
    }
    out
}

/// The exact edit script by a table of longest common subsequences; only for inputs within
/// [`MOST_CELLS`] (or with one side empty).
fn exact<T: Eq>(old: &[T], new: &[T]) -> Vec<Side> {
    let (n, m) = (old.len(), new.len());
    if n == 0 || m == 0 {
        let mut out = vec![Side::Old; n];
        out.extend(std::iter::repeat_n(Side::New, m));
        return out;
    }
    // best[i * (m + 1) + j]: the longest common subsequence of old[i..] and new[j..].
    let width = m + 1;
    let mut best = vec![0u16; (n + 1) * width];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            best[i * width + j] = if old[i] == new[j] {
                best[(i + 1) * width + j + 1].saturating_add(1)
            } else {
                best[(i + 1) * width + j].max(best[i * width + j + 1])
            };
        }
    }
    let mut out = Vec::with_capacity(n + m);
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if old[i] == new[j] {
            out.push(Side::Both);
            (i, j) = (i + 1, j + 1);
        } else if best[(i + 1) * width + j] >= best[i * width + j + 1] {
            out.push(Side::Old);
            i += 1;
        } else {
            out.push(Side::New);
            j += 1;
        }
    }
    out.extend(std::iter::repeat_n(Side::Old, n - i));
    out.extend(std::iter::repeat_n(Side::New, m - j));
    out
}

/// Pairs of positions of pieces that occur exactly once in each of `old` and `new`, the
/// longest run of them in the same order in both (patience diff's anchors).
fn anchors<T: Eq + Hash>(old: &[T], new: &[T]) -> Vec<(usize, usize)> {
    // For each piece: how often in old, where; how often in new, where.
    let mut seen: HashMap<&T, (u32, usize, u32, usize)> = HashMap::new();
    for (i, t) in old.iter().enumerate() {
        let e = seen.entry(t).or_insert((0, i, 0, 0));
        e.0 += 1;
    }
    for (j, t) in new.iter().enumerate() {
        if let Some(e) = seen.get_mut(t) {
            e.2 += 1;
            e.3 = j;
        }
    }
    let mut pairs: Vec<(usize, usize)> = seen
        .into_values()
        .filter(|&(in_old, _, in_new, _)| in_old == 1 && in_new == 1)
        .map(|(_, i, _, j)| (i, j))
        .collect();
    pairs.sort_unstable();
    longest_rising(&pairs)
}

/// The longest subsequence of `pairs` (sorted by their first) whose seconds rise.
fn longest_rising(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    // tops[k]: index in pairs of the smallest end of a rising run of length k + 1.
    let mut tops: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = vec![None; pairs.len()];
    for (p, &(_, j)) in pairs.iter().enumerate() {
        let k = tops.partition_point(|&t| pairs[t].1 < j);
        before[p] = k.checked_sub(1).map(|k| tops[k]);
        if k == tops.len() {
            tops.push(p);
        } else {
            tops[k] = p;
        }
    }
    let mut run = Vec::with_capacity(tops.len());
    let mut at = tops.last().copied();
    while let Some(p) = at {
        run.push(pairs[p]);
        at = before[p];
    }
    run.reverse();
    run
}

#[cfg(test)]
mod tests;
