extension BookingEngine {
    /// Flow 1: a place in line for `user`. Asking again while the token is live returns
    /// the same token and place. When nobody waits and there is room, the buyer is
    /// admitted at once.
    public func issueToken(user: String) async throws(BookingError) -> QueueStatus {
        try await recording(.queue, "Joining the line", describe: Self.joined) { () async throws(BookingError) in
            let user = try BuyerName.validate(user)
            let now = clock.now()
            return try await perform { try await store.issueToken(user: user, secret: .random(), now: now, policy: configuration) }
        }
    }

    /// Flow 2: the token's place in line (exact), whether it is active, and the
    /// estimated wait. Polling keeps a waiting token alive.
    public func queueStatus(token: TokenID) async throws(BookingError) -> QueueStatus {
        let now = clock.now()
        return try await perform { try await store.queueStatus(token: token, now: now, policy: configuration) }
    }

    /// Flow 3: admits the oldest waiting tokens up to the active capacity. Returns how many.
    @discardableResult
    public func runAdmission() async throws(BookingError) -> Int {
        let now = clock.now()
        let described = { (count: Int) in count > 0 ? "Admitted \(count) from the line" : nil }
        return try await recording(.admission, "Admission", describe: described) { () async throws(BookingError) in
            try await perform { try await store.admit(now: now, policy: configuration) }
        }
    }

    /// Flow 4: deletes tokens past their expiry. Returns how many.
    @discardableResult
    public func sweepExpiredTokens() async throws(BookingError) -> Int {
        let now = clock.now()
        let described = { (count: Int) in count > 0 ? "Deleted " + EngineEvent.counted(count, "expired token") : nil }
        return try await recording(.sweep, "Token sweep", describe: described) { () async throws(BookingError) in
            try await perform { try await store.deleteExpiredTokens(now: now) }
        }
    }

    private static func joined(_ status: QueueStatus) -> String {
        let place = status.position.map { "#\($0) in line" } ?? "admitted"
        return "\(status.user) · token \(status.token.short) · \(place)"
    }
}
