extension ErrorKey {
    /// The Korean template.
    public var korean: String {
        switch self {
        case .tokenNotFound: "대기 순번을 찾을 수 없습니다. 대기열에 다시 들어가세요."
        case .tokenExpired: "대기 순번이 만료되었습니다. 대기열에 다시 들어가세요."
        case .tokenNotActive: "아직 대기 중입니다 ({0}번째). 입장할 때까지 기다려 주세요."
        case .concertNotFound: "{0}번 공연이 없습니다. 목록에서 공연을 고르세요."
        case .dateNotFound: "이 공연에 {0}번 회차가 없습니다. 목록에서 날짜를 고르세요."
        case .seatNotFound: "이 회차에 {0}번 좌석이 없습니다. 배치도에서 좌석을 고르세요."
        case .sectionNotFound: "{0}번 구역은 이 회차의 공연장에 없습니다. 배치도에서 구역을 고르세요."
        case .notEnoughSeatsOne: "빈 좌석이 {0}석 남은 구역이 없습니다. 다른 구역이나 등급을 고르세요."
        case .notEnoughSeatsMany: "붙은 빈 좌석이 {0}석 남은 구역이 없습니다. 좌석 수를 줄이거나 다른 구역이나 등급을 고르세요."
        case .seatUnavailable: "고른 좌석을 방금 다른 구매자가 선점했습니다. 다른 좌석을 고르세요."
        case .holdLimitReached: "한 번에 최대 {0}석까지 선점할 수 있습니다. 먼저 결제하거나 선점을 취소하세요."
        case .holdExpired: "선점 시간이 지나 좌석이 해제되었습니다. 좌석을 다시 고르세요."
        case .reservationNotFound: "{0}번 예약이 없습니다."
        case .notYourReservation: "{0}번 예약은 다른 구매자의 예약입니다."
        case .alreadyPaid: "{0}번 예약은 이미 결제되었습니다."
        case .notEnoughPoints: "포인트가 {2}P 부족합니다 (보유 {0}P, 필요 {1}P)."
        case .amountNotANumber: "충전할 포인트를 숫자로만 입력하세요."
        case .amountNotPositive: "1포인트 이상 입력하세요."
        case .amountOverChargeLimit: "1회 충전은 최대 {0}포인트입니다."
        case .amountOverBalanceCeiling: "잔액은 최대 {0}포인트까지입니다. {1}포인트까지 더 충전할 수 있습니다."
        case .invalidUserName: "이 이름은 쓸 수 없습니다: {0}."
        case .nameTaken: "{0}은(는) 이미 쓰이는 이름입니다. 다른 이름을 고르세요."
        case .unauthorized: "구매자 키로 로그인하세요. 키를 잃어버렸다면 매표소에 새 키를 요청하세요."
        case .buyerNotFound: "{0}이라는 구매자가 없습니다. 이름을 확인하세요."
        case .idempotencyKeyReused: "이 요청 키는 다른 요청에 이미 쓰였습니다. 요청을 처음부터 다시 하세요."
        case .policyConflict:
            "이 데이터베이스의 {0}은(는) {1}입니다 (요청한 값 {2}). 정책은 데이터베이스가 정합니다: --{3}을(를) 빼거나, "
                + "모두에게 바꾸려면 `boxoffice config set {3} {2}`를 실행하세요."
        case .invalidRequest: "요청을 처리할 수 없습니다: {0}."
        case .invalidCatalogLine: "카탈로그 {0}번째 줄: {1}."
        case .invalidCatalogFile: "카탈로그: {0}."
        case .storageFailure: "예매 데이터베이스를 쓸 수 없습니다: {0}."
        }
    }
}
