//! Exact decimals (`mantissa × 10^-scale`): money must survive a multiplier without binary
//! floating point.

/// An exact decimal number: `mantissa / 10^scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decimal {
    pub mantissa: i128,
    pub scale: u32,
}

impl Decimal {
    pub const fn int(n: i128) -> Self {
        Decimal {
            mantissa: n,
            scale: 0,
        }
    }

    /// Multiplies by `10^exp` exactly, consuming decimal places before growing the mantissa.
    /// Zero stays zero whatever the power (`0e999999999` must not loop a billion times).
    pub fn shift(self, exp: u32) -> Option<Self> {
        if self.mantissa == 0 {
            return Some(Decimal::int(0));
        }
        let mut d = self;
        for _ in 0..exp {
            if d.scale > 0 {
                d.scale -= 1;
            } else {
                d.mantissa = d.mantissa.checked_mul(10)?;
            }
        }
        Some(d.normalized())
    }

    /// Multiplied by a whole count `n` exactly (`2×35万千瓦`); `None` on overflow.
    pub fn times(self, n: i128) -> Option<Self> {
        Some(
            Decimal {
                mantissa: self.mantissa.checked_mul(n)?,
                scale: self.scale,
            }
            .normalized(),
        )
    }

    /// The mantissa at a larger `scale` (`1.5` at scale 2 is 150), for exact sums.
    pub fn shift_scale(self, scale: u32) -> Option<i128> {
        let up = scale.checked_sub(self.scale)?;
        10i128.checked_pow(up)?.checked_mul(self.mantissa)
    }

    /// Drops trailing zero decimals, so integral values print as integers.
    pub fn normalized(self) -> Self {
        if self.mantissa == 0 {
            return Decimal::int(0);
        }
        let mut d = self;
        while d.scale > 0 && d.mantissa % 10 == 0 {
            d.mantissa /= 10;
            d.scale -= 1;
        }
        d
    }

    pub fn is_integer(self) -> bool {
        self.normalized().scale == 0
    }

    /// The integer value when integral.
    pub fn as_int(self) -> Option<i128> {
        let d = self.normalized();
        (d.scale == 0).then_some(d.mantissa)
    }

    /// A JSON number: an integer when integral (`304000000`), else the shortest decimal form.
    pub fn to_json(self) -> Option<serde_json::Number> {
        let d = self.normalized();
        if d.scale == 0 {
            if let Ok(i) = i64::try_from(d.mantissa) {
                return Some(i.into());
            }
        }
        let f: f64 = d.to_string().parse().ok()?;
        serde_json::Number::from_f64(f)
    }
}

impl std::fmt::Display for Decimal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let d = self.normalized();
        if d.scale == 0 {
            return write!(f, "{}", d.mantissa);
        }
        let neg = d.mantissa < 0;
        let digits = d.mantissa.unsigned_abs().to_string();
        let scale = d.scale as usize;
        let padded = if digits.len() <= scale {
            format!("{}{}", "0".repeat(scale + 1 - digits.len()), digits)
        } else {
            digits
        };
        let (int, frac) = padded.split_at(padded.len() - scale);
        write!(f, "{}{int}.{frac}", if neg { "-" } else { "" })
    }
}
