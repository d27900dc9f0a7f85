//! Local stand-ins for the providers a test cannot reach: an SMTP server that accepts every
//! message (a real SMTP conversation: greeting, EHLO, MAIL, RCPT, DATA, QUIT) and an eSMS-like
//! HTTP endpoint that speaks eSMS's JSON protocol.

use std::sync::{Arc, Mutex};
use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::TcpListener,
};

/// One message received by the SMTP sink.
#[derive(Debug, Clone)]
pub struct Mail {
    pub from: String,
    pub to: Vec<String>,
    /// Headers and body as sent (after dot-unstuffing).
    pub data: String,
}

#[derive(Clone)]
pub struct SmtpSink {
    pub port: u16,
    pub mails: Arc<Mutex<Vec<Mail>>>,
}

impl SmtpSink {
    pub async fn start() -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind SMTP sink");
        let port = listener.local_addr().unwrap().port();
        let mails = Arc::new(Mutex::new(Vec::new()));
        let store = mails.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let store = store.clone();
                tokio::spawn(async move {
                    let (read, mut write) = socket.into_split();
                    let mut lines = BufReader::new(read).lines();
                    let _ = write.write_all(b"220 sink.test ESMTP ready\r\n").await;
                    let mut from = String::new();
                    let mut to = Vec::new();
                    while let Ok(Some(line)) = lines.next_line().await {
                        let upper = line.to_ascii_uppercase();
                        let reply: &[u8] = if upper.starts_with("EHLO") {
                            b"250-sink.test\r\n250 8BITMIME\r\n"
                        } else if upper.starts_with("HELO") {
                            b"250 sink.test\r\n"
                        } else if upper.starts_with("MAIL FROM:") {
                            from = line[10..].trim().to_string();
                            b"250 OK\r\n"
                        } else if upper.starts_with("RCPT TO:") {
                            to.push(line[8..].trim().to_string());
                            b"250 OK\r\n"
                        } else if upper == "DATA" {
                            let _ = write
                                .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                                .await;
                            let mut data = String::new();
                            while let Ok(Some(l)) = lines.next_line().await {
                                if l == "." {
                                    break;
                                }
                                let l = l.strip_prefix('.').unwrap_or(&l);
                                data.push_str(l);
                                data.push('\n');
                            }
                            store.lock().unwrap().push(Mail {
                                from: std::mem::take(&mut from),
                                to: std::mem::take(&mut to),
                                data,
                            });
                            b"250 OK: queued as 1\r\n"
                        } else if upper == "QUIT" {
                            let _ = write.write_all(b"221 Bye\r\n").await;
                            break;
                        } else if upper == "RSET" || upper == "NOOP" {
                            b"250 OK\r\n"
                        } else {
                            b"502 Command not implemented\r\n"
                        };
                        if write.write_all(reply).await.is_err() {
                            break;
                        }
                    }
                });
            }
        });
        SmtpSink { port, mails }
    }

    pub fn mails(&self) -> Vec<Mail> {
        self.mails.lock().unwrap().clone()
    }
}

/// One request received by the eSMS stand-in.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EsmsCall {
    pub api_key: String,
    pub secret_key: String,
    pub phone: String,
    pub content: String,
    pub brandname: String,
    pub sms_type: String,
    pub is_unicode: String,
    #[serde(default)]
    pub request_id: String,
}

#[derive(Clone)]
pub struct EsmsStandIn {
    pub url: String,
    pub calls: Arc<Mutex<Vec<EsmsCall>>>,
    /// The messages it accepted for delivery (a repeated RequestId is not one).
    pub accepted: Arc<Mutex<Vec<EsmsCall>>>,
}

impl EsmsStandIn {
    /// Accepts calls with the API key "key-1" and secret "secret-1" (CodeResult 100); refuses
    /// others with eSMS's code 101 (authentication failed), and a RequestId it has seen with
    /// code 124 ("Duplicate RequestId"), as eSMS does for 24 hours.
    pub async fn start() -> EsmsStandIn {
        use axum::{Json, Router, routing::post};
        let calls: Arc<Mutex<Vec<EsmsCall>>> = Arc::new(Mutex::new(Vec::new()));
        let accepted: Arc<Mutex<Vec<EsmsCall>>> = Arc::new(Mutex::new(Vec::new()));
        let (store, delivered) = (calls.clone(), accepted.clone());
        let app = Router::new().route(
            "/MainService.svc/json/SendMultipleMessage_V4_post_json/",
            post(move |Json(call): Json<EsmsCall>| {
                let (store, delivered) = (store.clone(), delivered.clone());
                async move {
                    let ok = call.api_key == "key-1" && call.secret_key == "secret-1";
                    store.lock().unwrap().push(call.clone());
                    if !ok {
                        return Json(serde_json::json!({"CodeResult": "101", "ErrorMessage": "Authorize Failed"}));
                    }
                    let mut delivered = delivered.lock().unwrap();
                    if !call.request_id.is_empty()
                        && delivered.iter().any(|c| c.request_id == call.request_id)
                    {
                        return Json(serde_json::json!({"CodeResult": "124", "ErrorMessage": "Duplicate RequestId"}));
                    }
                    delivered.push(call);
                    let id = format!("sms-{:04}", delivered.len());
                    Json(serde_json::json!({"CodeResult": "100", "CountRegenerate": 0, "SMSID": id}))
                }
            }),
        );
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind eSMS stand-in");
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        EsmsStandIn {
            url: format!("http://{addr}/MainService.svc/json/SendMultipleMessage_V4_post_json/"),
            calls,
            accepted,
        }
    }

    pub fn calls(&self) -> Vec<EsmsCall> {
        self.calls.lock().unwrap().clone()
    }

    pub fn accepted(&self) -> Vec<EsmsCall> {
        self.accepted.lock().unwrap().clone()
    }
}
