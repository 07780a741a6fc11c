//! Calendar facts: valid dates, General Assembly sessions, Security Council numbering.
//!
//! Sources: the conventions file §6 (rule 1 of the Assembly's rules of procedure as
//! amended by resolution 57/301; the verified opening dates; the Council's yearly
//! counts from its round-up press releases and "Highlights of Security Council
//! Practice"). See `data/calendar-sources.md`.

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub const fn new(year: i32, month: u32, day: u32) -> Date {
        Date { year, month, day }
    }

    /// Is this a real calendar date (no 31 June, no 29 February 2005)?
    pub fn is_valid(&self) -> bool {
        (1..=12).contains(&self.month)
            && self.day >= 1
            && self.day <= days_in_month(self.year, self.month)
    }

    /// ISO 8601 form.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Days since 1970-01-01 (proleptic Gregorian).
    pub fn days(&self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(&self) -> u32 {
        (self.days() + 3).rem_euclid(7) as u32
    }

    fn add_days(&self, n: i64) -> Date {
        let z = self.days() + n + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        Date::new((y + i64::from(m <= 2)) as i32, m, d)
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Verified opening dates of regular sessions (session, year, month, day).
const VERIFIED_OPENINGS: &[(u32, i32, u32, u32)] = &[
    (53, 1998, 9, 8),
    (55, 2000, 9, 5),
    (58, 2003, 9, 16),
    (59, 2004, 9, 14),
    (60, 2005, 9, 13),
    (61, 2006, 9, 12),
    (64, 2009, 9, 15),
    (65, 2010, 9, 14),
    (66, 2011, 9, 13),
    (78, 2023, 9, 5),
    (79, 2024, 9, 10),
    (80, 2025, 9, 9),
];

/// How sure the opening date of a session is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Certainty {
    Verified,
    Computed,
    /// Before the rules this computation follows: only the month is sure.
    Approximate,
}

/// The opening date of regular session `n` (n >= 2).
pub fn ga_opening(n: u32) -> (Date, Certainty) {
    if let Some(&(_, y, m, d)) = VERIFIED_OPENINGS.iter().find(|(s, ..)| *s == n) {
        return (Date::new(y, m, d), Certainty::Verified);
    }
    let year = 1945 + n as i32;
    if year >= 2003 {
        // Rule 1 as amended by 57/301: the Tuesday of the third week of September,
        // counting from the first week with at least one working day; since 2023 the
        // Assembly has opened one week earlier.
        let mut first = Date::new(year, 9, 1);
        while first.weekday() > 4 {
            first = first.add_days(1);
        }
        let week1_monday = first.add_days(-i64::from(first.weekday()));
        let mut opening = week1_monday.add_days(15);
        if year >= 2023 {
            opening = opening.add_days(-7);
        }
        (opening, Certainty::Computed)
    } else {
        // Earlier: the Tuesday following the second Monday of September (from 1991);
        // before that the third Tuesday. Both fall in 8-21 September.
        let mut d = Date::new(year, 9, 1);
        let mut mondays = 0;
        loop {
            if d.weekday() == 0 {
                mondays += 1;
                if mondays == 2 {
                    break;
                }
            }
            d = d.add_days(1);
        }
        (d.add_days(1), Certainty::Approximate)
    }
}

/// Where a date falls relative to regular session `n`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InSession {
    Inside,
    Outside,
    /// Near an opening whose exact date is not known: cannot tell.
    Uncertain,
}

/// Is `date` within regular session `n` (from its opening to the day before the next
/// session opens)? Sessions 1-30 did not number their resolutions "n/x"; callers only
/// ask for n >= 31.
pub fn date_in_ga_session(n: u32, date: Date) -> InSession {
    if n < 2 {
        return InSession::Uncertain;
    }
    let (open, c1) = ga_opening(n);
    let (next, c2) = ga_opening(n + 1);
    let near = |d: Date, o: Date, c: Certainty| {
        c == Certainty::Approximate && d.year == o.year && d.month == 9 && (1..=25).contains(&d.day)
    };
    if near(date, open, c1) || near(date, next, c2) {
        return InSession::Uncertain;
    }
    if date >= open && date < next {
        InSession::Inside
    } else {
        InSession::Outside
    }
}

/// The regular session running on `date` (None before 1946).
pub fn ga_session_on(date: Date) -> Option<u32> {
    if date.year < 1947 {
        return None;
    }
    let n = (date.year - 1945) as u32;
    let (open, _) = ga_opening(n);
    Some(if date >= open { n } else { n - 1 })
}

/// Security Council resolutions adopted each year: (year, first, last).
/// 1950-1989 from the Council's annual volumes of resolutions and decisions (both ends
/// read, or derived from verified neighbours by consecutive numbering); years whose
/// bounds could not be verified (1946-1949, 1951, 1952, 1954, 1955) are left out, so
/// citations of those years are not checked. 1990-2024 from the conventions file §6.2
/// (official yearly counts where marked). Sources: `data/calendar-sources.md`.
pub const SC_BY_YEAR: &[(i32, u32, u32)] = &[
    (1950, 79, 89),
    (1953, 99, 103),
    (1956, 111, 121),
    (1957, 122, 126), // derived from its verified neighbours
    (1958, 127, 131),
    (1959, 132, 132), // derived from its verified neighbours
    (1960, 133, 160),
    (1961, 161, 170), // derived from its verified neighbours
    (1962, 171, 177),
    (1963, 178, 185), // derived from its verified neighbours
    (1964, 186, 199),
    (1965, 200, 219), // derived from its verified neighbours
    (1966, 220, 232),
    (1967, 233, 244), // derived from its verified neighbours
    (1968, 245, 262),
    (1969, 263, 275), // derived from its verified neighbours
    (1970, 276, 291),
    (1971, 292, 307), // derived from its verified neighbours
    (1972, 308, 324),
    (1973, 325, 344), // derived from its verified neighbours
    (1974, 345, 366),
    (1975, 367, 384),
    (1976, 385, 402), // derived from its verified neighbours
    (1977, 403, 422),
    (1978, 423, 443),
    (1979, 444, 461), // derived from its verified neighbours
    (1980, 462, 484),
    (1981, 485, 499), // derived from its verified neighbours
    (1982, 500, 528),
    (1983, 529, 545), // derived from its verified neighbours
    (1984, 546, 559),
    (1985, 560, 580), // derived from its verified neighbours
    (1986, 581, 593),
    (1987, 594, 606), // derived from its verified neighbours
    (1988, 607, 626),
    (1990, 647, 683),
    (1991, 684, 725),
    (1992, 726, 799),
    (1993, 800, 892),
    (1994, 893, 969),
    (1995, 970, 1035),
    (1996, 1036, 1092),
    (1997, 1093, 1146),
    (1998, 1147, 1219),
    (1999, 1220, 1284),
    (2000, 1285, 1334),
    (2001, 1335, 1386),
    (2002, 1387, 1454),
    (2003, 1455, 1521),
    (2004, 1522, 1580),
    (2005, 1581, 1651),
    (2006, 1652, 1738),
    (2007, 1739, 1794),
    (2008, 1795, 1859),
    (2009, 1860, 1907),
    (2010, 1908, 1966),
    (2011, 1967, 2032),
    (2012, 2033, 2085),
    (2013, 2086, 2132),
    (2014, 2133, 2195),
    (2015, 2196, 2259),
    (2016, 2260, 2336),
    (2017, 2337, 2397),
    (2018, 2398, 2451),
    (2019, 2452, 2503),
    (2020, 2504, 2560),
    (2021, 2561, 2617),
    (2022, 2618, 2671),
    (2023, 2672, 2721),
    (2024, 2722, 2767),
];

/// The first resolution of 2025 (2768); its last is not known here.
const SC_FIRST_UNKNOWN_YEAR: (i32, u32) = (2025, 2768);

/// What the numbering table says about "resolution `number` (`year`)".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScCheck {
    Consistent,
    /// The number was adopted in another year: this one.
    WrongYear(i32),
    /// The year is impossible for this number but the right year is not known.
    Inconsistent,
    /// Not covered by the table.
    Unknown,
}

/// Checks a Security Council resolution number against its year.
pub fn sc_check(number: u32, year: i32) -> ScCheck {
    if let Some(&(_, first, last)) = SC_BY_YEAR.iter().find(|(y, ..)| *y == year) {
        if (first..=last).contains(&number) {
            return ScCheck::Consistent;
        }
        return match sc_year_of(number) {
            Some(y) => ScCheck::WrongYear(y),
            None => ScCheck::Inconsistent,
        };
    }
    let (first_year, first_num) = SC_FIRST_UNKNOWN_YEAR;
    if year >= first_year {
        // Numbers of years the table ends before cannot be cited with a later year.
        if number < first_num {
            return match sc_year_of(number) {
                Some(y) => ScCheck::WrongYear(y),
                None => ScCheck::Inconsistent,
            };
        }
        if year > 2026 {
            return ScCheck::Inconsistent;
        }
        return ScCheck::Unknown;
    }
    let (t0, f0, _) = SC_BY_YEAR[0];
    if year < t0 && year >= 1946 {
        if number >= f0 {
            return match sc_year_of(number) {
                Some(y) => ScCheck::WrongYear(y),
                None => ScCheck::Inconsistent,
            };
        }
        return ScCheck::Unknown;
    }
    if year < 1946 {
        return ScCheck::Inconsistent;
    }
    ScCheck::Unknown
}

/// The year in which Council resolution `number` was adopted, when the table knows.
pub fn sc_year_of(number: u32) -> Option<i32> {
    SC_BY_YEAR
        .iter()
        .find(|(_, f, l)| (*f..=*l).contains(&number))
        .map(|(y, ..)| *y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validity() {
        assert!(!Date::new(2009, 6, 31).is_valid());
        assert!(!Date::new(2005, 2, 29).is_valid());
        assert!(Date::new(2004, 2, 29).is_valid());
        assert!(Date::new(2000, 2, 29).is_valid());
        assert!(!Date::new(1900, 2, 29).is_valid());
        assert!(!Date::new(2009, 13, 1).is_valid());
    }

    #[test]
    fn weekdays() {
        assert_eq!(Date::new(2009, 9, 15).weekday(), 1); // Tuesday
        assert_eq!(Date::new(1970, 1, 1).weekday(), 3); // Thursday
        assert_eq!(Date::new(2009, 9, 15).add_days(365), Date::new(2010, 9, 15));
    }

    #[test]
    fn openings_reproduce_verified_anchors() {
        // The computation must reproduce the anchors it does not list.
        for (n, y, m, d) in [
            (59, 2004, 9, 14),
            (60, 2005, 9, 13),
            (66, 2011, 9, 13),
            (77, 2022, 9, 13),
        ] {
            assert_eq!(ga_opening(n).0, Date::new(y, m, d), "session {n}");
        }
        // And the verified ones through the formula too.
        assert_eq!(ga_opening(64).0, Date::new(2009, 9, 15));
    }

    #[test]
    fn sessions() {
        assert_eq!(
            date_in_ga_session(59, Date::new(2004, 12, 2)),
            InSession::Inside
        );
        assert_eq!(
            date_in_ga_session(59, Date::new(1998, 12, 2)),
            InSession::Outside
        );
        assert_eq!(
            date_in_ga_session(47, Date::new(1993, 9, 20)),
            InSession::Uncertain
        );
        assert_eq!(ga_session_on(Date::new(2009, 8, 11)), Some(63));
        assert_eq!(ga_session_on(Date::new(2025, 12, 1)), Some(80));
    }

    #[test]
    fn security_council() {
        assert_eq!(sc_check(1631, 2005), ScCheck::Consistent);
        assert_eq!(sc_check(2140, 2015), ScCheck::WrongYear(2014));
        assert_eq!(sc_check(2790, 2025), ScCheck::Unknown);
        assert_eq!(sc_check(1631, 2026), ScCheck::WrongYear(2005));
        assert_eq!(sc_check(1631, 1967), ScCheck::WrongYear(2005));
        // The table is ordered, without overlaps, and contiguous where years follow.
        for w in SC_BY_YEAR.windows(2) {
            assert!(w[0].0 < w[1].0 && w[0].2 < w[1].1 && w[0].1 <= w[0].2);
            if w[0].0 + 1 == w[1].0 {
                assert_eq!(w[0].2 + 1, w[1].1, "{w:?}");
            }
        }
        assert_eq!(sc_check(242, 1967), ScCheck::Consistent);
        assert_eq!(sc_check(338, 1973), ScCheck::Consistent);
        assert_eq!(sc_check(598, 1988), ScCheck::WrongYear(1987));
        assert_eq!(sc_check(95, 1951), ScCheck::Unknown);
    }
}
