//! Applying fixes to a text.

use crate::report::Fix;

/// A replacement in byte offsets.
struct ByteEdit<'a> {
    start: usize,
    end: usize,
    replacement: &'a str,
}

/// Applies replacements given in byte offsets. Edits that overlap an earlier one (in
/// order of start offset) are skipped, as are edits outside the text or not on
/// character boundaries; so any list of edits gives a valid text.
pub fn apply_byte_edits(text: &str, edits: &[(usize, usize, &str)]) -> String {
    let mut list: Vec<ByteEdit> = edits
        .iter()
        .filter(|(s, e, _)| {
            s <= e && *e <= text.len() && text.is_char_boundary(*s) && text.is_char_boundary(*e)
        })
        .map(|&(start, end, replacement)| ByteEdit {
            start,
            end,
            replacement,
        })
        .collect();
    list.sort_by_key(|e| (e.start, e.end));
    let mut out = String::with_capacity(text.len() + 16);
    let mut pos = 0;
    for e in list {
        if e.start < pos {
            continue; // overlaps an edit already applied
        }
        out.push_str(&text[pos..e.start]);
        out.push_str(e.replacement);
        pos = e.end;
    }
    out.push_str(&text[pos..]);
    out
}

/// Converts sorted-or-not UTF-16 offsets to byte offsets of `text` in one pass.
/// Offsets past the end map to `usize::MAX`; offsets inside a surrogate pair map to
/// the start of the character.
pub fn utf16_to_byte_offsets(text: &str, offsets: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let mut out = vec![text.len(); offsets.len()];
    let mut u16pos = 0usize;
    let mut chars = text.char_indices().peekable();
    for i in order {
        let target = offsets[i];
        loop {
            match chars.peek() {
                Some(&(b, c)) => {
                    let w = c.len_utf16();
                    if u16pos + w > target {
                        out[i] = b;
                        break;
                    }
                    u16pos += w;
                    chars.next();
                }
                None => {
                    // Exactly at the end is valid; past it is not.
                    out[i] = if target == u16pos {
                        text.len()
                    } else {
                        usize::MAX
                    };
                    break;
                }
            }
        }
    }
    out
}

/// Applies fixes given in UTF-16 offsets (as in a [`crate::Report`]) to `text`.
pub fn apply_fixes(text: &str, fixes: &[Fix]) -> String {
    let mut offs = Vec::with_capacity(fixes.len() * 2);
    for f in fixes {
        offs.push(f.start);
        offs.push(f.end);
    }
    let bytes = utf16_to_byte_offsets(text, &offs);
    let edits: Vec<(usize, usize, &str)> = fixes
        .iter()
        .enumerate()
        .map(|(i, f)| (bytes[2 * i], bytes[2 * i + 1], f.replacement.as_str()))
        .collect();
    apply_byte_edits(text, &edits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(start: usize, end: usize, r: &str) -> Fix {
        Fix {
            start,
            end,
            replacement: r.into(),
            label: String::new(),
        }
    }

    #[test]
    fn applies_in_utf16_offsets() {
        let t = "😀其它和 and 威胁";
        // "其它" starts at UTF-16 offset 2 (the emoji is two code units).
        let out = apply_fixes(t, &[fix(3, 4, "他"), fix(5, 10, "")]);
        assert_eq!(out, "😀其他和威胁");
    }

    #[test]
    fn overlapping_and_out_of_range_fixes_are_skipped() {
        let t = "abcdef";
        let out = apply_fixes(t, &[fix(1, 3, "X"), fix(2, 4, "Y"), fix(50, 60, "Z")]);
        assert_eq!(out, "aXdef");
    }

    #[test]
    fn inside_surrogate_pair_maps_to_char_start() {
        let t = "a😀b";
        assert_eq!(
            utf16_to_byte_offsets(t, &[2, 3, 4, 99]),
            vec![1, 5, 6, usize::MAX]
        );
    }
}
