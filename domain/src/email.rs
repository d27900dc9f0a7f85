//! E-mail addresses: a practical check (one @, a local part, a domain with a dot).

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmailError {
    Empty,
    Invalid,
    TooLong,
}

/// The domain is stored in lower case.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Email, EmailError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(EmailError::Empty);
        }
        if s.len() > 254 {
            return Err(EmailError::TooLong);
        }
        let Some((local, domain)) = s.split_once('@') else {
            return Err(EmailError::Invalid);
        };
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
        let domain = domain.to_ascii_lowercase();
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && labels.iter().all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            })
            && labels.last().is_some_and(|tld| tld.len() >= 2);
        if local_ok && domain_ok {
            Ok(Email(format!("{local}@{domain}")))
        } else {
            Err(EmailError::Invalid)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address as others may see it: the local part's first character, then stars, and
    /// the domain ("n*******@example.vn").
    pub fn masked(&self) -> String {
        let (local, domain) = self.0.split_once('@').unwrap_or((&self.0, ""));
        let mut chars = local.chars();
        let first = chars.next().map(String::from).unwrap_or_default();
        format!("{first}{}@{domain}", "*".repeat(chars.count().max(1)))
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masked_keeps_the_first_character_and_the_domain() {
        assert_eq!(
            Email::parse("nguyenvanan@Example.VN").unwrap().masked(),
            "n**********@example.vn"
        );
        assert_eq!(Email::parse("a@b.vn").unwrap().masked(), "a*@b.vn");
    }

    #[test]
    fn the_rule() {
        assert_eq!(
            Email::parse(" An.Nguyen@Example.VN ").unwrap().as_str(),
            "An.Nguyen@example.vn"
        );
        assert!(Email::parse("a+b@sub.domain.com.vn").is_ok());
        assert_eq!(Email::parse(""), Err(EmailError::Empty));
        for bad in [
            "an", "an@", "@x.vn", "an@x", "an@@x.vn", "a n@x.vn", "an@x..vn", "an@-x.vn",
            ".an@x.vn",
        ] {
            assert_eq!(Email::parse(bad), Err(EmailError::Invalid), "{bad}");
        }
        assert_eq!(
            Email::parse(&format!("{}@x.vn", "a".repeat(260))),
            Err(EmailError::TooLong)
        );
    }
}
