//! SMS through eSMS.vn's JSON API ("SendMultipleMessage_V4_post_json"): one POST per message
//! with the API key, secret key, phone, content, brand name and SMS type 2 (customer care);
//! `CodeResult` "100" means accepted, anything else is a refusal with `ErrorMessage`.
//! Tests run it against a local stand-in that speaks the same protocol.

use super::{BoxFuture, SendError, SmsProvider};
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// The production endpoint.
pub const DEFAULT_URL: &str =
    "https://rest.esms.vn/MainService.svc/json/SendMultipleMessage_V4_post_json/";

#[derive(Clone)]
pub struct EsmsProvider {
    client: reqwest::Client,
    url: String,
    api_key: String,
    secret_key: String,
    brandname: String,
    sandbox: bool,
}

impl EsmsProvider {
    pub fn new(
        url: String,
        api_key: String,
        secret_key: String,
        brandname: String,
        sandbox: bool,
    ) -> EsmsProvider {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(15))
            .build()
            .expect("HTTP client");
        EsmsProvider {
            client,
            url,
            api_key,
            secret_key,
            brandname,
            sandbox,
        }
    }
}

/// The request body, with eSMS's field names.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EsmsRequest {
    pub api_key: String,
    pub secret_key: String,
    pub phone: String,
    pub content: String,
    pub brandname: String,
    pub sms_type: String,
    pub is_unicode: String,
    pub sandbox: String,
    pub request_id: String,
}

/// The answer: `CodeResult` "100" and an `SMSID` when accepted.
#[derive(Debug, Serialize, Deserialize)]
pub struct EsmsResponse {
    #[serde(rename = "CodeResult")]
    pub code_result: String,
    #[serde(rename = "SMSID", default)]
    pub sms_id: Option<String>,
    #[serde(rename = "ErrorMessage", default)]
    pub error_message: Option<String>,
}

impl SmsProvider for EsmsProvider {
    fn name(&self) -> &'static str {
        "esms"
    }

    fn send<'a>(
        &'a self,
        phone: &'a str,
        text: &'a str,
        key: &'a str,
    ) -> BoxFuture<'a, Result<String, SendError>> {
        Box::pin(async move {
            let body = EsmsRequest {
                api_key: self.api_key.clone(),
                secret_key: self.secret_key.clone(),
                phone: phone.to_string(),
                content: text.to_string(),
                brandname: self.brandname.clone(),
                sms_type: "2".into(),
                // The templates write every SMS in the GSM 7-bit alphabet, without diacritics
                // (`domain::sms_text`): 160 characters a segment instead of UCS-2's 70.
                is_unicode: "0".into(),
                sandbox: if self.sandbox { "1" } else { "0" }.into(),
                // Blocks a second delivery of this message for 24 hours (eSMS code 124).
                request_id: key.to_string(),
            };
            let res = self
                .client
                .post(&self.url)
                .json(&body)
                .send()
                .await
                .map_err(|e| SendError::Unreachable(e.without_url().to_string()))?;
            if !res.status().is_success() {
                return Err(SendError::Unreachable(format!("HTTP {}", res.status())));
            }
            let answer: EsmsResponse = res
                .json()
                .await
                .map_err(|e| SendError::Unreachable(format!("unreadable answer: {e}")))?;
            match answer.code_result.as_str() {
                "100" => Ok(answer.sms_id.unwrap_or_default()),
                // "Duplicate RequestId": this message was accepted before (a retry after a
                // crash between eSMS's answer and the outbox's record of it).
                "124" => Ok(format!("duplicate:{key}")),
                // eSMS: 104 = brand name not registered, 99 = unknown error, 101 = bad keys...
                code => Err(SendError::Refused(format!(
                    "{code}: {}",
                    answer.error_message.unwrap_or_default()
                ))),
            }
        })
    }
}
