//! The session follow-up clause: present, for a later session, naming the draft's
//! item, agreeing with any report requested; and session ordinals written out.

pub mod follow_up_missing;
pub mod follow_up_parent_item;
pub mod follow_up_report_session;
pub mod follow_up_session;
pub mod follow_up_title;
pub mod session_ordinal;

use super::Rule;

pub static RULES: &[&dyn Rule] = &[
    &follow_up_missing::FollowUpMissing,
    &follow_up_session::FollowUpSession,
    &follow_up_title::FollowUpTitle,
    &follow_up_parent_item::FollowUpParentItem,
    &follow_up_report_session::FollowUpReportSession,
    &session_ordinal::SessionOrdinal,
];

/// "its sixty-fifth session" / "第六十五届会议" for `n` in the document's language.
pub(crate) fn session_words(lang: crate::Language, n: u32) -> String {
    crate::lang::profile(lang).session_name(n)
}
