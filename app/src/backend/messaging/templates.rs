//! The texts of messages to citizens, in Vietnamese.

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
        format!(
            "Kính gửi {name},\n\n\
             Mật khẩu tài khoản Cổng Dịch vụ công của bạn đã được thay đổi lúc {when}. \
             Mọi phiên đăng nhập khác đã được kết thúc.\n\n\
             Nếu không phải bạn thực hiện, hãy liên hệ ngay tổng đài hỗ trợ {hotline}.\n\n\
             Trân trọng,\nCổng Dịch vụ công"
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
        format!(
            "Kính gửi {name},\n\n\
             Vui lòng xác nhận địa chỉ thư điện tử của bạn trên Cổng Dịch vụ công bằng cách mở \
             liên kết sau (có hiệu lực trong {hours} giờ):\n\n{link}\n\n\
             Nếu bạn không đăng ký tài khoản, hãy bỏ qua thư này.\n\n\
             Trân trọng,\nCổng Dịch vụ công"
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
