extension BookingEngine {
    /// A new buyer with a key, for someone signing up over the network. A name any buyer
    /// has already (a terminal user included) is `nameTaken`.
    public func signUp(name: String) async throws(BookingError) -> BuyerCredentials {
        try await noting(.signUp) { () async throws(BookingError) in
            let name = try BuyerName.validate(name)
            let key = BuyerKey.random()
            return try await write { tx, _, time in
                guard try tx.buyerAccount(name) == nil else { throw BookingError.nameTaken(name) }
                try tx.ensureBuyer(name)
                try tx.setKey(hash: key.hash, madeAt: time.now, buyer: name)
                try tx.record(.signedUp(buyer: name), time)
                return BuyerCredentials(name: name, key: key)
            }
        }
    }

    /// A key for `name`, made by an operator: a new buyer, or one who has used only a
    /// terminal so far. A buyer who has a key already keeps it (`rotateKey` replaces it).
    public func addBuyer(name: String) async throws(BookingError) -> BuyerCredentials {
        try await noting(.addBuyer) { () async throws(BookingError) in
            let name = try BuyerName.validate(name)
            let key = BuyerKey.random()
            return try await write { tx, _, time in
                if try tx.buyerAccount(name)?.keyMadeAt != nil { throw BookingError.nameTaken(name) }
                try tx.ensureBuyer(name)
                try tx.setKey(hash: key.hash, madeAt: time.now, buyer: name)
                try tx.record(.keyMade(buyer: name), time)
                return BuyerCredentials(name: name, key: key)
            }
        }
    }

    /// A new key for an existing buyer; the old one stops working at once.
    public func rotateKey(name: String) async throws(BookingError) -> BuyerCredentials {
        try await noting(.keyRotation) { () async throws(BookingError) in
            let name = try BuyerName.validate(name)
            let key = BuyerKey.random()
            return try await write { tx, _, time in
                guard try tx.buyerAccount(name) != nil else { throw BookingError.buyerNotFound(name) }
                try tx.setKey(hash: key.hash, madeAt: time.now, buyer: name)
                try tx.record(.keyReplaced(buyer: name), time)
                return BuyerCredentials(name: name, key: key)
            }
        }
    }

    /// The buyer a key belongs to; `unauthorized` for a malformed or unknown key.
    public func buyer(forKey key: String) async throws(BookingError) -> String {
        guard let key = BuyerKey(key) else { throw .unauthorized }
        let hash = key.hash
        guard let buyer = try await read({ tx, _, _ in try tx.buyer(keyHash: hash) }) else { throw .unauthorized }
        return buyer
    }

    /// Every buyer, by name, with their balance and whether they have a key.
    public func buyers() async throws(BookingError) -> [BuyerAccount] {
        try await read { tx, _, _ in try tx.buyerAccounts() }
    }
}
