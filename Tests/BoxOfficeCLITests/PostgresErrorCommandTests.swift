import Foundation
import Testing

/// A PostgreSQL database that cannot be used is explained in the run's language, by the real
/// binary: Korean throughout with `--lang ko`, the English sentences unchanged without it.
@Suite("PostgreSQL failures in the run's language")
struct PostgresErrorCommandTests {
    static let unreachable = "postgres://nobody@/nodb?host=/nonexistent-boxoffice-folder"
    static let shownUnreachable = "postgres://nobody@/nodb?host=/nonexistent-boxoffice-folder&port=5432"

    /// The server's administrative database, for cases that need a running server.
    static let admin = ProcessInfo.processInfo.environment["BOXOFFICE_TEST_POSTGRES"]

    @Test func anUnreachableServerIsKoreanInKorean() throws {
        let cli = try CommandRunner()
        let korean = try cli.run(["status", "--db", Self.unreachable, "--lang", "ko"])
        #expect(korean.status == 1)
        #expect(korean.errors == """
            오류: 예매 데이터베이스를 쓸 수 없습니다: \(Self.shownUnreachable)의 데이터베이스 서버에 연결할 수 없거나 서버가 다시 \
            시작하는 중입니다. 응답에서 바뀌었다고 하지 않았다면 아무것도 바뀌지 않았으니 잠시 후 다시 시도하십시오. [STORAGE_FAILURE]

            """)
        let english = try cli.run(["status", "--db", Self.unreachable])
        #expect(english.errors == """
            Error: The booking database cannot be used: the database server at \(Self.shownUnreachable) is unreachable or \
            restarting; nothing was changed unless the answer said so. This is retryable: try again in a moment. [STORAGE_FAILURE]

            """)
    }

    @Test func aURLWithoutAUsablePortIsKoreanInKorean() throws {
        let cli = try CommandRunner()
        let url = "postgres://ana@db.example:0/tour"
        let korean = try cli.run(["status", "--db", url, "--lang", "ko"])
        #expect(korean.errors == "오류: \(url)에는 쓸 수 있는 포트 번호가 없습니다. [INVALID_REQUEST]\n")
        let english = try cli.run(["status", "--db", url])
        #expect(english.errors == "Error: \(url) has no usable port. [INVALID_REQUEST]\n")
    }

    @Test(.enabled(if: admin != nil, "set BOXOFFICE_TEST_POSTGRES to a postgres:// URL (see scripts/postgres-up)"))
    func aMissingDatabaseAndAnUnknownUserAreKoreanInKorean() throws {
        let cli = try CommandRunner()
        let admin = try #require(Self.admin)
        let server = try #require(URLComponents(string: admin))
        var missing = server
        missing.path = "/boxoffice_nowhere"
        let noDatabase = try cli.run(["status", "--db", try #require(missing.string), "--lang", "ko"])
        #expect(noDatabase.errors == "오류: 예매 데이터베이스를 쓸 수 없습니다: 서버에 boxoffice_nowhere 데이터베이스가 없습니다. "
            + "`createdb boxoffice_nowhere`로 만드십시오. [STORAGE_FAILURE]\n")
        var stranger = server
        stranger.user = "boxoffice_stranger"
        stranger.password = nil
        let refused = try cli.run(["status", "--db", try #require(stranger.string), "--lang", "ko"])
        #expect(refused.errors == "오류: 예매 데이터베이스를 쓸 수 없습니다: 서버가 boxoffice_stranger 사용자를 거부했습니다"
            + "(서버 메시지: \"role \"boxoffice_stranger\" does not exist\"). --db의 사용자와 비밀번호를 확인하십시오. [STORAGE_FAILURE]\n")
    }
}
