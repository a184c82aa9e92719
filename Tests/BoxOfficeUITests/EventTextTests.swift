import BookingEngine
import Testing
@testable import BoxOfficeUI

/// Events read in the reader's language, seats named by their place as every other screen
/// names them; an event without a detail reads as it was stored.
@Suite struct EventTextTests {
    static let moment = Timestamp(milliseconds: 0)
    static func seat(_ number: Int, _ inRow: Int) -> EngineEvent.Seat {
        EngineEvent.Seat(section: "F2", row: "12", seat: inRow, number: number)
    }
    static let hold = EngineEvent(at: moment, detail: .held(seats: [seat(3692, 7), seat(3693, 8)], concert: "아이유 콘서트"))

    @Test func aHoldNamesItsSeatsBySectionRowAndSeatInKorean() {
        #expect(EventText.line(Self.hold, .korean) == "F2구역 12열 7–8번 선점 · 아이유 콘서트")
        #expect(EventText.tag(Self.hold.kind, .korean) == "선점")
    }

    @Test func aHoldNamesItsSeatsByPlaceNotByOrdinalInEnglish() {
        let line = EventText.line(Self.hold, .english)
        #expect(line == "Held F2 · row 12 · seats 7–8 · 아이유 콘서트")
        #expect(!line.contains("3692"))
        #expect(EventText.tag(Self.hold.kind, .english) == "hold")
    }

    @Test func anEventWithoutDetailReadsAsStored() {
        let old = EngineEvent(at: Self.moment, kind: .hold, text: "Held seat 3692 · Old Show")
        #expect(EventText.line(old, .korean) == "Held seat 3692 · Old Show")
        #expect(EventText.line(old, .english) == "Held seat 3692 · Old Show")
    }

    @Test func paymentsTopUpsAndFailuresReadInKorean() {
        let payment = EngineEvent(at: Self.moment, detail: .paid(amount: 330_000, seats: [Self.seat(5, 5)], payment: 9))
        #expect(EventText.line(payment, .korean) == "F2구역 12열 5번 330,000P 결제 (결제 #9)")
        #expect(EventText.line(payment, .english) == "Paid 330,000 pts for F2 · row 12 · seat 5 (payment #9)")
        let charge = EngineEvent(at: Self.moment, detail: .charged(buyer: "민지", amount: 30_000, balance: 330_000))
        #expect(EventText.line(charge, .korean) == "민지 +30,000P · 잔액 330,000P")
        let failure = EngineEvent(at: Self.moment, detail: .failed(operation: .hold, code: "SEAT_UNAVAILABLE"))
        #expect(EventText.line(failure, .korean) == "선점 실패: 이미 나간 좌석")
        #expect(EventText.line(failure, .english) == "Hold failed: seat already taken")
        let newer = EngineEvent(at: Self.moment, detail: .failed(operation: .payment, code: "SOMETHING_NEW"))
        #expect(EventText.line(newer, .korean) == "결제 실패: SOMETHING_NEW", "a code this build does not know shows as it is")
    }

    /// The catalog's English says what the engine's stored English says, so a detail reads
    /// the same in English whether a client words it or shows the stored text; a failure
    /// aside, whose stored text names its error code for logs.
    @Test(arguments: [
        EngineEvent.Detail.joinedLine(buyer: "지훈", token: "9f8e7d6c", position: 12), .joinedLine(buyer: "ana", token: "0a1b2c3d", position: nil),
        .admitted(count: 3), .tokensDeleted(count: 1), .tokensDeleted(count: 4), .holdsCancelled(count: 1), .holdsCancelled(count: 2),
        .released(reservation: 12, seat: seat(26, 1)), .released(reservation: 13, seat: nil), .charged(buyer: "민지", amount: 30_000, balance: 330_000),
        .catalogLoaded(first: true, concerts: 3, dates: 5), .catalogLoaded(first: false, concerts: 1, dates: 1),
        .clockMoved(milliseconds: 300_000), .clockMoved(milliseconds: 90_000), .policyChanged(setting: .holdFor, before: 300_000, after: 90_000),
        .signedUp(buyer: "ana"), .keyMade(buyer: "ana"), .keyReplaced(buyer: "ana"),
        .held(seats: [seat(26, 1)], concert: "Show"),
        .walkedAway(buyer: "crowd-0042", seats: 1), .walkedAway(buyer: "crowd-0042", seats: 2),
        .gaveUpWaiting(buyer: "crowd-0042", position: 12), .leftEmptyHanded(buyer: "crowd-0042"),
    ])
    func englishReadsAsTheStoredText(detail: EngineEvent.Detail) {
        let event = EngineEvent(at: Self.moment, detail: detail)
        #expect(EventText.line(event, .english) == event.text)
    }

    @Test(arguments: EngineEvent.Operation.allCases) func everyFailureReadsInKorean(operation: EngineEvent.Operation) {
        let line = EventText.line(EngineEvent(at: Self.moment, detail: .failed(operation: operation, code: "STORAGE_FAILURE")), .korean)
        #expect(line.contains { ("가"..."힣").contains($0) }, "\(operation) reads \(line)")
    }

    /// Every engine error code reads as a short phrase in both languages, never as the code.
    @Test func everyErrorCodeReadsAsAPhrase() {
        let errors: [BookingError] = [
            .tokenNotFound, .tokenExpired, .tokenNotActive(position: 1), .concertNotFound(ConcertID(1)), .dateNotFound(DateID(1)),
            .seatNotFound(SeatID(1)), .sectionNotFound(SectionID(1)), .seatUnavailable(seatNumber: 1), .holdLimitReached(limit: 4),
            .notEnoughSeats(wanted: 2), .holdExpired, .reservationNotFound(ReservationID(1)), .notYourReservation(ReservationID(1)),
            .alreadyPaid(ReservationID(1)), .notEnoughPoints(balance: 0, needed: 1), .invalidAmount(.notANumber),
            .invalidUserName(.empty), .nameTaken("ana"), .unauthorized, .buyerNotFound("ana"), .idempotencyKeyReused,
            .policyConflict(setting: .holdFor, stored: 1, requested: 2), .invalidRequest(.noSeatsPicked),
            .invalidCatalog(line: 1, problem: .noConcerts), .storageFailure(.emptyPath),
        ]
        for error in errors {
            let english = EventText.failure(error.code, .english)
            let korean = EventText.failure(error.code, .korean)
            #expect(english != error.code && english.first?.isLowercase == true, "\(error.code) reads \(english)")
            #expect(korean.contains { ("가"..."힣").contains($0) }, "\(error.code) reads \(korean)")
        }
        let payment = EngineEvent(at: Self.moment, detail: .failed(operation: .payment, code: "NOT_ENOUGH_POINTS"))
        #expect(EventText.line(payment, .korean) == "결제 실패: 포인트 부족")
        #expect(EventText.line(payment, .english) == "Payment failed: not enough points")
    }

    @Test func theCrowdsNotesReadInKorean() {
        let walked = EngineEvent(at: Self.moment, detail: .walkedAway(buyer: "crowd-0042", seats: 2))
        #expect(walked.kind == .note)
        #expect(EventText.line(walked, .korean) == "crowd-0042: 선점한 2석을 두고 떠남")
        #expect(EventText.line(walked, .english) == "crowd-0042 walked away from 2 held seats")
        let gaveUp = EngineEvent(at: Self.moment, detail: .gaveUpWaiting(buyer: "crowd-0042", position: 12))
        #expect(EventText.line(gaveUp, .korean) == "crowd-0042: 대기 12번째에서 기다리기를 포기함")
        let left = EngineEvent(at: Self.moment, detail: .leftEmptyHanded(buyer: "crowd-0042"))
        #expect(EventText.line(left, .korean) == "crowd-0042: 살 좌석이 없어 떠남")
    }

    @Test(arguments: EngineEvent.Kind.allCases) func everyKindHasATagInBothLanguages(kind: EngineEvent.Kind) {
        #expect(EventText.tag(kind, .english) == kind.rawValue)
        #expect(EventText.tag(kind, .korean).contains { ("가"..."힣").contains($0) })
    }
}
