import Foundation
import Testing

@testable import Sigla

@Suite("Timestamp: dates as editors give them")
struct TimestampTests {
    @Test("A day is taken as noon UTC")
    func day() throws {
        let time = try #require(Timestamp(parsing: "2018-09-15"))
        #expect(time.date.timeIntervalSince1970 == 1_537_012_800)
        #expect(time.timeZoneOffsetMinutes == 0)
    }

    @Test("A time with an offset keeps the offset")
    func offset() throws {
        let east = try #require(Timestamp(parsing: "2018-09-15T10:30:00+02:00"))
        #expect(east.date.timeIntervalSince1970 == 1_537_000_200)
        #expect(east.timeZoneOffsetMinutes == 120)
        let west = try #require(Timestamp(parsing: "2018-09-15T10:30:00-05:30"))
        #expect(west.timeZoneOffsetMinutes == -330)
        #expect(try #require(Timestamp(parsing: "2018-09-15T10:30:00Z")).timeZoneOffsetMinutes == 0)
    }

    @Test("A time without offset is UTC")
    func utc() throws {
        let time = try #require(Timestamp(parsing: "2018-09-15T10:30:00"))
        #expect(time.date.timeIntervalSince1970 == 1_537_007_400)
    }

    @Test("Anything else is not a date", arguments: ["", "yesterday", "15/09/2018", "2018-13-01", "2018-09"])
    func refusesOtherText(text: String) {
        #expect(Timestamp(parsing: text) == nil)
    }
}
