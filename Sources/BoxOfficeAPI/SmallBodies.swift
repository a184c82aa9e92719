import BookingEngine

/// `POST /buyers`'s body.
public struct SignUpRequest: Codable, Sendable, Equatable {
    public var name: String
    public init(name: String) { self.name = name }
}

/// `POST /buyers`'s answer: the name as stored (NFC) and the key, shown once.
public struct BuyerBody: Codable, Sendable, Equatable {
    public var name: String
    public var key: String
    public init(_ credentials: BuyerCredentials) {
        name = credentials.name
        key = credentials.key.value
    }
}

/// `POST /reservations`'s body.
public struct HoldRequest: Codable, Sendable, Equatable {
    public var seats: [Int64]
    public init(seats: [Int64]) { self.seats = seats }
}

/// `POST /payments`'s body.
public struct PaymentRequest: Codable, Sendable, Equatable {
    public var reservations: [Int64]
    public init(reservations: [Int64]) { self.reservations = reservations }
}

/// `POST /points`'s body.
public struct TopUpRequest: Codable, Sendable, Equatable {
    public var amount: Int64
    public init(amount: Int64) { self.amount = amount }
}

/// `GET /points` and `POST /points`'s answer.
public struct BalanceBody: Codable, Sendable, Equatable {
    public var balance: Int64
    public init(balance: Int64) { self.balance = balance }
}

/// `GET /healthz`'s answer.
public struct HealthBody: Codable, Sendable, Equatable {
    public var status: String
    public init(status: String) { self.status = status }
}
