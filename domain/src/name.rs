//! Personal names, and how they are masked on public pages.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameError {
    Empty,
    TooLong,
    /// Something else than letters, spaces and . ' -
    InvalidCharacters,
}

/// A name with single spaces between words.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(input: &str) -> Result<PersonName, NameError> {
        let s = input.split_whitespace().collect::<Vec<_>>().join(" ");
        if s.is_empty() {
            return Err(NameError::Empty);
        }
        if s.chars().count() > 100 {
            return Err(NameError::TooLong);
        }
        let ok = s.chars().all(|c| {
            c.is_alphabetic() || c == ' ' || matches!(c, '.' | '\'' | '-' | '’') || is_combining(c)
        });
        if !ok || s.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            return Err(NameError::InvalidCharacters);
        }
        Ok(PersonName(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PersonName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Combining diacritical marks (a decomposed "ế" is 'e' + U+0302 + U+0301).
pub(crate) fn is_combining(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// A name as others may see it: the family name, then the first letter of every other word
/// followed by one star per remaining letter. "Nguyễn Văn An" → "Nguyễn V** A*".
pub fn mask_name(name: &str) -> String {
    let mut words = name.split_whitespace();
    let Some(first) = words.next() else {
        return String::new();
    };
    let mut out = first.to_string();
    for word in words {
        out.push(' ');
        // Letters, each with its combining marks.
        let mut letters = 0;
        for (i, c) in word.chars().enumerate() {
            if is_combining(c) {
                if letters == 1 {
                    out.push(c);
                }
                continue;
            }
            letters += 1;
            if i == 0 {
                out.push(c);
            } else {
                out.push('*');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn names() {
        assert_eq!(
            PersonName::parse("  Nguyễn   Văn  An ").unwrap().as_str(),
            "Nguyễn Văn An"
        );
        assert!(PersonName::parse("H'Hen Niê").is_ok());
        assert_eq!(PersonName::parse(""), Err(NameError::Empty));
        assert_eq!(PersonName::parse("An 2"), Err(NameError::InvalidCharacters));
        assert_eq!(PersonName::parse("<b>"), Err(NameError::InvalidCharacters));
        assert_eq!(PersonName::parse(&"a".repeat(101)), Err(NameError::TooLong));
    }

    #[test]
    fn masks() {
        assert_eq!(mask_name("Nguyễn Văn An"), "Nguyễn V** A*");
        assert_eq!(mask_name("Lê Thị Thu Hương"), "Lê T** T** H****");
        // Decomposed: "Ấn" as 'A' + U+0302 + U+0301 + 'n'.
        assert_eq!(mask_name("Lê A\u{302}\u{301}n"), "Lê A\u{302}\u{301}*");
        assert_eq!(mask_name("An"), "An");
        assert_eq!(mask_name(""), "");
    }

    proptest! {
        #[test]
        fn masking_hides_all_but_initials(words in proptest::collection::vec("[a-zđăâêôơư]{2,7}", 2..5)) {
            let name = words.join(" ");
            let masked = mask_name(&name);
            let masked_words: Vec<&str> = masked.split(' ').collect();
            prop_assert_eq!(masked_words.len(), words.len());
            prop_assert_eq!(masked_words[0], words[0].as_str());
            for (m, w) in masked_words.iter().zip(&words).skip(1) {
                prop_assert_eq!(m.chars().count(), w.chars().count());
                prop_assert_eq!(m.chars().next(), w.chars().next());
                prop_assert!(m.chars().skip(1).all(|c| c == '*'));
            }
        }
    }
}
