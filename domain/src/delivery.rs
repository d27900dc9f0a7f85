//! How a dossier's result reaches the citizen: the way they ask for it when they apply
//! ([`DeliveryMode`]) and the way the officer hands it over ([`HandOverMethod`]). Each is stored,
//! and crosses the wire, under its `as_str` name.

/// "Hình thức nhận kết quả": chosen by the citizen in the draft, stored in the dossier's
/// `delivery` JSON as `receive`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum DeliveryMode {
    /// Downloaded from the portal.
    Online,
    /// At the agency's one-stop desk.
    InPerson,
    /// By the public postal service, to the address given.
    Post,
}

pub const ALL_DELIVERY_MODES: [DeliveryMode; 3] = [
    DeliveryMode::Online,
    DeliveryMode::InPerson,
    DeliveryMode::Post,
];

impl DeliveryMode {
    /// The stored name (and the form's value).
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryMode::Online => "online",
            DeliveryMode::InPerson => "in_person",
            DeliveryMode::Post => "post",
        }
    }

    /// The mode stored (or sent by the form) as `s`; `None` for any other text.
    pub fn parse(s: &str) -> Option<DeliveryMode> {
        ALL_DELIVERY_MODES.into_iter().find(|m| m.as_str() == s)
    }
}

/// A delivery mode that may not have been chosen yet, stored as its name or as "" (a draft
/// whose delivery step was left without a choice; a dossier stored before the field existed
/// has no key at all and reads the same). Any other text is an error. For
/// `#[serde(with = "domain::delivery::unchosen")]` on an `Option<DeliveryMode>`.
#[cfg(feature = "serde")]
pub mod unchosen {
    use super::DeliveryMode;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(mode: &Option<DeliveryMode>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(mode.map_or("", DeliveryMode::as_str))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DeliveryMode>, D::Error> {
        match Option::<String>::deserialize(d)?.as_deref() {
            None | Some("") => Ok(None),
            Some(s) => DeliveryMode::parse(s)
                .map(Some)
                .ok_or_else(|| D::Error::unknown_variant(s, &["online", "in_person", "post"])),
        }
    }
}

/// How the officer handed the result over ("Trả kết quả"), stored in `dossiers.handover_method`
/// ("" until it is handed over).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum HandOverMethod {
    /// At the one-stop desk.
    InPerson,
    /// By the public postal service, with the item's tracking number.
    Post,
}

pub const ALL_HAND_OVER_METHODS: [HandOverMethod; 2] =
    [HandOverMethod::InPerson, HandOverMethod::Post];

impl HandOverMethod {
    /// The stored name (and the form's value).
    pub fn as_str(self) -> &'static str {
        match self {
            HandOverMethod::InPerson => "in_person",
            HandOverMethod::Post => "post",
        }
    }

    /// The method stored (or sent by the form) as `s`; `None` for any other text.
    pub fn parse(s: &str) -> Option<HandOverMethod> {
        ALL_HAND_OVER_METHODS.into_iter().find(|m| m.as_str() == s)
    }

    /// What the officer is offered first: what the citizen asked for when it was the post,
    /// the desk otherwise.
    pub fn asked(receive: Option<DeliveryMode>) -> HandOverMethod {
        match receive {
            Some(DeliveryMode::Post) => HandOverMethod::Post,
            _ => HandOverMethod::InPerson,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What crosses the wire is what is stored: serde's name of each value is its `as_str`, and
    /// it reads back.
    #[cfg(feature = "serde")]
    #[test]
    fn wire_names_are_the_stored_names() {
        for m in ALL_DELIVERY_MODES {
            let wire = format!("\"{}\"", m.as_str());
            assert_eq!(serde_json::to_string(&m).unwrap(), wire);
            assert_eq!(serde_json::from_str::<DeliveryMode>(&wire).unwrap(), m);
        }
        for m in ALL_HAND_OVER_METHODS {
            let wire = format!("\"{}\"", m.as_str());
            assert_eq!(serde_json::to_string(&m).unwrap(), wire);
            assert_eq!(serde_json::from_str::<HandOverMethod>(&wire).unwrap(), m);
        }
        assert!(serde_json::from_str::<DeliveryMode>("\"\"").is_err());
        assert!(serde_json::from_str::<DeliveryMode>("\"buu_dien\"").is_err());
        assert!(serde_json::from_str::<HandOverMethod>("\"online\"").is_err());
    }

    /// The dossier's `delivery` JSON as stored today and before: a chosen mode, "" (left
    /// unchosen), no key at all; anything else is refused.
    #[cfg(feature = "serde")]
    #[test]
    fn an_unchosen_mode_is_stored_blank_and_old_rows_read() {
        #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq, Default)]
        #[serde(default)]
        struct Delivery {
            #[serde(with = "unchosen")]
            receive: Option<DeliveryMode>,
        }
        for m in ALL_DELIVERY_MODES {
            let stored = format!(r#"{{"receive":"{}"}}"#, m.as_str());
            let d: Delivery = serde_json::from_str(&stored).unwrap();
            assert_eq!(d.receive, Some(m));
            assert_eq!(serde_json::to_string(&d).unwrap(), stored);
        }
        for blank in [r#"{"receive":""}"#, r#"{"receive":null}"#, "{}"] {
            let d: Delivery = serde_json::from_str(blank).unwrap();
            assert_eq!(d.receive, None, "{blank}");
        }
        assert_eq!(
            serde_json::to_string(&Delivery::default()).unwrap(),
            r#"{"receive":""}"#
        );
        for bad in [
            r#"{"receive":"Post"}"#,
            r#"{"receive":"mail"}"#,
            r#"{"receive":1}"#,
        ] {
            assert!(serde_json::from_str::<Delivery>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn stored_names_read_back_and_nothing_else_does() {
        for m in ALL_DELIVERY_MODES {
            assert_eq!(DeliveryMode::parse(m.as_str()), Some(m));
        }
        for m in ALL_HAND_OVER_METHODS {
            assert_eq!(HandOverMethod::parse(m.as_str()), Some(m));
        }
        for bad in ["", "Online", "in-person", "post ", "buu_dien"] {
            assert_eq!(DeliveryMode::parse(bad), None, "{bad:?}");
        }
        for bad in ["", "online", "Post"] {
            assert_eq!(HandOverMethod::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_hand_over_offered_first_follows_the_post_only() {
        assert_eq!(
            HandOverMethod::asked(Some(DeliveryMode::Post)),
            HandOverMethod::Post
        );
        for other in [
            None,
            Some(DeliveryMode::Online),
            Some(DeliveryMode::InPerson),
        ] {
            assert_eq!(HandOverMethod::asked(other), HandOverMethod::InPerson);
        }
    }
}
