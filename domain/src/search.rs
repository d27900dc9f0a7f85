//! Search over the procedure catalog: how a query is understood and how matches are ranked.
//! The database finds the candidates (every word of the query inside the folded text, through a
//! trigram index); this ranking orders them the same way on every database.

use crate::text::fold;

/// At most this many words of a query are used.
pub const MAX_TOKENS: usize = 8;
/// Words are cut to this many characters.
pub const MAX_TOKEN_CHARS: usize = 40;

/// A query, folded (lower case, no diacritics) and split into words.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    /// The whole query as one phrase: "dang ky khai sinh".
    pub phrase: String,
    /// Its distinct words, longest first (the most selective go to the index first).
    pub tokens: Vec<String>,
}

impl Query {
    /// Punctuation separates words; only letters and digits are kept, so a token never holds a
    /// LIKE wildcard.
    pub fn parse(input: &str) -> Query {
        let folded = fold(input);
        let cleaned: String = folded
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { ' ' })
            .collect();
        let words: Vec<String> = cleaned
            .split_whitespace()
            .map(|w| w.chars().take(MAX_TOKEN_CHARS).collect::<String>())
            .take(MAX_TOKENS)
            .collect();
        let phrase = words.join(" ");
        let mut tokens: Vec<String> = Vec::new();
        for w in words {
            if !tokens.contains(&w) {
                tokens.push(w);
            }
        }
        tokens.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
        Query { phrase, tokens }
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }
}

/// How well a procedure matches, higher is better; `None` when a word of the query is missing.
/// `name` and `text` are folded (see [`fold`]); `text` is everything searched (name, code, field).
pub fn score(query: &Query, name: &str, text: &str) -> Option<i64> {
    if query.tokens.iter().any(|t| !text.contains(t.as_str())) {
        return None;
    }
    let mut score: i64 = 0;
    if name == query.phrase {
        score += 10_000;
    } else if name.starts_with(&query.phrase) {
        score += 5_000;
    } else if name.contains(&query.phrase) {
        score += 2_000;
    }
    let words: Vec<&str> = name.split(' ').collect();
    for token in &query.tokens {
        score += if words.contains(&token.as_str()) {
            300
        } else if words.iter().any(|w| w.starts_with(token.as_str())) {
            200
        } else if name.contains(token.as_str()) {
            100
        } else {
            10
        };
    }
    // Among equals, the shorter (more specific) name first.
    score -= name.chars().count().min(500) as i64;
    Some(score)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn queries_are_folded_and_split() {
        let q = Query::parse("  Đăng ký   KHAI sinh! ");
        assert_eq!(q.phrase, "dang ky khai sinh");
        assert_eq!(q.tokens, vec!["dang", "khai", "sinh", "ky"]);
        assert_eq!(Query::parse("100%_x").tokens, vec!["100", "x"]);
        assert!(Query::parse(" ,.; ").is_empty());
        assert_eq!(Query::parse("a a a").tokens, vec!["a"]);
    }

    #[test]
    fn the_best_match_comes_first() {
        let q = Query::parse("dang ky khai sinh");
        let exact = score(&q, "dang ky khai sinh", "dang ky khai sinh | ho tich").unwrap();
        let prefix = score(
            &q,
            "dang ky khai sinh co yeu to nuoc ngoai",
            "dang ky khai sinh co yeu to nuoc ngoai | ho tich",
        )
        .unwrap();
        let scattered = score(
            &q,
            "dang ky lai khai sinh",
            "dang ky lai khai sinh | ho tich",
        )
        .unwrap();
        assert!(
            exact > prefix && prefix > scattered,
            "{exact} {prefix} {scattered}"
        );
        assert_eq!(
            score(&q, "dang ky ket hon", "dang ky ket hon | ho tich"),
            None
        );
        // Part of a word still matches, below a whole word.
        let q = Query::parse("khai si");
        assert!(score(&q, "dang ky khai sinh", "dang ky khai sinh").is_some());
    }

    proptest! {
        #[test]
        fn a_name_always_matches_itself_best(words in proptest::collection::vec("[a-z]{2,8}", 1..6), other in "[a-z]{2,8}") {
            let name = words.join(" ");
            let q = Query::parse(&name);
            let own = score(&q, &name, &name).unwrap();
            let longer = format!("{name} {other}");
            let s = score(&q, &longer, &longer).unwrap();
            prop_assert!(own > s);
        }
    }
}
