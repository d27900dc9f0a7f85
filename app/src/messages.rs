//! What the visitor is told about each kind of wrong answer, in their language. The domain
//! types say precisely what is wrong; this module words it.

use crate::i18n::*;
use domain::{
    CitizenIdError, DateError, EmailError, NameError, PasswordProblem, PhoneError, TaxCodeError,
    UsernameError,
};

pub fn required(locale: Locale) -> String {
    td_string!(locale, validation.required).to_string()
}

pub fn too_long(locale: Locale, max: usize) -> String {
    let max = max.to_string();
    td_string!(locale, validation.too_long, max = max.as_str()).to_string()
}

pub fn choose_from_list(locale: Locale) -> String {
    td_string!(locale, validation.choose_from_list).to_string()
}

pub fn captcha_wrong(locale: Locale) -> String {
    td_string!(locale, captcha.wrong).to_string()
}

pub fn date_error(locale: Locale, e: DateError) -> String {
    match e {
        DateError::Empty => td_string!(locale, validation.date_missing),
        DateError::Format => td_string!(locale, validation.date_format),
        DateError::Invalid => td_string!(locale, validation.date_invalid),
    }
    .to_string()
}

/// A date filter's bound (see [`domain::calendar::day_filter_bound`]), or its message in `errs`.
pub fn date_filter(
    errs: &mut crate::error::FieldErrors,
    locale: Locale,
    field: &str,
    value: &str,
    end: bool,
) -> Option<i64> {
    domain::calendar::day_filter_bound(value, end).unwrap_or_else(|e| {
        errs.add(field, date_error(locale, e));
        None
    })
}

pub fn birth_date_future(locale: Locale) -> String {
    td_string!(locale, validation.birth_date_future).to_string()
}

pub fn date_future(locale: Locale) -> String {
    td_string!(locale, validation.date_future).to_string()
}

pub fn citizen_id_error(locale: Locale, e: CitizenIdError) -> String {
    match e {
        CitizenIdError::Empty => td_string!(locale, validation.id_missing),
        CitizenIdError::NotDigits => td_string!(locale, validation.id_digits),
        CitizenIdError::WrongLength => td_string!(locale, validation.id_length),
        CitizenIdError::UnknownProvince => td_string!(locale, validation.id_province),
        CitizenIdError::CenturyMismatch => td_string!(locale, validation.id_century),
        CitizenIdError::YearMismatch => td_string!(locale, validation.id_year),
    }
    .to_string()
}

pub fn phone_error(locale: Locale, e: PhoneError) -> String {
    match e {
        PhoneError::Empty => td_string!(locale, validation.phone_missing),
        PhoneError::InvalidCharacters => td_string!(locale, validation.phone_characters),
        PhoneError::WrongLength => td_string!(locale, validation.phone_length),
        PhoneError::UnknownPrefix => td_string!(locale, validation.phone_prefix),
    }
    .to_string()
}

pub fn tax_code_error(locale: Locale, e: TaxCodeError) -> String {
    match e {
        TaxCodeError::Empty => td_string!(locale, validation.tax_missing),
        TaxCodeError::Format => td_string!(locale, validation.tax_format),
        TaxCodeError::CheckDigit => td_string!(locale, validation.tax_check_digit),
        TaxCodeError::InvalidBranch => td_string!(locale, validation.tax_branch),
    }
    .to_string()
}

pub fn email_error(locale: Locale, e: EmailError) -> String {
    match e {
        EmailError::Empty => td_string!(locale, validation.email_missing),
        EmailError::Invalid => td_string!(locale, validation.email_invalid),
        EmailError::TooLong => td_string!(locale, validation.email_too_long),
    }
    .to_string()
}

pub fn username_error(locale: Locale, e: UsernameError) -> String {
    match e {
        UsernameError::TooShort => td_string!(locale, validation.username_short),
        UsernameError::TooLong => td_string!(locale, validation.username_long),
        UsernameError::InvalidCharacters => td_string!(locale, validation.username_characters),
        UsernameError::MustStartWithLetter => td_string!(locale, validation.username_letter),
    }
    .to_string()
}

pub fn name_error(locale: Locale, e: NameError) -> String {
    match e {
        NameError::Empty => td_string!(locale, validation.name_missing),
        NameError::TooLong => td_string!(locale, validation.name_long),
        NameError::InvalidCharacters => td_string!(locale, validation.name_characters),
    }
    .to_string()
}

/// The password rule's unmet parts, as one sentence.
pub fn password_problems(locale: Locale, problems: &[PasswordProblem]) -> String {
    if problems.contains(&PasswordProblem::TooLong) {
        return td_string!(locale, password.too_long).to_string();
    }
    let missing: Vec<&str> = problems
        .iter()
        .filter_map(|p| match p {
            PasswordProblem::TooShort => Some(td_string!(locale, password.need_length)),
            PasswordProblem::NoLower => Some(td_string!(locale, password.need_lower)),
            PasswordProblem::NoUpper => Some(td_string!(locale, password.need_upper)),
            PasswordProblem::NoDigit => Some(td_string!(locale, password.need_digit)),
            PasswordProblem::NoSpecial => Some(td_string!(locale, password.need_special)),
            PasswordProblem::TooLong => None,
        })
        .collect();
    let list = missing.join(", ");
    td_string!(locale, password.weak, missing = list.as_str()).to_string()
}

#[cfg(feature = "ssr")]
pub fn otp_error(locale: Locale, e: crate::backend::otp::OtpError) -> String {
    use crate::backend::otp::OtpError;
    match e {
        OtpError::Cooldown(secs) => {
            let secs = secs.to_string();
            td_string!(locale, otp.wait, seconds = secs.as_str()).to_string()
        }
        OtpError::Budget(e) => budget_error(locale, e, false),
        OtpError::SendFailed => td_string!(locale, otp.send_failed).to_string(),
        OtpError::Expired => td_string!(locale, otp.expired).to_string(),
        OtpError::TooManyAttempts => td_string!(locale, otp.too_many).to_string(),
        OtpError::Wrong { remaining } => {
            let n = remaining.to_string();
            td_string!(locale, otp.wrong, remaining = n.as_str()).to_string()
        }
    }
}

/// What the visitor is told when a message budget is spent (`email`: the message was an e-mail).
#[cfg(feature = "ssr")]
pub fn budget_error(locale: Locale, e: crate::backend::budget::Exceeded, email: bool) -> String {
    use crate::backend::budget::Exceeded;
    let minutes = |secs: i64| ((secs + 59) / 60).max(1).to_string();
    match e {
        Exceeded::Recipient { .. } if email => td_string!(locale, otp.budget_email).to_string(),
        Exceeded::Recipient { .. } => td_string!(locale, otp.hourly_cap).to_string(),
        Exceeded::Address { wait_secs } => {
            let m = minutes(wait_secs);
            td_string!(locale, otp.budget_address, minutes = m.as_str()).to_string()
        }
        Exceeded::Network { wait_secs } => {
            let m = minutes(wait_secs);
            td_string!(locale, otp.budget_network, minutes = m.as_str()).to_string()
        }
        Exceeded::Total { wait_secs } => {
            let m = minutes(wait_secs);
            let hotline = leptos::prelude::use_context::<crate::site::SiteInfo>()
                .map(|s| s.hotline)
                .unwrap_or_default();
            td_string!(
                locale,
                otp.budget_total,
                minutes = m.as_str(),
                hotline = hotline.as_str()
            )
            .to_string()
        }
    }
}

/// Labels of the profile's fixed choices.
pub fn choice_label(locale: Locale, value: &str) -> String {
    match value {
        "nam" => td_string!(locale, choices.male),
        "nu" => td_string!(locale, choices.female),
        "chua_co" => td_string!(locale, choices.unknown_gender),
        "cccd" => td_string!(locale, choices.cccd),
        "cmnd" => td_string!(locale, choices.cmnd),
        "ho_chieu" => td_string!(locale, choices.passport),
        "khong" => td_string!(locale, choices.no_religion),
        "phat_giao" => td_string!(locale, choices.buddhism),
        "cong_giao" => td_string!(locale, choices.catholicism),
        "tin_lanh" => td_string!(locale, choices.protestantism),
        "cao_dai" => td_string!(locale, choices.cao_dai),
        "hoa_hao" => td_string!(locale, choices.hoa_hao),
        "hoi_giao" => td_string!(locale, choices.islam),
        "chua_ket_hon" => td_string!(locale, choices.single),
        "da_ket_hon" => td_string!(locale, choices.married),
        "ly_hon" => td_string!(locale, choices.divorced),
        "goa" => td_string!(locale, choices.widowed),
        "chua_ro" => td_string!(locale, choices.unknown_blood),
        "A" | "B" | "AB" | "O" => return value.to_string(),
        _ => td_string!(locale, choices.other),
    }
    .to_string()
}

/// Why a state-changing request was refused before anything handled it (the host's
/// cross-site check).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestRefusal {
    /// The browser says another site sent it.
    CrossSite,
    /// It carries a session cookie but says nothing of where it was sent from.
    UnknownSite,
}

/// The words of the page that refuses such a request: its title, what happened, what to do
/// next, and the home page link's text.
pub fn request_refused(locale: Locale, why: RequestRefusal) -> [String; 4] {
    let what = match why {
        RequestRefusal::CrossSite => td_string!(locale, request_refused.cross_site),
        RequestRefusal::UnknownSite => td_string!(locale, request_refused.unknown_site),
    };
    [
        td_string!(locale, request_refused.title).to_string(),
        what.to_string(),
        td_string!(locale, request_refused.next).to_string(),
        td_string!(locale, request_refused.home).to_string(),
    ]
}
