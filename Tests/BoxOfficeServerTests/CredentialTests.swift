import BoxOfficeAPI
import Testing

@Suite("Credentials")
struct CredentialTests {
    @Test("no, malformed or unknown credentials are 401 with WWW-Authenticate: Bearer")
    func unauthorized() async throws {
        try await TestServer().run { client in
            let unknownKey = "bk_" + String(repeating: "ab", count: 24)
            for bearer in [nil, "", "bk_short", "qt_nothing", unknownKey] as [String?] {
                let answer = try await client.call(.get, "/points", bearer: bearer)
                #expect(answer.status == .unauthorized, "\(bearer ?? "none")")
                #expect(answer.code == "UNAUTHORIZED")
                #expect(answer.headers[.wwwAuthenticate] == "Bearer")
            }
            let basic = try await client.call(.get, "/points", headers: [.authorization: "Basic dXNlcjpwYXNz"])
            #expect(basic.status == .unauthorized)
        }
    }

    @Test("the scheme word is case-insensitive; the wrong kind of credential is 403 FORBIDDEN")
    func kinds() async throws {
        try await TestServer().run { client in
            let key = try await client.signUp("ana")
            let lower = try await client.call(.get, "/points", headers: [.authorization: "bearer " + key])
            #expect(lower.status == .ok)
            let token = try await client.token(key)
            let tokenForPoints = try await client.call(.get, "/points", bearer: token)
            #expect(tokenForPoints.status == .forbidden)
            #expect(tokenForPoints.code == "FORBIDDEN")
            let keyForConcerts = try await client.call(.get, "/concerts", bearer: key)
            #expect(keyForConcerts.status == .forbidden)
            #expect(keyForConcerts.code == "FORBIDDEN")
        }
    }

    @Test("a well-formed token the engine does not know is 404 TOKEN_NOT_FOUND")
    func unknownToken() async throws {
        try await TestServer().run { client in
            let key = try await client.signUp("ana")
            let token = try await client.token(key)
            let forged = "qt_" + String(repeating: "0", count: 32) + "-1"
            let answer = try await client.call(.get, "/queue/position", bearer: forged)
            #expect(answer.status == .notFound)
            #expect(answer.code == "TOKEN_NOT_FOUND")
            #expect(try await client.call(.get, "/queue/position", bearer: token).status == .ok)
        }
    }

    @Test("a rotated key stops working at once; the new one works")
    func rotation() async throws {
        let server = try await TestServer()
        try await server.run { client in
            let old = try await client.signUp("ana")
            let new = try await server.engine.rotateKey(name: "ana").key.value
            #expect(try await client.call(.get, "/points", bearer: old).status == .unauthorized)
            #expect(try await client.call(.get, "/points", bearer: new).status == .ok)
        }
    }
}
