extension TokenID {
    /// Whether the id is spelled as the engine spells token ids (a secret, a dash, a
    /// number in hex). A well-formed id may still name no token.
    public var isWellFormed: Bool { parts != nil }
}
