import BookingEngine
import Testing

/// Token ids as the engine spells them: a random secret, a dash, the number in line.
@Suite struct TokenIDTests {
    /// Every secret is 32 lowercase hex digits, no two alike, and no digit position is
    /// stuck: over a thousand secrets each position shows at least 8 of the 16 digits (a
    /// uniform digit misses that with odds far below one in 10^300).
    @Test func secretsAreRandomHexInEveryPosition() {
        let secrets = (0..<1_000).map { _ in TokenSecret.random().hex }
        #expect(secrets.allSatisfy { TokenSecret(hex: $0)?.hex == $0 })
        #expect(Set(secrets).count == secrets.count)
        let columns = (0..<32).map { position in Set(secrets.map { Array($0.utf8)[position] }) }
        #expect(columns.allSatisfy { $0.count >= 8 })
    }

    /// Only 32 lowercase hex digits make a secret.
    @Test(arguments: ["", "0123", String(repeating: "a", count: 31), String(repeating: "a", count: 33),
                      String(repeating: "A", count: 32), String(repeating: "g", count: 32), String(repeating: "é", count: 16)])
    func otherSpellingsAreNoSecret(_ text: String) {
        #expect(TokenSecret(hex: text) == nil)
    }
}
