//! E-mail over SMTP (lettre): plain, STARTTLS or implicit TLS, with optional credentials.

use super::{BoxFuture, MailProvider, SendError};
use lettre::{
    AsyncSmtpTransport, AsyncTransport as _, Message, Tokio1Executor,
    message::{Mailbox, header::ContentType},
    transport::smtp::authentication::Credentials,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpSecurity {
    /// No encryption (a local relay or a test sink).
    None,
    /// Plain connection upgraded with STARTTLS (port 587).
    StartTls,
    /// TLS from the first byte (port 465).
    Tls,
}

#[derive(Clone)]
pub struct SmtpProvider {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl SmtpProvider {
    pub fn new(
        host: &str,
        port: u16,
        security: SmtpSecurity,
        credentials: Option<(String, String)>,
        from: &str,
    ) -> anyhow::Result<SmtpProvider> {
        let mut builder = match security {
            SmtpSecurity::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
            SmtpSecurity::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host)?,
            SmtpSecurity::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(host)?,
        }
        .port(port)
        .timeout(Some(std::time::Duration::from_secs(20)));
        if let Some((user, password)) = credentials {
            builder = builder.credentials(Credentials::new(user, password));
        }
        Ok(SmtpProvider {
            transport: builder.build(),
            from: from
                .parse()
                .map_err(|e| anyhow::anyhow!("invalid sender address {from:?}: {e}"))?,
        })
    }
}

impl MailProvider for SmtpProvider {
    fn name(&self) -> &'static str {
        "smtp"
    }

    fn send<'a>(
        &'a self,
        to: &'a str,
        subject: &'a str,
        body: &'a str,
        key: &'a str,
    ) -> BoxFuture<'a, Result<String, SendError>> {
        Box::pin(async move {
            let to: Mailbox = to
                .parse()
                .map_err(|e| SendError::InvalidRecipient(format!("{e}")))?;
            let domain = self.from.email.domain().to_string();
            let message = Message::builder()
                .message_id(Some(format!("<{key}@{domain}>")))
                .from(self.from.clone())
                .to(to)
                .subject(subject)
                .header(ContentType::TEXT_PLAIN)
                .body(body.to_string())
                .map_err(|e| SendError::InvalidRecipient(e.to_string()))?;
            let response = self.transport.send(message).await.map_err(|e| {
                if e.is_permanent() {
                    SendError::Refused(e.to_string())
                } else {
                    SendError::Unreachable(e.to_string())
                }
            })?;
            Ok(response.message().collect::<Vec<_>>().join(" "))
        })
    }
}
