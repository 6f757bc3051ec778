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

use super::layout::{Cursor, Out};
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
    let mut out = Out::with_capacity(16 * n + 8, 32 * n);
    out.len(articles.len());
    for facts in articles {
        out.len(facts.len());
        for f in *facts {
            fact(&mut out, f);
        }
    }
    out.finish()
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
    out.string(&f.text);
    if let Some(v) = &f.value {
        value(out, v);
    }
    for s in [&f.unit, &f.name, &f.role, &f.attribute, &f.counted]
        .into_iter()
        .flatten()
    {
        out.string(s);
    }
    if !f.flags.is_empty() {
        out.strings(&f.flags);
    }
    if let Some(p) = f.paragraph {
        out.len(p);
    }
    let location = f
        .location
        .and_then(|l| LOCATIONS.iter().position(|x| *x == l));
    out.push(location.map_or(NO_LOCATION, |i| i as u8));
    out.len(f.start);
    out.len(f.end);
}

fn value(out: &mut Out, v: &FactValue) {
    match v {
        FactValue::Number(n) => {
            if let Some(u) = n.as_u64() {
                out.push(VALUE_U64);
                out.varint(u);
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
            out.string(t);
        }
    }
}

/// Decodes what [`encode`] wrote; `None` when the bytes are damaged in any way (a length past
/// the end, an unknown kind, text that is not UTF-8, bytes left over).
pub fn decode(bytes: &[u8]) -> Option<Vec<Vec<Fact>>> {
    let mut r = Cursor::open(bytes)?;
    let articles = r.count()?;
    let mut out = Vec::with_capacity(articles);
    for _ in 0..articles {
        let n = r.count()?;
        let mut facts = Vec::with_capacity(n);
        for _ in 0..n {
            facts.push(read_fact(&mut r)?);
        }
        out.push(facts);
    }
    r.is_done().then_some(out)
}

/// The optional string `bit` says is present.
fn optional(r: &mut Cursor<'_>, bits: u8, bit: Bit) -> Option<Option<String>> {
    if bits & bit as u8 == 0 {
        return Some(None);
    }
    r.string().map(Some)
}

fn read_value(r: &mut Cursor<'_>) -> Option<FactValue> {
    Some(match r.byte()? {
        VALUE_U64 => FactValue::Number(r.varint()?.into()),
        VALUE_I64 => FactValue::Number(i64::from_le_bytes(r.take(8)?.try_into().ok()?).into()),
        VALUE_F64 => {
            let bits = u64::from_le_bytes(r.take(8)?.try_into().ok()?);
            FactValue::Number(serde_json::Number::from_f64(f64::from_bits(bits))?)
        }
        VALUE_TEXT => FactValue::Text(r.string()?),
        _ => return None,
    })
}

fn read_fact(r: &mut Cursor<'_>) -> Option<Fact> {
    let kind = *FactKind::ALL.get(usize::from(r.byte()?))?;
    let bits = r.byte()?;
    let text = r.string()?;
    let value = if bits & Bit::Value as u8 != 0 {
        Some(read_value(r)?)
    } else {
        None
    };
    let unit = optional(r, bits, Bit::Unit)?;
    let name = optional(r, bits, Bit::Name)?;
    let role = optional(r, bits, Bit::Role)?;
    let attribute = optional(r, bits, Bit::Attribute)?;
    let counted = optional(r, bits, Bit::Counted)?;
    let flags = if bits & Bit::Flags as u8 != 0 {
        r.strings()?
    } else {
        Vec::new()
    };
    let paragraph = if bits & Bit::Paragraph as u8 != 0 {
        Some(r.usize()?)
    } else {
        None
    };
    let location = match r.byte()? {
        NO_LOCATION => None,
        i => Some(*LOCATIONS.get(usize::from(i))?),
    };
    let start = r.usize()?;
    let end = r.usize()?;
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
