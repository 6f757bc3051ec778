//! The facts section of a cache entry, in a layout of dubao's own: a warm `dubao facts` decodes
//! every fact of an archive, and through serde and MessagePack (an untagged value, an option per
//! field, a visitor per string) that decoding was over half of its time. Here a fact is a kind
//! byte, a byte saying which optional fields follow, then the fields; lengths and numbers are
//! LEB128 varints, and the strings' bytes are kept apart, one after another, so they are checked
//! for UTF-8 once for the whole section rather than string by string. Decoding checks every
//! length and byte: a damaged section reads as `None`, never as a panic or as wrong facts.
//!
//! Layout: the length of the structure, the structure, then the strings' bytes. The structure:
//! article count, then per article its fact count and facts. A fact: kind (its index in
//! [`FactKind::ALL`]), presence bits ([`Bit`]), text, then in this order those present: value
//! (a tag and a number or text), unit, name, role, attribute, counted, flags (count, strings),
//! paragraph, location (index in [`LOCATIONS`]); then start and end.

use crate::model::{Fact, FactKind, FactValue, Location};

/// Where a fact outside the body can be, by index.
const LOCATIONS: [Location; 3] = [Location::Title, Location::Byline, Location::Caption];

/// The presence bits of a fact's optional fields.
#[derive(Clone, Copy)]
#[repr(u8)]
enum Bit {
    Value = 1,
    Unit = 2,
    Name = 4,
    Role = 8,
    Attribute = 16,
    Counted = 32,
    Flags = 64,
    Paragraph = 128,
}

/// A value's tag: how its number is held (as serde_json holds it) or that it is text.
const VALUE_U64: u8 = 0;
const VALUE_I64: u8 = 1;
const VALUE_F64: u8 = 2;
const VALUE_TEXT: u8 = 3;
/// The location byte (after the other fields; otherwise an index in [`LOCATIONS`]) of a fact
/// that has none.
const NO_LOCATION: u8 = 0xff;

/// Encodes each article's facts.
pub fn encode(articles: &[&[Fact]]) -> Vec<u8> {
    let n: usize = articles.iter().map(|f| f.len()).sum();
    let mut out = Out {
        meta: Vec::with_capacity(16 * n + 8),
        text: Vec::with_capacity(32 * n),
    };
    varint(&mut out.meta, articles.len() as u64);
    for facts in articles {
        varint(&mut out.meta, facts.len() as u64);
        for f in *facts {
            fact(&mut out, f);
        }
    }
    let mut bytes = Vec::with_capacity(out.meta.len() + out.text.len() + 10);
    varint(&mut bytes, out.meta.len() as u64);
    bytes.extend_from_slice(&out.meta);
    bytes.extend_from_slice(&out.text);
    bytes
}

/// The section being written: its structure and its strings' bytes.
struct Out {
    meta: Vec<u8>,
    text: Vec<u8>,
}

impl Out {
    fn push(&mut self, b: u8) {
        self.meta.push(b);
    }
}

fn fact(out: &mut Out, f: &Fact) {
    let kind = FactKind::ALL.iter().position(|k| *k == f.kind).unwrap_or(0);
    out.push(kind as u8);
    let mut bits = 0u8;
    for (present, bit) in [
        (f.value.is_some(), Bit::Value),
        (f.unit.is_some(), Bit::Unit),
        (f.name.is_some(), Bit::Name),
        (f.role.is_some(), Bit::Role),
        (f.attribute.is_some(), Bit::Attribute),
        (f.counted.is_some(), Bit::Counted),
        (!f.flags.is_empty(), Bit::Flags),
        (f.paragraph.is_some(), Bit::Paragraph),
    ] {
        if present {
            bits |= bit as u8;
        }
    }
    out.push(bits);
    string(out, &f.text);
    if let Some(v) = &f.value {
        value(out, v);
    }
    for s in [&f.unit, &f.name, &f.role, &f.attribute, &f.counted]
        .into_iter()
        .flatten()
    {
        string(out, s);
    }
    if !f.flags.is_empty() {
        varint(&mut out.meta, f.flags.len() as u64);
        for s in &f.flags {
            string(out, s);
        }
    }
    if let Some(p) = f.paragraph {
        varint(&mut out.meta, p as u64);
    }
    let location = f
        .location
        .and_then(|l| LOCATIONS.iter().position(|x| *x == l));
    out.push(location.map_or(NO_LOCATION, |i| i as u8));
    varint(&mut out.meta, f.start as u64);
    varint(&mut out.meta, f.end as u64);
}

fn value(out: &mut Out, v: &FactValue) {
    match v {
        FactValue::Number(n) => {
            if let Some(u) = n.as_u64() {
                out.push(VALUE_U64);
                varint(&mut out.meta, u);
            } else if let Some(i) = n.as_i64() {
                out.push(VALUE_I64);
                out.meta.extend_from_slice(&i.to_le_bytes());
            } else {
                out.push(VALUE_F64);
                out.meta
                    .extend_from_slice(&n.as_f64().unwrap_or(0.0).to_bits().to_le_bytes());
            }
        }
        FactValue::Text(t) => {
            out.push(VALUE_TEXT);
            string(out, t);
        }
    }
}

fn string(out: &mut Out, s: &str) {
    varint(&mut out.meta, s.len() as u64);
    out.text.extend_from_slice(s.as_bytes());
}

/// LEB128: seven bits a byte, low first; most lengths and offsets take one byte.
fn varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Decodes what [`encode`] wrote; `None` when the bytes are damaged in any way (a length past
/// the end, an unknown kind, text that is not UTF-8, bytes left over).
pub fn decode(bytes: &[u8]) -> Option<Vec<Vec<Fact>>> {
    let mut head = Cursor {
        meta: bytes,
        text: "",
    };
    let meta_len = head.usize()?;
    let meta = head.take(meta_len)?;
    let text = simdutf8::basic::from_utf8(head.meta).ok()?;
    let mut r = Cursor { meta, text };
    let articles = r.count()?;
    let mut out = Vec::with_capacity(articles);
    for _ in 0..articles {
        let n = r.count()?;
        let mut facts = Vec::with_capacity(n);
        for _ in 0..n {
            facts.push(r.fact()?);
        }
        out.push(facts);
    }
    (r.meta.is_empty() && r.text.is_empty()).then_some(out)
}

/// A checked reader over the section's structure and strings.
struct Cursor<'a> {
    meta: &'a [u8],
    text: &'a str,
}

impl<'a> Cursor<'a> {
    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.meta.split_first()?;
        self.meta = rest;
        Some(b)
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.meta.len() {
            return None;
        }
        let (head, rest) = self.meta.split_at(n);
        self.meta = rest;
        Some(head)
    }

    fn varint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    fn usize(&mut self) -> Option<usize> {
        usize::try_from(self.varint()?).ok()
    }

    /// A count of things still to read: each takes at least one byte, so a count past the
    /// bytes left is damage, not a reason to allocate.
    fn count(&mut self) -> Option<usize> {
        let n = self.usize()?;
        (n <= self.meta.len()).then_some(n)
    }

    /// The next string: its length from the structure, its bytes from the strings (already
    /// checked as UTF-8; a cut inside a character is damage).
    fn string(&mut self) -> Option<String> {
        let n = self.usize()?;
        let s = self.text.get(..n)?;
        self.text = self.text.get(n..)?;
        Some(s.to_owned())
    }

    fn optional(&mut self, bits: u8, bit: Bit) -> Option<Option<String>> {
        if bits & bit as u8 == 0 {
            return Some(None);
        }
        self.string().map(Some)
    }

    fn value(&mut self) -> Option<FactValue> {
        Some(match self.byte()? {
            VALUE_U64 => FactValue::Number(self.varint()?.into()),
            VALUE_I64 => {
                FactValue::Number(i64::from_le_bytes(self.take(8)?.try_into().ok()?).into())
            }
            VALUE_F64 => {
                let bits = u64::from_le_bytes(self.take(8)?.try_into().ok()?);
                FactValue::Number(serde_json::Number::from_f64(f64::from_bits(bits))?)
            }
            VALUE_TEXT => FactValue::Text(self.string()?),
            _ => return None,
        })
    }

    fn fact(&mut self) -> Option<Fact> {
        let kind = *FactKind::ALL.get(usize::from(self.byte()?))?;
        let bits = self.byte()?;
        let text = self.string()?;
        let value = if bits & Bit::Value as u8 != 0 {
            Some(self.value()?)
        } else {
            None
        };
        let unit = self.optional(bits, Bit::Unit)?;
        let name = self.optional(bits, Bit::Name)?;
        let role = self.optional(bits, Bit::Role)?;
        let attribute = self.optional(bits, Bit::Attribute)?;
        let counted = self.optional(bits, Bit::Counted)?;
        let flags = if bits & Bit::Flags as u8 != 0 {
            let n = self.count()?;
            (0..n).map(|_| self.string()).collect::<Option<Vec<_>>>()?
        } else {
            Vec::new()
        };
        let paragraph = if bits & Bit::Paragraph as u8 != 0 {
            Some(self.usize()?)
        } else {
            None
        };
        let location = match self.byte()? {
            NO_LOCATION => None,
            i => Some(*LOCATIONS.get(usize::from(i))?),
        };
        let start = self.usize()?;
        let end = self.usize()?;
        Some(Fact {
            kind,
            text,
            value,
            unit,
            name,
            role,
            attribute,
            counted,
            flags,
            paragraph,
            location,
            start,
            end,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every field in use, and each kind of value.
    fn facts() -> Vec<Vec<Fact>> {
        let base = Fact {
            value: Some(FactValue::Number(1_250_000_000u64.into())),
            unit: Some("元".to_owned()),
            attribute: Some("总投资".to_owned()),
            flags: vec!["approx".to_owned(), "range".to_owned()],
            paragraph: Some(3),
            ..Fact::new(FactKind::Money, "约12.5亿元", 300, 307)
        };
        let mut person = base.clone();
        person.kind = FactKind::Person;
        person.value = None;
        person.unit = None;
        person.name = Some("张三".to_owned());
        person.role = Some("主任".to_owned());
        person.flags.clear();
        person.paragraph = None;
        person.location = Some(Location::Byline);
        let mut date = base.clone();
        date.kind = FactKind::Product;
        date.value = Some(FactValue::Text("2025-08".to_owned()));
        date.counted = Some("项目".to_owned());
        date.location = Some(Location::Caption);
        let mut negative = base.clone();
        negative.value = Some(FactValue::Number((-5i64).into()));
        let mut float = base.clone();
        float.value = serde_json::Number::from_f64(0.125).map(FactValue::Number);
        vec![vec![base, person], vec![], vec![date, negative, float]]
    }

    fn refs(f: &[Vec<Fact>]) -> Vec<&[Fact]> {
        f.iter().map(Vec::as_slice).collect()
    }

    #[test]
    fn facts_come_back_as_they_went_in() {
        let f = facts();
        assert_eq!(decode(&encode(&refs(&f))), Some(f));
        assert_eq!(decode(&encode(&[])), Some(Vec::new()));
    }

    #[test]
    fn the_samples_facts_come_back_as_they_went_in() {
        let mut page = crate::ingest::load_source(&crate::ingest::sample_source(), 1)
            .expect("the sample loads");
        crate::facts::fill_page(&mut page, &crate::facts::Extractor::new());
        let f: Vec<Vec<Fact>> = page.articles.into_iter().map(|a| a.facts).collect();
        assert!(f.iter().map(Vec::len).sum::<usize>() > 50);
        assert_eq!(decode(&encode(&refs(&f))), Some(f));
    }

    /// Every truncation and every single changed byte reads as damage or as facts, never a
    /// panic; truncations are always damage.
    #[test]
    fn damaged_bytes_never_panic() {
        let bytes = encode(&refs(&facts()));
        for n in 0..bytes.len() {
            assert_eq!(decode(&bytes[..n]), None, "truncated at {n}");
        }
        for i in 0..bytes.len() {
            for b in [0u8, 0x7f, 0x80, 0xff] {
                let mut d = bytes.clone();
                d[i] = b;
                let _ = decode(&d);
            }
        }
        let mut longer = bytes;
        longer.push(0);
        assert_eq!(decode(&longer), None);
    }
}
