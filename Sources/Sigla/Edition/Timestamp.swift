public import Foundation

/// When a change was made, and in which time zone, as git records it.
public struct Timestamp: Equatable, Sendable {
    public var date: Date
    /// Minutes east of UTC.
    public var timeZoneOffsetMinutes: Int

    public init(date: Date, timeZoneOffsetMinutes: Int) {
        self.date = date
        self.timeZoneOffsetMinutes = timeZoneOffsetMinutes
    }

    /// Now, in this machine's time zone.
    public static func now() -> Timestamp {
        let date = Date()
        return Timestamp(date: date, timeZoneOffsetMinutes: TimeZone.current.secondsFromGMT(for: date) / 60)
    }

    /// Parses a date as editors give it (`--date`): an ISO 8601 day (`2018-09-15`, taken
    /// as noon UTC), day and time (`2018-09-15T10:30:00`, UTC), or day, time and offset
    /// (`2018-09-15T10:30:00+02:00`).
    ///
    /// - Returns: nil if the text is none of these.
    public init?(parsing text: String) {
        let text = text.trimmingWhitespace()
        let utc = TimeZone(identifier: "UTC")
        let withOffset = ISO8601DateFormatter()
        withOffset.formatOptions = [.withInternetDateTime]
        if let date = withOffset.date(from: text) {
            self.init(date: date, timeZoneOffsetMinutes: Self.offsetMinutes(of: text))
            return
        }
        let dateTime = ISO8601DateFormatter()
        dateTime.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
        dateTime.timeZone = utc
        if let date = dateTime.date(from: text) {
            self.init(date: date, timeZoneOffsetMinutes: 0)
            return
        }
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate, .withDashSeparatorInDate]
        day.timeZone = utc
        if text.count == 10, let date = day.date(from: text) {
            self.init(date: date.addingTimeInterval(12 * 3600), timeZoneOffsetMinutes: 0)
            return
        }
        return nil
    }

    /// The offset written at the end of an RFC 3339 time: `Z`, `+02:00`, `-05:30`.
    private static func offsetMinutes(of text: String) -> Int {
        if text.hasSuffix("Z") || text.hasSuffix("z") { return 0 }
        let sign = text.dropLast(5).last == "-" ? -1 : 1
        let parts = text.suffix(5).split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2 else { return 0 }
        return sign * (parts[0] * 60 + parts[1])
    }
}
