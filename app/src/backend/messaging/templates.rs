//! The texts of messages to citizens: Vietnamese, and English for the dossier notices of
//! citizens who read the portal in English.

/// A text message as it is sent: in the GSM 7-bit alphabet, without diacritics (see
/// [`domain::sms_text`]), so that it fits one 160-character segment (the templates' test checks
/// each with the longest real values).
fn sms(text: &str) -> String {
    domain::sms_text(text)
}

/// An e-mail's body: the greeting, `text`, and the portal's signature.
fn letter(name: &str, text: &str) -> String {
    format!("Kính gửi {name},\n\n{text}\n\nTrân trọng,\nCổng Dịch vụ công")
}

/// The SMS carrying a one-time password.
pub fn otp_sms(code: &str, purpose: &str, minutes: i64) -> String {
    sms(&format!(
        "Cổng Dịch vụ công: mã xác thực {purpose} của bạn là {code}, có hiệu lực trong {minutes} phút. \
         Không cung cấp mã này cho bất kỳ ai."
    ))
}

/// After the password was changed or recovered.
pub fn password_changed_sms(when: &str, hotline: &str) -> String {
    sms(&format!(
        "Cổng Dịch vụ công: mật khẩu tài khoản của bạn đã được thay đổi lúc {when}. \
         Nếu không phải bạn thực hiện, hãy gọi ngay {hotline}."
    ))
}

pub fn password_changed_email(name: &str, when: &str, hotline: &str) -> (String, String) {
    (
        "Mật khẩu tài khoản của bạn đã được thay đổi".to_string(),
        letter(
            name,
            &format!(
                "Mật khẩu tài khoản Cổng Dịch vụ công của bạn đã được thay đổi lúc {when}. \
                 Mọi phiên đăng nhập khác đã được kết thúc.\n\n\
                 Nếu không phải bạn thực hiện, hãy liên hệ ngay tổng đài hỗ trợ {hotline}."
            ),
        ),
    )
}

/// To the old number, after the account's mobile number was changed.
pub fn phone_changed_sms(masked_new: &str, when: &str, hotline: &str) -> String {
    sms(&format!(
        "Cổng Dịch vụ công: số điện thoại của tài khoản đã được đổi sang {masked_new} lúc {when}. \
         Nếu không phải bạn thực hiện, hãy gọi ngay {hotline}."
    ))
}

/// The link that confirms an e-mail address.
pub fn email_confirmation(name: &str, link: &str, hours: i64) -> (String, String) {
    (
        "Xác nhận địa chỉ thư điện tử".to_string(),
        letter(
            name,
            &format!(
                "Vui lòng xác nhận địa chỉ thư điện tử của bạn trên Cổng Dịch vụ công bằng cách mở \
                 liên kết sau (có hiệu lực trong {hours} giờ):\n\n{link}\n\n\
                 Nếu bạn không đăng ký tài khoản, hãy bỏ qua thư này."
            ),
        ),
    )
}

/// Welcome message after registration.
pub fn registered_sms(login: &str) -> String {
    sms(&format!(
        "Cổng Dịch vụ công: tài khoản {login} đã được tạo thành công. \
         Cảm ơn bạn đã sử dụng dịch vụ công trực tuyến."
    ))
}

/// After the mobile number was changed: the e-mail to a confirmed address.
pub fn phone_changed_email(
    name: &str,
    masked_new: &str,
    when: &str,
    hotline: &str,
) -> (String, String) {
    (
        "Số điện thoại của tài khoản đã được thay đổi".to_string(),
        letter(
            name,
            &format!(
                "Số điện thoại di động của tài khoản Cổng Dịch vụ công của bạn đã được đổi sang \
                 {masked_new} lúc {when}. Mọi phiên đăng nhập khác đã được kết thúc.\n\n\
                 Nếu không phải bạn thực hiện, hãy liên hệ ngay tổng đài hỗ trợ {hotline}."
            ),
        ),
    )
}

/// To the current number: a change to a new number was asked for without it, and takes effect
/// at `effective` unless cancelled.
pub fn phone_change_pending_sms(masked_new: &str, effective: &str, hotline: &str) -> String {
    sms(&format!(
        "Cổng Dịch vụ công: yêu cầu đổi SĐT sang {masked_new} có hiệu lực lúc {effective}. Nếu \
         không phải bạn, hãy đăng nhập để hủy hoặc gọi {hotline}."
    ))
}

pub fn phone_change_pending_email(
    name: &str,
    masked_new: &str,
    effective: &str,
    hotline: &str,
) -> (String, String) {
    (
        "Yêu cầu đổi số điện thoại của tài khoản".to_string(),
        letter(
            name,
            &format!(
                "Tài khoản Cổng Dịch vụ công của bạn vừa yêu cầu đổi số điện thoại di động sang \
                 {masked_new} mà không xác thực bằng số hiện tại (báo mất số). Yêu cầu sẽ có hiệu lực \
                 lúc {effective}; khi đó mọi phiên đăng nhập của tài khoản sẽ kết thúc.\n\n\
                 Nếu không phải bạn yêu cầu, hãy đăng nhập và bấm \"Hủy yêu cầu\" tại mục Đổi số điện \
                 thoại, hoặc liên hệ ngay tổng đài hỗ trợ {hotline}."
            ),
        ),
    )
}

/// To the old e-mail address, after the account's address was changed.
pub fn email_changed_email(
    name: &str,
    masked_new: &str,
    when: &str,
    hotline: &str,
) -> (String, String) {
    (
        "Địa chỉ thư điện tử của tài khoản đã được thay đổi".to_string(),
        letter(
            name,
            &format!(
                "Địa chỉ thư điện tử của tài khoản Cổng Dịch vụ công của bạn đã được đổi sang \
                 {masked_new} lúc {when}. Thư này được gửi đến địa chỉ cũ.\n\n\
                 Nếu không phải bạn thực hiện, hãy liên hệ ngay tổng đài hỗ trợ {hotline}."
            ),
        ),
    )
}

/// To the owner of dossier `code`: its lookup for payment without an account (code + ID
/// number) was closed after too many wrong tries. Nothing but the code, which the owner's
/// other messages carry too.
pub fn pay_lookup_closed_sms(code: &str, minutes: i64) -> String {
    sms(&format!(
        "Cổng Dịch vụ công: hồ sơ {code} tạm khóa tra cứu thanh toán {minutes} phút do nhập sai \
         nhiều lần. Bạn vẫn có thể đăng nhập để thanh toán."
    ))
}

/// The language a citizen reads messages in (kept from their last login).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Vi,
    En,
}

impl Lang {
    pub fn parse(s: &str) -> Lang {
        if s == "en" { Lang::En } else { Lang::Vi }
    }
}

/// What a change of a dossier tells its citizen: the in-app notice and e-mail (title, body) and
/// the SMS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DossierText {
    pub title: String,
    pub body: String,
    pub sms: String,
}

/// After submission.
pub fn dossier_submitted(
    lang: Lang,
    code: &str,
    procedure: &str,
    agency: &str,
    when: &str,
) -> DossierText {
    match lang {
        Lang::Vi => DossierText {
            title: format!("Đã nộp hồ sơ {code}"),
            body: format!(
                "Hồ sơ {code} ({procedure}) đã được gửi đến {agency} lúc {when}. \
                 Cơ quan sẽ kiểm tra và tiếp nhận hồ sơ; bạn sẽ nhận được thông báo khi có kết quả \
                 tiếp nhận. Theo dõi hồ sơ tại mục Quản lý hồ sơ hoặc Tra cứu hồ sơ."
            ),
            sms: sms(&format!(
                "Cổng Dịch vụ công: hồ sơ {code} đã được gửi đến {agency}. \
                 Tra cứu tình trạng hồ sơ bằng mã này."
            )),
        },
        Lang::En => DossierText {
            title: format!("Dossier {code} submitted"),
            body: format!(
                "Dossier {code} ({procedure}) was sent to {agency} at {when}. The agency will check \
                 and receive it; you will be notified of the outcome. Follow it under My dossiers \
                 or Track a dossier."
            ),
            sms: sms(&format!(
                "Public Service Portal: dossier {code} was sent to {agency}. Track it with this code."
            )),
        },
    }
}

/// The facts of a change an officer (or the portal) made.
#[derive(Debug, Clone, Default)]
pub struct ChangeFacts {
    pub code: String,
    /// The new status, in each language.
    pub status_vi: String,
    pub status_en: String,
    /// The officer's note (reason, what to supplement).
    pub note: String,
    /// The due date after the change (reception, resumption), formatted.
    pub due: Option<String>,
    /// A fee notice's total (VND, formatted).
    pub fee_total: Option<String>,
    /// Where the fee notice is paid online.
    pub pay_url: Option<String>,
    /// How the result was handed over, with the postal tracking number.
    pub handover: Option<String>,
}

/// After any officer action: the new status, and what the citizen must know or do.
pub fn dossier_changed(lang: Lang, f: &ChangeFacts) -> DossierText {
    let code = &f.code;
    match lang {
        Lang::Vi => {
            let mut body = format!(
                "Hồ sơ {code} đã chuyển sang trạng thái \"{}\".",
                f.status_vi
            );
            if let Some(due) = &f.due {
                body.push_str(&format!(" Ngày hẹn trả kết quả: {due}."));
            }
            if let Some(total) = &f.fee_total {
                body.push_str(&format!(
                    " Số tiền phí, lệ phí phải nộp: {total}. Vui lòng thanh toán để hồ sơ được tiếp tục xử lý."
                ));
            }
            if let Some(url) = &f.pay_url {
                body.push_str(&format!(" Thanh toán trực tuyến: {url}"));
            }
            if let Some(h) = &f.handover {
                body.push_str(&format!(" Hình thức trả kết quả: {h}."));
            }
            if !f.note.is_empty() {
                body.push_str(&format!(" Nội dung: {}", f.note));
            }
            DossierText {
                title: format!("Hồ sơ {code}: {}", f.status_vi),
                body,
                sms: sms(&format!(
                    "Cổng Dịch vụ công: hồ sơ {code} chuyển sang trạng thái \"{}\". Xem chi tiết tại mục Quản lý hồ sơ.",
                    f.status_vi
                )),
            }
        }
        Lang::En => {
            let mut body = format!("Dossier {code} is now \"{}\".", f.status_en);
            if let Some(due) = &f.due {
                body.push_str(&format!(" Result due on {due}."));
            }
            if let Some(total) = &f.fee_total {
                body.push_str(&format!(
                    " Fees to pay: {total}. Please pay so that processing can go on."
                ));
            }
            if let Some(url) = &f.pay_url {
                body.push_str(&format!(" Pay online: {url}"));
            }
            if let Some(h) = &f.handover {
                body.push_str(&format!(" Handed over: {h}."));
            }
            if !f.note.is_empty() {
                body.push_str(&format!(" Note: {}", f.note));
            }
            DossierText {
                title: format!("Dossier {code}: {}", f.status_en),
                body,
                sms: sms(&format!(
                    "Public Service Portal: dossier {code} is now \"{}\". See My dossiers for details.",
                    f.status_en
                )),
            }
        }
    }
}

/// An apology letter was issued for a late dossier.
pub fn dossier_apology(lang: Lang, code: &str, agency: &str, new_day: &str) -> DossierText {
    match lang {
        Lang::Vi => DossierText {
            title: format!("Văn bản xin lỗi về hồ sơ {code}"),
            body: format!(
                "{agency} xin lỗi vì hồ sơ {code} bị giải quyết quá hạn. Ngày hẹn trả kết quả mới: \
                 {new_day}. Xem văn bản xin lỗi tại trang hồ sơ trong mục Quản lý hồ sơ."
            ),
            sms: sms(&format!(
                "Cổng Dịch vụ công: {agency} xin lỗi vì hồ sơ {code} quá hạn. Hẹn trả kết quả mới: {new_day}."
            )),
        },
        Lang::En => DossierText {
            title: format!("Apology letter about dossier {code}"),
            body: format!(
                "{agency} apologises that dossier {code} is late. New date for the result: {new_day}. \
                 The letter is on the dossier's page under My dossiers."
            ),
            sms: sms(&format!(
                "Public Service Portal: {agency} apologises that dossier {code} is late. New date: {new_day}."
            )),
        },
    }
}

/// What the back office's notification centre tells an agency's officers (in-app only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeText {
    pub title: String,
    pub body: String,
}

/// What a citizen did to one of the agency's dossiers, as its officers are told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CitizenDid {
    /// Sent the documents asked for.
    Supplemented,
    /// Paid the fee notice online.
    Paid,
    /// Took the dossier back.
    Withdrew,
}

/// "The citizen sent a supplement / paid / withdrew" for dossier `code`.
pub fn office_citizen_did(lang: Lang, did: CitizenDid, code: &str) -> OfficeText {
    let (title, body) = match (lang, did) {
        (Lang::Vi, CitizenDid::Supplemented) => (
            format!("Hồ sơ {code} đã được bổ sung"),
            format!(
                "Người nộp đã gửi giấy tờ bổ sung cho hồ sơ {code}. Vui lòng kiểm tra và tiếp tục xử lý."
            ),
        ),
        (Lang::Vi, CitizenDid::Paid) => (
            format!("Hồ sơ {code} đã thanh toán phí, lệ phí"),
            format!(
                "Người nộp đã thanh toán trực tuyến thông báo phí, lệ phí của hồ sơ {code}. Hồ sơ được tiếp tục xử lý."
            ),
        ),
        (Lang::Vi, CitizenDid::Withdrew) => (
            format!("Hồ sơ {code} đã được rút"),
            format!("Người nộp đã rút hồ sơ {code}. Hồ sơ không còn cần xử lý."),
        ),
        (Lang::En, CitizenDid::Supplemented) => (
            format!("Dossier {code} was supplemented"),
            format!(
                "The applicant sent the documents asked for in dossier {code}. Please check them and go on."
            ),
        ),
        (Lang::En, CitizenDid::Paid) => (
            format!("Dossier {code}: fees paid"),
            format!(
                "The applicant paid the fee notice of dossier {code} online. Processing goes on."
            ),
        ),
        (Lang::En, CitizenDid::Withdrew) => (
            format!("Dossier {code} was withdrawn"),
            format!("The applicant withdrew dossier {code}. It needs no more work."),
        ),
    };
    OfficeText { title, body }
}

/// "Dossier `code` is due on `due_day` (the next working day)".
pub fn office_due_soon(lang: Lang, code: &str, due_day: &str) -> OfficeText {
    match lang {
        Lang::Vi => OfficeText {
            title: format!("Hồ sơ {code} đến hạn ngày {due_day}"),
            body: format!(
                "Hồ sơ {code} đến hạn trả kết quả vào ngày làm việc tiếp theo ({due_day}). \
                 Vui lòng hoàn thành xử lý hoặc gửi văn bản xin lỗi nếu không kịp."
            ),
        },
        Lang::En => OfficeText {
            title: format!("Dossier {code} is due on {due_day}"),
            body: format!(
                "Dossier {code} is due on the next working day ({due_day}). Please finish it, or \
                 send an apology letter if it cannot be done in time."
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The longest real values each placeholder takes (the reference data's, the settings'
    /// limits, the locale files').
    const CODE: &str = "000.00.40.H34-261231-9999";
    /// "Trung tâm Phục vụ hành chính công tỉnh Khánh Hòa", the longest agency name of the
    /// province (server/data/catalog.json), padded to the longest commune's People's Committee
    /// in the country ("Ủy ban nhân dân phường Văn Miếu - Quốc Tử Giám") and beyond.
    const AGENCY: &str = "Trung tâm Phục vụ hành chính công tỉnh Khánh Hòa";
    const WHEN: &str = "31/12/2026 23:59";
    const DAY: &str = "31/12/2026";
    const HOTLINE: &str = "0258 3568 999";
    const MASKED: &str = "086****456";
    const LOGIN: &str = "nguyen.van.an.1990";
    const STATUS_VI: &str = "Đã giải quyết – chờ trả kết quả";
    const STATUS_EN: &str = "Resolved – awaiting hand-over";

    /// Every SMS template, in each language, with the longest values: (template, text).
    fn every_sms() -> Vec<(String, String)> {
        let mut all = Vec::new();
        for purpose in [
            "đăng ký tài khoản",
            "đăng nhập",
            "lấy lại mật khẩu",
            "đổi số điện thoại",
            "for the phone number change",
            "for password recovery",
        ] {
            all.push((
                format!("otp_sms ({purpose})"),
                otp_sms("123456", purpose, 10),
            ));
        }
        all.push((
            "password_changed_sms".into(),
            password_changed_sms(WHEN, HOTLINE),
        ));
        all.push((
            "phone_changed_sms".into(),
            phone_changed_sms(MASKED, WHEN, HOTLINE),
        ));
        all.push(("registered_sms".into(), registered_sms(LOGIN)));
        all.push((
            "phone_change_pending_sms".into(),
            phone_change_pending_sms(MASKED, WHEN, HOTLINE),
        ));
        all.push((
            "pay_lookup_closed_sms".into(),
            pay_lookup_closed_sms(CODE, 60),
        ));
        for lang in [Lang::Vi, Lang::En] {
            all.push((
                format!("dossier_submitted {lang:?}"),
                dossier_submitted(lang, CODE, "Đăng ký khai sinh", AGENCY, WHEN).sms,
            ));
            let facts = ChangeFacts {
                code: CODE.into(),
                status_vi: STATUS_VI.into(),
                status_en: STATUS_EN.into(),
                note: "Bản chụp giấy chứng sinh bị mờ, đề nghị nộp lại bản rõ nét.".into(),
                due: Some(WHEN.into()),
                fee_total: Some("1.500.000 đồng".into()),
                pay_url: Some("https://dichvucong.khanhhoa.gov.vn/thanh-toan/ho-so/x".into()),
                handover: Some("Bưu điện / Post, EB123456785VN".into()),
            };
            all.push((
                format!("dossier_changed {lang:?}"),
                dossier_changed(lang, &facts).sms,
            ));
            all.push((
                format!("dossier_apology {lang:?}"),
                dossier_apology(lang, CODE, AGENCY, DAY).sms,
            ));
        }
        all
    }

    /// Every SMS is one segment in the GSM 7-bit alphabet (160 septets) with the longest real
    /// values. `--nocapture` prints each one's length, longest first.
    #[test]
    fn every_sms_fits_one_gsm7_segment() {
        let mut sized: Vec<(usize, String, String)> = every_sms()
            .into_iter()
            .map(|(name, text)| {
                let n = domain::gsm7_units(&text)
                    .unwrap_or_else(|| panic!("{name} is not GSM 7-bit: {text}"));
                (n, name, text)
            })
            .collect();
        sized.sort_by(|a, b| b.0.cmp(&a.0));
        for (n, name, text) in &sized {
            println!("{n:>3}  {name}: {text}");
        }
        let over: Vec<_> = sized.iter().filter(|s| s.0 > 160).collect();
        assert!(over.is_empty(), "over one segment: {over:#?}");
    }
}
