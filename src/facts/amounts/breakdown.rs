//! Whether an amount is a part of a total (after `其中` in its sentence), kept as running
//! state so the one look-back that is not bounded stays linear: apart from the scan it serves.

use super::*;

/// Whether the amounts met so far sit after a `其中` in their sentence: updated as the scan moves
/// right, so asking costs the chars since the last question, not a walk back to the sentence
/// start (which made 40,000 amounts in one sentence quadratic).
#[derive(Debug, Default)]
pub(super) struct Breakdown {
    pos: usize,
    inside: bool,
}

impl Breakdown {
    /// Whether `start` follows a `其中` of its sentence; `start` never moves left by much, and
    /// a question about an earlier position is answered with the state already reached.
    pub(super) fn at(&mut self, f: &[char], start: usize) -> bool {
        let end = start.min(f.len());
        // Only the chars that change the state are visited: the scan jumps between them, and
        // never past `end`, so no char is read twice however many amounts ask.
        while self.pos < end {
            let Some(k) = BREAKDOWN_CHARS.next_in(&f[..end], self.pos) else {
                self.pos = end;
                break;
            };
            match f[k] {
                '其' => {
                    if f.get(k + 1) == Some(&'中') {
                        self.inside = true;
                    }
                }
                _ => self.inside = false,
            }
            self.pos = k + 1;
        }
        self.inside
    }
}

/// The chars [`Breakdown::at`] reacts to: the sentence ends and the `其` of `其中`.
pub(super) static BREAKDOWN_CHARS: CharSet = CharSet::of(&['。', '；', ';', '！', '？', '其']);
