//! The texts of messages to citizens, in Vietnamese.

/// An e-mail's body: the greeting, `text`, and the portal's signature.
fn letter(name: &str, text: &str) -> String {
    format!("Kính gửi {name},\n\n{text}\n\nTrân trọng,\nCổng Dịch vụ công")
}

/// The SMS carrying a one-time password.
pub fn otp_sms(code: &str, purpose: &str, minutes: i64) -> String {
    format!(
        "Cổng Dịch vụ công: mã xác thực {purpose} của bạn là {code}, có hiệu lực trong {minutes} phút. \
         Không cung cấp mã này cho bất kỳ ai."
    )
}

/// After the password was changed or recovered.
pub fn password_changed_sms(when: &str, hotline: &str) -> String {
    format!(
        "Cổng Dịch vụ công: mật khẩu tài khoản của bạn đã được thay đổi lúc {when}. \
         Nếu không phải bạn thực hiện, hãy gọi ngay {hotline}."
    )
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
    format!(
        "Cổng Dịch vụ công: số điện thoại của tài khoản đã được đổi sang {masked_new} lúc {when}. \
         Nếu không phải bạn thực hiện, hãy gọi ngay {hotline}."
    )
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
    format!(
        "Cổng Dịch vụ công: tài khoản {login} đã được tạo thành công. \
         Cảm ơn bạn đã sử dụng dịch vụ công trực tuyến."
    )
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
    format!(
        "Cổng Dịch vụ công: có yêu cầu đổi số điện thoại của tài khoản sang {masked_new}, sẽ có \
         hiệu lực lúc {effective}. Nếu không phải bạn, hãy đăng nhập để hủy yêu cầu hoặc gọi ngay \
         {hotline}."
    )
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
