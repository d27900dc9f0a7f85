//! Uploaded files: a local folder, or an S3-compatible bucket; and how large one may be.

use clap::Args;
use secrecy::SecretString;
use std::path::PathBuf;

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "File storage")]
pub struct StorageSettings {
    /// Folder for uploaded files (when no S3 bucket is configured).
    #[arg(
        long,
        env = "PORTAL_STORAGE_DIR",
        default_value = "data/files",
        global = true
    )]
    pub storage_dir: PathBuf,

    /// Largest accepted upload, in megabytes.
    #[arg(long, env = "PORTAL_MAX_UPLOAD_MB", default_value_t = 5, global = true)]
    pub max_upload_mb: usize,

    /// S3-compatible bucket for uploaded files (instead of the local folder).
    #[arg(long, env = "PORTAL_S3_BUCKET", global = true)]
    pub s3_bucket: Option<String>,

    /// S3 endpoint (MinIO, a Vietnamese cloud's object storage); AWS when unset.
    #[arg(long, env = "PORTAL_S3_ENDPOINT", global = true)]
    pub s3_endpoint: Option<String>,

    /// S3 region.
    #[arg(
        long,
        env = "PORTAL_S3_REGION",
        default_value = "us-east-1",
        global = true
    )]
    pub s3_region: String,

    /// S3 access key id.
    #[arg(long, env = "PORTAL_S3_ACCESS_KEY", global = true)]
    pub s3_access_key: Option<SecretString>,

    /// S3 secret access key.
    #[arg(long, env = "PORTAL_S3_SECRET_KEY", global = true)]
    pub s3_secret_key: Option<SecretString>,
}

impl StorageSettings {
    pub fn validate(&self) -> anyhow::Result<()> {
        if self.max_upload_mb == 0 || self.max_upload_mb > 100 {
            anyhow::bail!("PORTAL_MAX_UPLOAD_MB must be between 1 and 100");
        }
        if self.s3_bucket.is_some()
            && (self.s3_access_key.is_none() || self.s3_secret_key.is_none())
        {
            anyhow::bail!("PORTAL_S3_BUCKET needs PORTAL_S3_ACCESS_KEY and PORTAL_S3_SECRET_KEY");
        }
        Ok(())
    }
}
