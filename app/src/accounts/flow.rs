//! The journeys that confirm a phone number with a code (registration, login, password recovery
//! and the mobile number change) and where one stands. Plain types, shared by the pages and the
//! service; a leaf.

use crate::i18n::*;
use serde::{Deserialize, Serialize};

/// The journeys that confirm a phone number with a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Journey {
    Register,
    Login,
    Recover,
    Phone,
}

impl Journey {
    /// The flow's key in the session (also bound into the code's HMAC), and the value of the
    /// code forms' `journey` field.
    pub fn purpose(self) -> &'static str {
        match self {
            Journey::Register => "register",
            Journey::Login => "login",
            Journey::Recover => "recover",
            Journey::Phone => "phone",
        }
    }

    /// The journey a code form names.
    pub fn parse(s: &str) -> Option<Journey> {
        match s {
            "register" => Some(Journey::Register),
            "login" => Some(Journey::Login),
            "recover" => Some(Journey::Recover),
            "phone" => Some(Journey::Phone),
            _ => None,
        }
    }

    /// Where the journey starts.
    pub fn start_path(self) -> &'static str {
        match self {
            Journey::Register => "/dang-ky",
            Journey::Login => "/dang-nhap",
            Journey::Recover => "/quen-mat-khau",
            Journey::Phone => "/tai-khoan/so-dien-thoai",
        }
    }

    /// What the SMS says the code is for ("đăng ký tài khoản").
    pub fn purpose_text(self, locale: Locale) -> String {
        match self {
            Journey::Register => td_string!(locale, otp.for_register),
            Journey::Login => td_string!(locale, otp.for_login),
            Journey::Recover => td_string!(locale, otp.for_recover),
            Journey::Phone => td_string!(locale, otp.for_phone),
        }
        .to_string()
    }
}

/// Where a journey stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Step {
    /// Answering the first form.
    #[default]
    Details,
    /// A code was sent and waits to be typed.
    Otp,
    /// The code was right; the journey's last step is open.
    Verified,
}
