//! Benchmark (not a test): catalog search over a generated catalog of 10,000 procedures, on
//! SQLite and on PostgreSQL. Prints p50 / p95 / max per query shape and overall.
//!
//!     cargo bench -p server --bench search
//!
//! PostgreSQL is taken from TEST_POSTGRES_URL (default postgres://postgres:postgres@127.0.0.1:5432/postgres);
//! it is skipped when none answers.

use app::catalog::{
    Component, Fee, SearchParams,
    service::search,
    store::{NewProcedure, insert_procedure},
};
use server::Db;
use sqlx::{Connection as _, Executor as _};
use std::time::{Duration, Instant};

const PROCEDURES: usize = 10_000;
const RUNS: usize = 30;

const ACTIONS: &[&str] = &[
    "Cấp",
    "Cấp lại",
    "Cấp đổi",
    "Gia hạn",
    "Điều chỉnh",
    "Thu hồi",
    "Đăng ký",
    "Đăng ký lại",
    "Xác nhận",
    "Công nhận",
    "Thẩm định",
    "Phê duyệt",
    "Chấp thuận",
    "Sửa đổi, bổ sung",
    "Chứng thực",
];
const OBJECTS: &[&str] = &[
    "giấy phép xây dựng",
    "giấy khai sinh",
    "giấy chứng nhận đăng ký kết hôn",
    "phiếu lý lịch tư pháp",
    "giấy chứng nhận quyền sử dụng đất",
    "giấy chứng nhận đăng ký hộ kinh doanh",
    "giấy phép lái xe",
    "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
    "giấy phép kinh doanh rượu",
    "chứng chỉ hành nghề khám bệnh, chữa bệnh",
    "giấy phép lao động cho người nước ngoài",
    "giấy chứng nhận đăng ký doanh nghiệp",
    "bản sao trích lục hộ tịch",
    "giấy phép khai thác nước mặt",
    "quyết định trợ cấp xã hội hằng tháng",
    "giấy phép tổ chức lễ hội",
    "chứng nhận nhà giáo ưu tú",
    "giấy phép hoạt động điện lực",
    "giấy chứng nhận kiểm dịch động vật",
    "giấy phép quảng cáo",
];
const QUALIFIERS: &[&str] = &[
    "",
    " đối với nhà ở riêng lẻ",
    " có yếu tố nước ngoài",
    " cho tổ chức",
    " cho cá nhân",
    " tại cấp xã",
    " trong trường hợp bị mất",
    " do hết hạn",
    " theo yêu cầu",
    " cho hộ gia đình",
];
const FIELDS: &[&str] = &[
    "Hộ tịch",
    "Chứng thực",
    "Đất đai",
    "Xây dựng",
    "Đăng ký kinh doanh",
    "Giao thông vận tải",
    "Lao động",
    "Bảo trợ xã hội",
    "Tư pháp",
    "Giáo dục",
    "Y tế",
    "Tài nguyên môi trường",
    "Công thương",
];
const QUERIES: &[(&str, &str)] = &[
    ("phrase", "dang ky khai sinh"),
    ("phrase", "giấy phép xây dựng nhà ở riêng lẻ"),
    ("phrase", "ly lich tu phap"),
    ("phrase", "an toan thuc pham"),
    ("two words", "cap lai"),
    ("two words", "ho kinh doanh"),
    ("one word", "giay"),
    ("one word", "chung"),
    ("short word", "ky"),
    ("partial", "phep xa"),
    ("partial", "khai si"),
    ("no match", "khong ton tai xyz"),
];

fn generate(field_ids: &[i64]) -> Vec<NewProcedure> {
    (0..PROCEDURES)
        .map(|i| {
            let action = ACTIONS[i % ACTIONS.len()];
            let object = OBJECTS[(i / ACTIONS.len()) % OBJECTS.len()];
            let qualifier = QUALIFIERS[(i / (ACTIONS.len() * OBJECTS.len())) % QUALIFIERS.len()];
            let f = i % FIELDS.len();
            NewProcedure {
                code: format!("1.{:06}.000.00.00.H34", i),
                name: format!("{action} {object}{qualifier} (mẫu {i})"),
                field_id: field_ids[f],
                field_name: FIELDS[f].to_string(),
                level: if i % 3 == 0 { "commune" } else { "province" }.into(),
                online_level: if i % 2 == 0 { "full" } else { "partial" }.into(),
                online_submission: true,
                applicants: "both".into(),
                processing_days: (i % 20) as i64 + 1,
                processing_unit: "working".into(),
                processing_note: String::new(),
                fees: vec![Fee {
                    name: "Lệ phí".into(),
                    amount: 50_000,
                    note: String::new(),
                }],
                components: vec![Component {
                    name: "Đơn đề nghị theo mẫu".into(),
                    originals: 1,
                    copies: 0,
                    mandatory: true,
                    template_title: None,
                    template_file: None,
                }],
                steps: vec!["Bước 1: Nộp hồ sơ".into()],
                conditions: vec![],
                result: "Giấy phép".into(),
                legal_basis: vec!["Luật số 01/2020/QH14".into()],
                agency_ids: vec![],
            }
        })
        .collect()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

async fn run(label: &str, url: &str) -> anyhow::Result<()> {
    let db = Db::connect(url, 4).await?;
    db.migrate().await?;
    let mut field_ids = Vec::new();
    for (i, name) in FIELDS.iter().enumerate() {
        field_ids.push(
            sqlx::query_scalar::<_, i64>(
                "INSERT INTO fields (code, name) VALUES ($1, $2) RETURNING id",
            )
            .bind(format!("F{i}"))
            .bind(*name)
            .fetch_one(&db.pool)
            .await?,
        );
    }
    let started = Instant::now();
    let mut tx = db.pool.begin().await?;
    for p in generate(&field_ids) {
        insert_procedure(&mut tx, &p).await?;
    }
    tx.commit().await?;
    if db.backend == server::Backend::Postgres {
        sqlx::query("ANALYZE").execute(&db.pool).await?;
    }
    println!(
        "\n{label}: {PROCEDURES} procedures loaded in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    println!(
        "{:<12} {:<36} {:>7} {:>10} {:>10} {:>10}",
        "shape", "query", "matches", "p50", "p95", "max"
    );
    let mut all = Vec::new();
    for (shape, query) in QUERIES {
        let params = SearchParams {
            q: query.to_string(),
            ..Default::default()
        };
        let mut times = Vec::new();
        let mut total = 0;
        for _ in 0..RUNS {
            let t = Instant::now();
            let r = search(&db, &params)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            times.push(t.elapsed());
            total = r.total;
        }
        times.sort();
        println!(
            "{:<12} {:<36} {:>7} {:>10} {:>10} {:>10}",
            shape,
            query,
            total,
            ms(percentile(&times, 0.5)),
            ms(percentile(&times, 0.95)),
            ms(*times.last().unwrap())
        );
        all.extend(times);
    }
    all.sort();
    println!(
        "{label} overall ({} searches): p50 {}, p95 {}, max {}",
        all.len(),
        ms(percentile(&all, 0.5)),
        ms(percentile(&all, 0.95)),
        ms(*all.last().unwrap())
    );
    db.pool.close().await;
    Ok(())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    run(
        "SQLite",
        &format!("sqlite:{}", dir.path().join("bench.db").display()),
    )
    .await?;
    let admin = std::env::var("TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres:postgres@127.0.0.1:5432/postgres".into());
    match sqlx::PgConnection::connect(&admin).await {
        Ok(mut conn) => {
            let name = format!("portal_bench_{}", std::process::id());
            conn.execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                .await?;
            let mut url = url::Url::parse(&admin)?;
            url.set_path(&name);
            let result = run("PostgreSQL", url.as_str()).await;
            conn.execute(sqlx::AssertSqlSafe(format!(
                "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
            )))
            .await?;
            result?;
        }
        Err(e) => println!("\nPostgreSQL skipped: {e}"),
    }
    Ok(())
}
