import BookingEngine
import Testing
@testable import BoxOfficeUI

/// Why a PostgreSQL database or a boxoffice server cannot be used, the engine's rare states,
/// and a `postgres://` URL that cannot be read, reach a Korean reader in Korean; in English
/// they keep the sentences they had before they were typed, word for word.
@Suite("PostgreSQL and server problems in both languages")
struct PostgresProblemTests {
    static let database = "postgres://ana@/tour?host=/tmp/pg&port=5432"

    /// Each problem with the English phrase it was said with before it had a case.
    static let storagePhrases: [(StorageProblem, String)] = [
        (.serverUnreachable(database: database),
         "the database server at \(database) is unreachable or restarting; nothing was changed unless the answer said so. "
            + "This is retryable: try again in a moment"),
        (.tooBusy(detail: "could not serialize access due to concurrent update"),
         "the database was too busy to finish the change (could not serialize access due to concurrent update); nothing was changed. "
            + "Try again"),
        (.noSuchDatabase(name: "tour"), "there is no database tour on the server; create it with `createdb tour`"),
        (.userRefused(user: "ana", detail: "password authentication failed for user ana"),
         "the server refused user ana (password authentication failed for user ana); check the user and password in --db"),
        (.permissionDenied(user: "ana", database: "tour", detail: "permission denied for table seat"),
         "user ana may not do that in tour (permission denied for table seat)"),
        (.serverDiskFull, "the disk of the database server is full; free some space and try again"),
        (.noConnectionLeft(detail: "sorry, too many clients already"),
         "the database server has no connection left (sorry, too many clients already); try again in a moment"),
        (.serverError(message: "division by zero", state: "22012"), "PostgreSQL: division by zero (22012)"),
        (.notSetUp(database: database), "\(database) has no boxoffice database yet; create one with `boxoffice new --db '\(database)'`"),
        (.otherProgramsTables(database: database),
         "\(database) holds tables of another program, not a boxoffice database; pick another database with --db"),
        (.otherProgramsDatabase(database: database),
         "\(database) is a database of another program, not a boxoffice one; pick another database with --db"),
        (.newerSchema(database: database, version: 99, known: 3),
         "\(database) was written by a newer version of boxoffice (schema 99, this build knows 3); "
            + "upgrade boxoffice or pick another database with --db"),
        (.lineExhausted, "the line has issued its last number; start a new database"),
        (.waitingPlaceNotKept, "a waiting place could not be kept; try again"),
        (.holdNotConfirmed(reservation: 42), "hold 42 could not be confirmed; nothing was paid"),
        (.answerUnreadable, "the server's answer could not be read"),
        (.answerWithoutReason(status: 502), "the server answered 502 without saying why"),
    ]

    /// Each URL problem with the English sentence it was said with before it had a case.
    static let requestSentences: [(RequestProblem, String)] = [
        (.notPostgresURL(url: "postgres://a b/c"), "postgres://a b/c is not a postgres:// URL; write postgres://user@host:port/dbname"),
        (.unusablePort(url: "postgres://h:0/c"), "postgres://h:0/c has no usable port"),
    ]

    @Test(arguments: storagePhrases)
    func aStorageProblemKeepsItsEnglishAndIsKoreanThroughout(problem: StorageProblem, phrase: String) {
        let error = BookingError.storageFailure(problem)
        #expect(problem.english == phrase)
        #expect(Language.english.message(for: error) == "The booking database cannot be used: \(phrase).")
        #expect(Language.english.message(for: error) == error.message)
        let korean = Language.korean.message(for: error)
        #expect(korean.hasPrefix("예매 데이터베이스를 쓸 수 없습니다: "), "\(korean)")
        #expect(KoreanProblemTests.isKoreanThroughout(korean), "\(korean)")
    }

    @Test(arguments: requestSentences)
    func aURLProblemKeepsItsEnglishAndIsKoreanThroughout(problem: RequestProblem, sentence: String) {
        #expect(problem.english == sentence)
        #expect(Language.english.message(for: .invalidRequest(problem)) == sentence + ".")
        let korean = Language.korean.message(for: .invalidRequest(problem))
        #expect(KoreanProblemTests.isKoreanThroughout(korean), "\(korean)")
        #expect(RequestProblem(key: problem.key, limit: nil) == nil, "a URL cannot be rebuilt from the key alone")
    }

    @Test func theServersOwnWordsStayQuoted() {
        #expect(Language.korean.message(for: .storageFailure(.userRefused(user: "nobody", detail: "role \"nobody\" does not exist")))
            == "예매 데이터베이스를 쓸 수 없습니다: 서버가 nobody 사용자를 거부했습니다(서버 메시지: \"role \"nobody\" does not exist\"). "
                + "--db의 사용자와 비밀번호를 확인하십시오.")
        #expect(Language.korean.message(for: .storageFailure(.serverError(message: "division by zero", state: "22012")))
            == "예매 데이터베이스를 쓸 수 없습니다: PostgreSQL 서버가 오류를 보냈습니다(서버 메시지: \"division by zero\", 오류 코드 22012).")
        #expect(Language.korean.message(for: .storageFailure(.noSuchDatabase(name: "tour")))
            == "예매 데이터베이스를 쓸 수 없습니다: 서버에 tour 데이터베이스가 없습니다. `createdb tour`로 만드십시오.")
    }
}
