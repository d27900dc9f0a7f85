use server::settings::{Command, Settings};

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = match Settings::load() {
        Ok(cli) => cli,
        Err(e) => {
            eprintln!("error: {e:#}");
            return std::process::ExitCode::FAILURE;
        }
    };
    server::init_tracing(&cli.settings.log, cli.settings.log_format);
    let command = cli.command.unwrap_or(Command::Serve);
    match server::run(command, cli.settings).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e:#}");
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
