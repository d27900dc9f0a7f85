//! Every page's address, built in one place: the slices and the host link to each other's pages
//! through these builders, never by importing another slice for a path (so that no two slices
//! depend on each other for a URL). Compiled on both sides.

/// Percent-encodes a query value (UTF-8): RFC 3986's unreserved characters stay, every other
/// byte is `%XX` (a space too).
pub fn urlencode(s: &str) -> String {
    const UNRESERVED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    percent_encoding::utf8_percent_encode(s, UNRESERVED).to_string()
}

/// A citizen's dossier page.
pub fn dossier_path(pid: &str) -> String {
    format!("/ho-so/{pid}")
}

/// Where a draft step leads, and where "Lưu hồ sơ" leads.
pub fn step_path(pid: &str, step: &str) -> String {
    match step {
        "applicant" => format!("/ho-so/{pid}/nguoi-nop"),
        "documents" => format!("/ho-so/{pid}/giay-to"),
        "delivery" => format!("/ho-so/{pid}/nhan-ket-qua"),
        "review" => format!("/ho-so/{pid}/kiem-tra"),
        _ => format!("/ho-so/{pid}/co-quan"),
    }
}

/// An officer's page of a dossier.
pub fn office_dossier_path(pid: &str) -> String {
    format!("/can-bo/ho-so/{pid}")
}

/// Where the fee notice of dossier `pid` is paid.
pub fn pay_path(pid: &str) -> String {
    format!("/thanh-toan/ho-so/{pid}")
}

/// Where a payment's result is shown.
pub fn result_path(payment: &str) -> String {
    format!("/thanh-toan/giao-dich/{payment}")
}

/// Where a receipt is shown (printable).
pub fn receipt_path(pid: &str, receipt: &str) -> String {
    format!("/ho-so/{pid}/bien-lai-thu-phi/{receipt}")
}

/// The same receipt as a PDF, from its page's path.
pub fn receipt_pdf_href(receipt_href: &str) -> String {
    format!("{receipt_href}/pdf")
}

/// Where a receipt is downloaded as a PDF.
pub fn receipt_pdf_path(pid: &str, receipt: &str) -> String {
    receipt_pdf_href(&receipt_path(pid, receipt))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_are_percent_encoded() {
        assert_eq!(urlencode("đăng ký&a=b"), "%C4%91%C4%83ng%20k%C3%BD%26a%3Db");
        assert_eq!(urlencode("A-z_0.~"), "A-z_0.~");
    }

    #[test]
    fn receipt_paths_agree() {
        assert_eq!(
            receipt_pdf_path("p", "r"),
            "/ho-so/p/bien-lai-thu-phi/r/pdf"
        );
        assert_eq!(step_path("p", "other"), "/ho-so/p/co-quan");
    }
}

/// The login page, coming back to `next` (a path of ours, with its query) once logged in.
pub fn login_path(next: &str) -> String {
    format!("/dang-nhap?next={}", urlencode(next))
}

/// The personal document store.
pub const DOCUMENTS_PATH: &str = "/kho-tai-lieu";

/// The notification centre.
pub const NOTICES_PATH: &str = "/thong-bao";

/// Where the header's bell asks for the unread count (`{"unread": n}`; 401 once logged out).
pub const UNREAD_COUNT_PATH: &str = "/thong-bao/chua-doc";

/// "Nhận thông báo qua": which notices also go by SMS and by e-mail.
pub const PREFERENCES_PATH: &str = "/tai-khoan/nhan-thong-bao";
