//! `contact = { name, unit, email, phone }` on goals, measures and
//! indicators: whom readers can ask. The e-mail address becomes a `mailto:`
//! link and the phone number a `tel:` link, so both are checked here.

use serde::Serialize;

use crate::base::diagnostics::{Diagnostic, Diagnostics};
use crate::load::fields::Table;

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Contact {
    pub name: Option<String>,
    pub unit: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

impl Contact {
    /// The phone number as a `tel:` address: digits, with a leading `+`.
    pub fn tel(&self) -> Option<String> {
        let phone = self.phone.as_deref()?;
        let plus = if phone.trim_start().starts_with('+') {
            "+"
        } else {
            ""
        };
        let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
        (!digits.is_empty()).then(|| format!("tel:{plus}{digits}"))
    }
}

/// Why an e-mail address cannot be a `mailto:` link, if it cannot: one
/// `@` with text on both sides and a dot in the domain, and none of the
/// characters that would end the address or start a query in a link.
/// What is wrong with an e-mail address, as a message id.
pub fn email_problem(email: &str) -> Option<&'static str> {
    const SHAPE: &str = "email-shape";
    let bad = |c: char| c.is_whitespace() || "<>\"(),;:\\[]?&#%/".contains(c);
    let Some((local, domain)) = email.split_once('@') else {
        return Some(SHAPE);
    };
    if local.is_empty() || domain.contains('@') || !domain.contains('.') {
        return Some(SHAPE);
    }
    if email.chars().any(bad) {
        return Some("email-characters");
    }
    if domain.starts_with('.') || domain.ends_with('.') {
        return Some("email-domain-dot");
    }
    None
}

/// The `contact` table of an item, if it has one; an empty one, an unknown
/// key or an address that cannot be a link is an error at its place.
pub fn parse(t: &Table, d: &mut Diagnostics) -> Option<Contact> {
    let c = t.table("contact", "what-contact", d)?;
    c.check_known(&crate::load::spec::keys(crate::load::spec::CONTACT), d);
    let text = |key: &str, d: &mut Diagnostics| c.string(key, d);
    let email = text("email", d);
    let contact = Contact {
        name: text("name", d).map(|s| s.value),
        unit: text("unit", d).map(|s| s.value),
        phone: text("phone", d).map(|s| s.value),
        email: None,
    };
    let email = match email {
        Some(e) => match email_problem(&e.value) {
            Some(why) => {
                d.push(
                    Diagnostic::error(t.doc.file, e.loc, crate::msg!("not-email", value = e.value))
                        .with_hint(crate::msg!(
                            "hint-email",
                            why = crate::base::messages::Text::new(why, Vec::new())
                        )),
                );
                None
            }
            None => Some(e.value),
        },
        None => None,
    };
    let contact = Contact { email, ..contact };
    if contact == Contact::default() {
        d.push(
            Diagnostic::error(
                t.doc.file,
                t.get("contact").map_or(t.loc(), |v| t.doc.loc(&v.span())),
                crate::msg!("contact-empty"),
            )
            .with_hint(crate::msg!("hint-contact-empty")),
        );
        return None;
    }
    Some(contact)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_that_can_be_links() {
        assert_eq!(email_problem("jugendamt@musterstadt.de"), None);
        assert_eq!(email_problem("a.b-c+d@stadt.bamberg.de"), None);
        assert!(email_problem("jugendamt.musterstadt.de").is_some());
        assert!(email_problem("@musterstadt.de").is_some());
        assert!(email_problem("a@b@c.de").is_some());
        assert!(email_problem("a@localhost").is_some());
        assert!(email_problem("a b@stadt.de").is_some());
        assert!(email_problem("a@stadt.de?subject=x").is_some());
        assert!(email_problem("a@stadt.de.").is_some());
        assert!(email_problem("\"><script>@x.de").is_some());
    }

    #[test]
    fn phone_numbers_become_tel_links() {
        let c = |p: &str| Contact {
            phone: Some(p.into()),
            ..Contact::default()
        };
        assert_eq!(c("0951 87-1234").tel().as_deref(), Some("tel:0951871234"));
        assert_eq!(
            c("+49 951 87 1234").tel().as_deref(),
            Some("tel:+49951871234")
        );
        assert_eq!(c("auf Anfrage").tel(), None);
    }
}
