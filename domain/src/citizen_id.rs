//! Citizen identity numbers: the 12-digit CCCD / personal identification number
//! (`PPP G YY NNNNNN`) and the old 9-digit CMND.

use crate::date::Date;
use std::fmt;

/// The 63 province codes of birth registration in force before the 2025 merger; cards issued
/// with them stay valid.
pub const BIRTH_PROVINCES: &[(&str, &str)] = &[
    ("001", "Hà Nội"),
    ("002", "Hà Giang"),
    ("004", "Cao Bằng"),
    ("006", "Bắc Kạn"),
    ("008", "Tuyên Quang"),
    ("010", "Lào Cai"),
    ("011", "Điện Biên"),
    ("012", "Lai Châu"),
    ("014", "Sơn La"),
    ("015", "Yên Bái"),
    ("017", "Hòa Bình"),
    ("019", "Thái Nguyên"),
    ("020", "Lạng Sơn"),
    ("022", "Quảng Ninh"),
    ("024", "Bắc Giang"),
    ("025", "Phú Thọ"),
    ("026", "Vĩnh Phúc"),
    ("027", "Bắc Ninh"),
    ("030", "Hải Dương"),
    ("031", "Hải Phòng"),
    ("033", "Hưng Yên"),
    ("034", "Thái Bình"),
    ("035", "Hà Nam"),
    ("036", "Nam Định"),
    ("037", "Ninh Bình"),
    ("038", "Thanh Hóa"),
    ("040", "Nghệ An"),
    ("042", "Hà Tĩnh"),
    ("044", "Quảng Bình"),
    ("045", "Quảng Trị"),
    ("046", "Thừa Thiên Huế"),
    ("048", "Đà Nẵng"),
    ("049", "Quảng Nam"),
    ("051", "Quảng Ngãi"),
    ("052", "Bình Định"),
    ("054", "Phú Yên"),
    ("056", "Khánh Hòa"),
    ("058", "Ninh Thuận"),
    ("060", "Bình Thuận"),
    ("062", "Kon Tum"),
    ("064", "Gia Lai"),
    ("066", "Đắk Lắk"),
    ("067", "Đắk Nông"),
    ("068", "Lâm Đồng"),
    ("070", "Bình Phước"),
    ("072", "Tây Ninh"),
    ("074", "Bình Dương"),
    ("075", "Đồng Nai"),
    ("077", "Bà Rịa–Vũng Tàu"),
    ("079", "TP Hồ Chí Minh"),
    ("080", "Long An"),
    ("082", "Tiền Giang"),
    ("083", "Bến Tre"),
    ("084", "Trà Vinh"),
    ("086", "Vĩnh Long"),
    ("087", "Đồng Tháp"),
    ("089", "An Giang"),
    ("091", "Kiên Giang"),
    ("092", "Cần Thơ"),
    ("093", "Hậu Giang"),
    ("094", "Sóc Trăng"),
    ("095", "Bạc Liêu"),
    ("096", "Cà Mau"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    /// Căn cước công dân / căn cước: 12 digits.
    Cccd,
    /// Chứng minh nhân dân: 9 digits.
    Cmnd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sex {
    Male,
    Female,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CitizenIdError {
    Empty,
    NotDigits,
    /// Neither 12 (CCCD) nor 9 (CMND) digits.
    WrongLength,
    /// The first three digits are not a province code.
    UnknownProvince,
    /// The fourth digit (century and sex) does not fit the birth year's century.
    CenturyMismatch,
    /// The fifth and sixth digits are not the birth year's last two digits.
    YearMismatch,
}

/// `Debug` shows only the masked form, so that a number never reaches a log by accident.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct CitizenId(String);

impl fmt::Debug for CitizenId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CitizenId({})", self.masked())
    }
}

impl CitizenId {
    /// Checks the number, and with a date of birth, that it agrees with it. Spaces, dots and
    /// dashes people type between groups of digits are ignored.
    pub fn parse(input: &str, birth_date: Option<Date>) -> Result<CitizenId, CitizenIdError> {
        let s: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '.' | '-'))
            .collect();
        if s.is_empty() {
            return Err(CitizenIdError::Empty);
        }
        if !s.chars().all(|c| c.is_ascii_digit()) {
            return Err(CitizenIdError::NotDigits);
        }
        match s.len() {
            9 => Ok(CitizenId(s)),
            12 => {
                if !BIRTH_PROVINCES.iter().any(|(code, _)| *code == &s[..3]) {
                    return Err(CitizenIdError::UnknownProvince);
                }
                let g = s.as_bytes()[3] - b'0';
                if g > 5 {
                    return Err(CitizenIdError::CenturyMismatch);
                }
                if let Some(birth) = birth_date {
                    let century = match birth.year() {
                        1900..=1999 => 0,
                        2000..=2099 => 2,
                        2100..=2199 => 4,
                        _ => return Err(CitizenIdError::CenturyMismatch),
                    };
                    if g / 2 * 2 != century {
                        return Err(CitizenIdError::CenturyMismatch);
                    }
                    let yy = (birth.year() % 100) as u8;
                    if s[4..6].parse::<u8>().ok() != Some(yy) {
                        return Err(CitizenIdError::YearMismatch);
                    }
                }
                Ok(CitizenId(s))
            }
            _ => Err(CitizenIdError::WrongLength),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn kind(&self) -> IdKind {
        if self.0.len() == 12 {
            IdKind::Cccd
        } else {
            IdKind::Cmnd
        }
    }

    /// The birth-registration province code of a CCCD.
    pub fn province_code(&self) -> Option<&str> {
        (self.kind() == IdKind::Cccd).then(|| &self.0[..3])
    }

    /// The sex coded in a CCCD's fourth digit.
    pub fn sex(&self) -> Option<Sex> {
        (self.kind() == IdKind::Cccd).then(|| {
            if (self.0.as_bytes()[3] - b'0').is_multiple_of(2) {
                Sex::Male
            } else {
                Sex::Female
            }
        })
    }

    /// Only the last three digits visible: "*********234".
    pub fn masked(&self) -> String {
        crate::text::mask_tail(&self.0, 3)
    }
}

impl fmt::Display for CitizenId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32) -> Option<Date> {
        Date::new(y, 6, 15)
    }

    #[test]
    fn accepts_cccd_that_agrees_with_the_birth_date() {
        let id = CitizenId::parse("056 090 001234", d(1990)).unwrap();
        assert_eq!(id.as_str(), "056090001234");
        assert_eq!(id.kind(), IdKind::Cccd);
        assert_eq!(id.province_code(), Some("056"));
        assert_eq!(id.sex(), Some(Sex::Male));
        assert_eq!(id.masked(), "*********234");
        assert_eq!(format!("{id:?}"), "CitizenId(*********234)");
        assert_eq!(
            CitizenId::parse("001305001234", d(2005)).unwrap().sex(),
            Some(Sex::Female)
        );
        assert!(CitizenId::parse("123456789", d(1970)).is_ok(), "CMND");
    }

    #[test]
    fn refuses_each_kind_of_mistake() {
        use CitizenIdError::*;
        assert_eq!(CitizenId::parse(" ", None), Err(Empty));
        assert_eq!(CitizenId::parse("05609000123a", None), Err(NotDigits));
        assert_eq!(CitizenId::parse("0560900012", None), Err(WrongLength));
        assert_eq!(CitizenId::parse("003090001234", None), Err(UnknownProvince));
        assert_eq!(
            CitizenId::parse("056290001234", d(1990)),
            Err(CenturyMismatch)
        );
        assert_eq!(CitizenId::parse("056091001234", d(1990)), Err(YearMismatch));
        assert_eq!(CitizenId::parse("056690001234", None), Err(CenturyMismatch));
        assert_eq!(
            CitizenId::parse("056090001234", d(1890)),
            Err(CenturyMismatch)
        );
    }

    #[test]
    fn the_table_has_the_63_codes() {
        assert_eq!(BIRTH_PROVINCES.len(), 63);
    }

    proptest! {
        #[test]
        fn generated_cards_parse(p in 0usize..63, g in 0u8..2, yy in 0u8..100, n in 0u32..1_000_000, female in any::<bool>()) {
            let year = if g == 0 { 1900 + i32::from(yy) } else { 2000 + i32::from(yy) };
            let digit = g * 2 + u8::from(female);
            let s = format!("{}{}{:02}{:06}", BIRTH_PROVINCES[p].0, digit, yy, n);
            let id = CitizenId::parse(&s, d(year)).unwrap();
            prop_assert_eq!(id.sex(), Some(if female { Sex::Female } else { Sex::Male }));
            prop_assert!(id.masked().ends_with(&s[9..]));
            prop_assert!(!id.masked().contains(&s[..9]));
        }
    }
}
