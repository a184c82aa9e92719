extension InspectorKey {
    /// The Korean template.
    public var korean: String {
        switch self {
        case .title: "인스펙터"
        case .qaMode: " · QA 모드"
        case .readingEngine: "엔진을 읽는 중…"
        case .waiting: "대기"
        case .shopping: "예매 중"
        case .shoppingOf: "{0} / {1}"
        case .liveHolds: "선점"
        case .buyers: "구매자"
        case .buyersAndPoints: "{0}명 · {1}P"
        case .admission: "입장 처리"
        case .tokenSweep: "토큰 정리"
        case .holdSweep: "선점 정리"
        case .clock: "시계"
        case .nextRunIn: "{0} 후"
        case .nextRunInSeconds: "{0}초 후"
        case .nextRunDue: "곧 실행"
        case .clockReal: "{0} (실제)"
        case .clockQA: "{0} (QA +{1})"
        case .seats: "좌석"
        case .seatsMore: "좌석 (외 {0}개)"
        case .seatColumns: "판매  선점  잔여"
        case .lastEvents: "최근 이벤트"
        case .nothingYet: "아직 없습니다."
        }
    }
}
