/// Why a request was refused as a whole (`INVALID_REQUEST`): a key that a client words in
/// its reader's language, with the figures the sentence speaks of. `english` is the
/// sentence for logs and for HTTP clients.
public enum RequestProblem: Sendable, Equatable {
    /// A hold of no seats.
    case noSeatsPicked
    /// A hold that lists one seat twice.
    case seatPickedTwice
    /// A hold, or best available, for a performance that has begun.
    case performanceStarted
    /// Best available asked for no seats.
    case noSeatsAskedFor
    /// Best available asked for more seats than anybody may hold.
    case tooManySeatsAskedFor(limit: Int)
    /// A payment for no holds.
    case noHoldsPicked
    /// A payment that lists one hold twice.
    case holdListedTwice
    /// Holds whose prices add up past what a payment can carry.
    case totalTooLarge
    /// A QA clock move of no time or backward.
    case clockBackward
    /// A QA clock move on a database not created in QA mode.
    case notQAMode
    /// QA clock moves past a year in all.
    case clockTooFar
    /// A QA run on a database not created in QA mode.
    case notCreatedInQAMode
    /// A first catalog given for a database that has one already.
    case catalogAlreadyThere(file: String)
    /// An idempotency key that is not 1 to 255 visible ASCII characters.
    case requestKeyInvalid
    /// A store that has no audit of its own.
    case auditUnsupported
    /// A policy setting changed to a value that makes the policy unusable.
    case policySettingUnusable(setting: PolicySetting, value: Int64, problem: PolicyProblem)
    /// A policy, as a whole, that cannot be used.
    case policyUnusable(problem: PolicyProblem)
    /// The inspector asked to read a server's engine; it reads only a database on this machine.
    case inspectorNeedsLocalDatabase
    /// A request body that could not be encoded.
    case requestNotWritten
    /// A server that did not answer a request that must not be sent twice.
    case serverDidNotAnswer
    /// A request given up because its task was cancelled.
    case cancelled
    /// A `--db` that starts like a PostgreSQL URL but cannot be read as one.
    case notPostgresURL(url: String)
    /// A PostgreSQL URL whose port is outside 1 to 65535.
    case unusablePort(url: String)
    /// A sentence from elsewhere, shown as it is: a server's own message.
    case said(String)

    /// The key of the problem, as HTTP error bodies carry it in `reason`.
    public var key: String {
        switch self {
        case .noSeatsPicked: "noSeatsPicked"
        case .seatPickedTwice: "seatPickedTwice"
        case .performanceStarted: "performanceStarted"
        case .noSeatsAskedFor: "noSeatsAskedFor"
        case .tooManySeatsAskedFor: "tooManySeatsAskedFor"
        case .noHoldsPicked: "noHoldsPicked"
        case .holdListedTwice: "holdListedTwice"
        case .totalTooLarge: "totalTooLarge"
        case .clockBackward: "clockBackward"
        case .notQAMode: "notQAMode"
        case .clockTooFar: "clockTooFar"
        case .notCreatedInQAMode: "notCreatedInQAMode"
        case .catalogAlreadyThere: "catalogAlreadyThere"
        case .requestKeyInvalid: "requestKeyInvalid"
        case .auditUnsupported: "auditUnsupported"
        case .policySettingUnusable: "policySettingUnusable"
        case .policyUnusable: "policyUnusable"
        case .inspectorNeedsLocalDatabase: "inspectorNeedsLocalDatabase"
        case .requestNotWritten: "requestNotWritten"
        case .serverDidNotAnswer: "serverDidNotAnswer"
        case .cancelled: "cancelled"
        case .notPostgresURL: "notPostgresURL"
        case .unusablePort: "unusablePort"
        case .said: "said"
        }
    }

    /// The problem a `key` (and `limit`, for the one that has it) names; nil for keys that
    /// need more than that, or none known, which a client shows as `said` with the message.
    public init?(key: String, limit: Int64?) {
        let plain: [RequestProblem] = [
            .noSeatsPicked, .seatPickedTwice, .performanceStarted, .noSeatsAskedFor, .noHoldsPicked, .holdListedTwice,
            .totalTooLarge, .clockBackward, .notQAMode, .clockTooFar, .notCreatedInQAMode, .requestKeyInvalid, .auditUnsupported,
            .inspectorNeedsLocalDatabase, .requestNotWritten, .serverDidNotAnswer, .cancelled,
        ]
        if let found = plain.first(where: { $0.key == key }) {
            self = found
        } else if key == "tooManySeatsAskedFor", let limit, let count = Int(exactly: limit) {
            self = .tooManySeatsAskedFor(limit: count)
        } else {
            return nil
        }
    }

    /// The sentence in English, without a final period.
    public var english: String {
        switch self {
        case .noSeatsPicked: "Pick at least one seat to hold"
        case .seatPickedTwice: "The same seat was picked twice"
        case .performanceStarted: "That performance has already started; pick an upcoming date"
        case .noSeatsAskedFor: "Ask for at least one seat"
        case .tooManySeatsAskedFor(let limit): "Ask for 1 to \(limit) seats: nobody may hold more at once"
        case .noHoldsPicked: "Pick at least one hold to pay for"
        case .holdListedTwice: "The same hold was listed twice"
        case .totalTooLarge: "The total of these holds is too large to pay at once"
        case .clockBackward: "The clock can only be moved forward"
        case .notQAMode: "This database is not in QA mode, so its clock cannot be moved; start QA on a new file with --qa"
        case .clockTooFar: "The QA clock can be moved forward by at most a year in all"
        case .notCreatedInQAMode:
            "This database was not created in QA mode, so its clock cannot be moved; start QA on a new file with --qa --db"
        case .catalogAlreadyThere(let file):
            "This database already has a catalog, so \(file) was not used as its first one; add it with `boxoffice catalog load \(file)`"
        case .requestKeyInvalid: "A request key must be 1 to 255 visible ASCII characters"
        case .auditUnsupported: "This store cannot audit itself"
        case .policySettingUnusable(let setting, let value, let problem): "\(setting.rawValue) cannot be \(setting.text(value)): \(problem.english)"
        case .policyUnusable(let problem): "The policy is not usable: \(problem.english)"
        case .inspectorNeedsLocalDatabase: "The inspector shows a database on this machine, not a server's"
        case .requestNotWritten: "The request could not be written"
        case .serverDidNotAnswer: "The server did not answer; try again"
        case .cancelled: "Cancelled"
        case .notPostgresURL(let url): "\(url) is not a postgres:// URL; write postgres://user@host:port/dbname"
        case .unusablePort(let url): "\(url) has no usable port"
        case .said(let sentence): sentence
        }
    }
}
