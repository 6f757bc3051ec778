//! How a fact is matched against a hand-written gold fact (the sample's gold and the domain
//! pages' share one rule).

#![allow(dead_code)] // each test binary uses its own part

use dubao::model::Fact;
use serde_json::Value;

/// The text without whitespace: gold texts are compared as written, spaces aside.
pub fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Whether one of our facts is the gold fact: same kind and same name (and role, when the gold
/// states one), or the same value or text.
pub fn matches(f: &Fact, g: &Value) -> bool {
    if g["kind"].as_str() != Some(f.kind.as_str()) {
        return false;
    }
    if let Some(name) = g["name"].as_str() {
        let same = f.name.as_deref().map(squash) == Some(squash(name));
        return same
            && g["role"]
                .as_str()
                .is_none_or(|r| f.role.as_deref() == Some(r));
    }
    let value = serde_json::to_value(&f.value).unwrap_or(Value::Null);
    (g.get("value").is_some() && g["value"] == value)
        || g["text"].as_str().map(squash) == Some(squash(&f.text))
}
