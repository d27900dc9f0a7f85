//! A login name chosen besides the ID number or tax code (and the login of staff accounts).

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsernameError {
    TooShort,
    TooLong,
    InvalidCharacters,
    /// It must start with a letter, so that it can never be taken for an ID or a tax code.
    MustStartWithLetter,
}

/// Stored in lower case.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Username(String);

impl Username {
    pub fn parse(input: &str) -> Result<Username, UsernameError> {
        let s = input.trim().to_ascii_lowercase();
        if !s
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_')
        {
            return Err(UsernameError::InvalidCharacters);
        }
        if s.len() < 4 {
            return Err(UsernameError::TooShort);
        }
        if s.len() > 30 {
            return Err(UsernameError::TooLong);
        }
        if !s.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return Err(UsernameError::MustStartWithLetter);
        }
        Ok(Username(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use UsernameError::*;

    #[test]
    fn the_rule() {
        assert_eq!(
            Username::parse(" CanBo.MotCua ").unwrap().as_str(),
            "canbo.motcua"
        );
        assert_eq!(Username::parse("abc"), Err(TooShort));
        assert_eq!(Username::parse(&"a".repeat(31)), Err(TooLong));
        assert_eq!(Username::parse("nguyễn"), Err(InvalidCharacters));
        assert_eq!(Username::parse("an an"), Err(InvalidCharacters));
        assert_eq!(Username::parse("056090001234"), Err(MustStartWithLetter));
        assert_eq!(Username::parse("_abcd"), Err(MustStartWithLetter));
    }
}
