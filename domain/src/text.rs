//! Text helpers: folding Vietnamese for search, and masking the head of identifiers.

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
