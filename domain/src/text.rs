//! Text helpers: folding Vietnamese for search, text messages in the GSM 7-bit alphabet, and
//! masking the head of identifiers.

use crate::name::is_combining;

/// The base letter of a precomposed Vietnamese letter (lower case), or the letter itself.
fn base(c: char) -> char {
    const GROUPS: &[(char, &str)] = &[
        ('a', "àáảãạăằắẳẵặâầấẩẫậ"),
        ('e', "èéẻẽẹêềếểễệ"),
        ('i', "ìíỉĩị"),
        ('o', "òóỏõọôồốổỗộơờớởỡợ"),
        ('u', "ùúủũụưừứửữự"),
        ('y', "ỳýỷỹỵ"),
        ('d', "đ"),
    ];
    for (b, group) in GROUPS {
        if group.contains(c) {
            return *b;
        }
    }
    c
}

/// Lower case without diacritics, whitespace collapsed: "  Đăng KÝ khai sinh" → "dang ky khai
/// sinh". Handles precomposed (NFC) and decomposed (NFD) input alike.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if is_combining(c) {
            continue;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        for lower in c.to_lowercase() {
            out.push(base(lower));
        }
    }
    out
}

/// The GSM 03.38 default alphabet's basic set: a character of it is 7 bits, 160 to a segment.
const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/// Its extension table: each of these takes two septets (an escape, then the character).
const GSM7_EXTENDED: &str = "^{}\\[~]|€\u{0C}";

/// A text message as it is sent: in the GSM 7-bit alphabet, so that one segment holds 160
/// characters (with diacritics a message is UCS-2, 70 characters a segment, and Vietnamese
/// phones show unaccented SMS as the norm). Each Vietnamese letter becomes its base letter in
/// the same case ("Đăng ký" → "Dang ky", "Ổ" → "O"), decomposed (NFD) marks are dropped,
/// typographic quotes, dashes, the ellipsis and non-breaking spaces become their ASCII forms,
/// and anything else outside the alphabet becomes "?".
pub fn sms_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_combining(c) {
            continue;
        }
        let plain = match c {
            '‘' | '’' | '‚' | '′' => '\'',
            '“' | '”' | '„' | '″' => '"',
            '–' | '—' | '‐' | '−' => '-',
            '\u{A0}' | '\u{202F}' | '\t' => ' ',
            '…' => {
                out.push_str("...");
                continue;
            }
            _ => {
                let lower = c.to_lowercase().next().unwrap_or(c);
                let b = base(lower);
                if b == lower {
                    c
                } else if c.is_uppercase() {
                    b.to_ascii_uppercase()
                } else {
                    b
                }
            }
        };
        if GSM7_BASIC.contains(plain) || GSM7_EXTENDED.contains(plain) {
            out.push(plain);
        } else {
            out.push('?');
        }
    }
    out
}

/// The septets `s` takes in the GSM 7-bit alphabet (an extension character counts two), or
/// `None` when a character is not in it. One segment holds 160.
pub fn gsm7_units(s: &str) -> Option<usize> {
    s.chars().try_fold(0, |n, c| {
        if GSM7_BASIC.contains(c) {
            Some(n + 1)
        } else if GSM7_EXTENDED.contains(c) {
            Some(n + 2)
        } else {
            None
        }
    })
}

/// `s` with all but its last `visible` characters replaced by stars: "*********234".
pub fn mask_tail(s: &str, visible: usize) -> String {
    let n = s.chars().count();
    s.chars()
        .enumerate()
        .map(|(i, c)| if i + visible < n { '*' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {

    #[test]
    fn text_messages_lose_their_diacritics_and_keep_their_case() {
        assert_eq!(
            sms_text("Cổng Dịch vụ công: hồ sơ ĐÃ TIẾP NHẬN “Ổn”… – Ưu"),
            "Cong Dich vu cong: ho so DA TIEP NHAN \"On\"... - Uu"
        );
        // Decomposed input (NFD) too; an unknown symbol is a question mark.
        assert_eq!(
            sms_text("Tie\u{0302}\u{0301}ng Vie\u{0323}\u{0302}t ✓"),
            "Tieng Viet ?"
        );
        assert_eq!(gsm7_units("Dang ky"), Some(7));
        assert_eq!(gsm7_units("{a}"), Some(5), "braces take two septets each");
        assert_eq!(gsm7_units("Đăng"), None);
        for word in [
            "Đắk Lắk",
            "Khánh Hòa",
            "Thừa Thiên Huế",
            "Bà Rịa – Vũng Tàu",
        ] {
            assert!(gsm7_units(&sms_text(word)).is_some(), "{word}");
        }
    }

    use super::*;
    use proptest::prelude::*;

    #[test]
    fn folds_vietnamese() {
        assert_eq!(fold("Đăng ký khai sinh"), "dang ky khai sinh");
        assert_eq!(fold("  QUYẾT  định "), "quyet dinh");
        assert_eq!(fold("Cấp giấy phép xây dựng"), "cap giay phep xay dung");
        // Decomposed input (NFD).
        assert_eq!(fold("Quye\u{302}\u{301}t"), "quyet");
        let upper = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ";
        let folded = fold(upper);
        assert!(folded.chars().all(|c| "aeiouyd".contains(c)), "{folded}");
        assert_eq!(folded.chars().count(), upper.chars().count());
    }

    #[test]
    fn masks_tails() {
        assert_eq!(mask_tail("056090001234", 3), "*********234");
        assert_eq!(mask_tail("12", 3), "12");
    }

    proptest! {
        #[test]
        fn folding_is_idempotent_and_ascii_for_vietnamese(s in "[a-zA-ZàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđĐ ]{0,40}") {
            let f = fold(&s);
            prop_assert_eq!(fold(&f), f.clone());
            prop_assert!(f.is_ascii());
            prop_assert!(!f.starts_with(' ') && !f.ends_with(' ') && !f.contains("  "));
        }
    }
}
