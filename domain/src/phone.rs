//! Vietnamese mobile numbers: 10 digits starting with 0 (or +84 / 84 and 9 digits), with a
//! prefix of a network in service.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carrier {
    Viettel,
    MobiFone,
    VinaPhone,
    Vietnamobile,
    Gmobile,
    Itelecom,
    /// 055: a virtual network operator.
    Virtual,
}

/// The mobile prefixes in service (after the 2018-2019 move from 11 to 10 digits).
const PREFIXES: &[(&str, Carrier)] = &[
    ("086", Carrier::Viettel),
    ("096", Carrier::Viettel),
    ("097", Carrier::Viettel),
    ("098", Carrier::Viettel),
    ("032", Carrier::Viettel),
    ("033", Carrier::Viettel),
    ("034", Carrier::Viettel),
    ("035", Carrier::Viettel),
    ("036", Carrier::Viettel),
    ("037", Carrier::Viettel),
    ("038", Carrier::Viettel),
    ("039", Carrier::Viettel),
    ("089", Carrier::MobiFone),
    ("090", Carrier::MobiFone),
    ("093", Carrier::MobiFone),
    ("070", Carrier::MobiFone),
    ("076", Carrier::MobiFone),
    ("077", Carrier::MobiFone),
    ("078", Carrier::MobiFone),
    ("079", Carrier::MobiFone),
    ("088", Carrier::VinaPhone),
    ("091", Carrier::VinaPhone),
    ("094", Carrier::VinaPhone),
    ("081", Carrier::VinaPhone),
    ("082", Carrier::VinaPhone),
    ("083", Carrier::VinaPhone),
    ("084", Carrier::VinaPhone),
    ("085", Carrier::VinaPhone),
    ("092", Carrier::Vietnamobile),
    ("056", Carrier::Vietnamobile),
    ("058", Carrier::Vietnamobile),
    ("099", Carrier::Gmobile),
    ("059", Carrier::Gmobile),
    ("087", Carrier::Itelecom),
    ("055", Carrier::Virtual),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneError {
    Empty,
    /// Something else than digits, an optional leading +, spaces, dots, dashes, brackets.
    InvalidCharacters,
    /// Not 10 digits (old 11-digit 01xx numbers included).
    WrongLength,
    /// Not the prefix of a mobile network in service.
    UnknownPrefix,
}

/// A mobile number, normalised to "0" + 9 digits.
/// `Debug` shows only the masked form, so that a number never reaches a log by accident.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PhoneNumber(String);

impl fmt::Debug for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PhoneNumber({})", self.masked())
    }
}

impl PhoneNumber {
    pub fn parse(input: &str) -> Result<PhoneNumber, PhoneError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(PhoneError::Empty);
        }
        let mut digits = String::new();
        for (i, c) in trimmed.chars().enumerate() {
            match c {
                '0'..='9' => digits.push(c),
                '+' if i == 0 => {}
                ' ' | '.' | '-' | '(' | ')' => {}
                _ => return Err(PhoneError::InvalidCharacters),
            }
        }
        let national = if trimmed.starts_with('+') {
            match digits.strip_prefix("84") {
                Some(rest) => format!("0{rest}"),
                None => return Err(PhoneError::UnknownPrefix),
            }
        } else if let Some(rest) = digits.strip_prefix("0084") {
            format!("0{rest}")
        } else if digits.len() == 11 && digits.starts_with("84") {
            format!("0{}", &digits[2..])
        } else {
            digits
        };
        if national.len() != 10 || !national.starts_with('0') {
            return Err(PhoneError::WrongLength);
        }
        if !PREFIXES.iter().any(|(p, _)| national.starts_with(p)) {
            return Err(PhoneError::UnknownPrefix);
        }
        Ok(PhoneNumber(national))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn carrier(&self) -> Carrier {
        PREFIXES
            .iter()
            .find(|(p, _)| self.0.starts_with(p))
            .map(|(_, c)| *c)
            .expect("parsed numbers have a known prefix")
    }

    /// "+84912345678".
    pub fn international(&self) -> String {
        format!("+84{}", &self.0[1..])
    }

    /// "036****314": what others (and SMS confirmations) may show.
    pub fn masked(&self) -> String {
        format!("{}****{}", &self.0[..3], &self.0[7..])
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn normalises_the_ways_numbers_are_written() {
        for s in [
            "0912345678",
            "091 234 5678",
            "+84912345678",
            "84912345678",
            "0084 912.345.678",
            "(091) 234-5678",
        ] {
            assert_eq!(PhoneNumber::parse(s).unwrap().as_str(), "0912345678", "{s}");
        }
        let p = PhoneNumber::parse("0363456314").unwrap();
        assert_eq!(p.masked(), "036****314");
        assert_eq!(p.carrier(), Carrier::Viettel);
        assert_eq!(p.international(), "+84363456314");
    }

    #[test]
    fn refuses_what_is_not_a_mobile_number() {
        use PhoneError::*;
        assert_eq!(PhoneNumber::parse(""), Err(Empty));
        assert_eq!(PhoneNumber::parse("09123x5678"), Err(InvalidCharacters));
        assert_eq!(PhoneNumber::parse("091234567"), Err(WrongLength));
        assert_eq!(
            PhoneNumber::parse("01234567890"),
            Err(WrongLength),
            "old 11-digit number"
        );
        assert_eq!(
            PhoneNumber::parse("0241234567"),
            Err(UnknownPrefix),
            "a Hà Nội landline"
        );
        assert_eq!(PhoneNumber::parse("+1 202 555 0100"), Err(UnknownPrefix));
    }

    proptest! {
        #[test]
        fn every_prefix_with_any_tail_parses(i in 0usize..35, tail in 0u32..10_000_000) {
            let s = format!("{}{:07}", PREFIXES[i].0, tail);
            let p = PhoneNumber::parse(&s).unwrap();
            prop_assert_eq!(PhoneNumber::parse(&p.international()).unwrap(), p.clone());
            let m = p.masked();
            prop_assert_eq!(m.len(), 10);
            prop_assert_eq!(&m[3..7], "****");
        }
    }
}
