//! What every page says about the province and its help desk.

use clap::Args;

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Province and help desk")]
pub struct SiteSettings {
    /// Province name shown in the header and footer (without "tỉnh").
    #[arg(
        long,
        env = "PORTAL_PROVINCE",
        default_value = "Khánh Hòa",
        global = true
    )]
    pub province: String,

    /// The province's code in the administrative units (its communes become agencies).
    #[arg(
        long,
        env = "PORTAL_PROVINCE_CODE",
        default_value = "56",
        global = true
    )]
    pub province_code: String,

    /// Support hotline shown on every page.
    #[arg(
        long,
        env = "PORTAL_HOTLINE",
        default_value = "1900 1023",
        global = true
    )]
    pub hotline: String,

    /// Support e-mail address shown on every page.
    #[arg(
        long,
        env = "PORTAL_SUPPORT_EMAIL",
        default_value = "hotro@dichvucong.example.vn",
        global = true
    )]
    pub support_email: String,

    /// Office hours shown on every page.
    #[arg(
        long,
        env = "PORTAL_OFFICE_HOURS",
        default_value = "Thứ Hai – Thứ Sáu: 07:00 – 11:30, 13:30 – 17:00",
        global = true
    )]
    pub office_hours: String,
}
