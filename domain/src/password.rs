//! The portal's password rule: at least 8 characters with lower case, upper case, a digit and a
//! special character (as on the national portal).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    NoLower,
    NoUpper,
    NoDigit,
    NoSpecial,
}

pub const MIN_LENGTH: usize = 8;
pub const MAX_LENGTH: usize = 128;

/// Every requirement the password misses (Vietnamese letters count as letters: 'ă' is lower
/// case, 'Ă' upper case).
pub fn check_password(password: &str) -> Result<(), Vec<PasswordProblem>> {
    let mut problems = Vec::new();
    let len = password.chars().count();
    if len < MIN_LENGTH {
        problems.push(PasswordProblem::TooShort);
    }
    if len > MAX_LENGTH {
        problems.push(PasswordProblem::TooLong);
    }
    if !password.chars().any(char::is_lowercase) {
        problems.push(PasswordProblem::NoLower);
    }
    if !password.chars().any(char::is_uppercase) {
        problems.push(PasswordProblem::NoUpper);
    }
    if !password.chars().any(|c| c.is_ascii_digit()) {
        problems.push(PasswordProblem::NoDigit);
    }
    if !password
        .chars()
        .any(|c| !c.is_alphanumeric() && !c.is_whitespace() && !c.is_control())
    {
        problems.push(PasswordProblem::NoSpecial);
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PasswordProblem::*;

    #[test]
    fn the_rule() {
        assert_eq!(check_password("CongDan@2026"), Ok(()));
        assert_eq!(
            check_password("Mật-Khẩu9"),
            Ok(()),
            "Vietnamese letters count"
        );
        assert_eq!(check_password("Ab1!"), Err(vec![TooShort]));
        assert_eq!(
            check_password("abcdefgh"),
            Err(vec![NoUpper, NoDigit, NoSpecial])
        );
        assert_eq!(check_password("ABCDEFG1!"), Err(vec![NoLower]));
        assert_eq!(
            check_password("Abcdefg 1"),
            Err(vec![NoSpecial]),
            "a space is not special"
        );
        assert_eq!(
            check_password(&format!("Aa1!{}", "x".repeat(125))),
            Err(vec![TooLong])
        );
        assert_eq!(
            check_password(""),
            Err(vec![TooShort, NoLower, NoUpper, NoDigit, NoSpecial])
        );
    }
}
