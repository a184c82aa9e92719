/// How `boxoffice serve` listens and limits.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// Sign-ups per minute per client address; 0 turns the limit off.
    public var signUpsPerMinute: Int
    /// Token issues per minute per client address; 0 turns the limit off.
    public var tokenIssuesPerMinute: Int
    /// Whether loopback addresses are limited too.
    public var limitsLoopback: Bool
    /// Whether this server runs the engine's schedulers for its database.
    public var runsSchedulers: Bool

    public init(
        host: String = "127.0.0.1", port: Int = 8080, signUpsPerMinute: Int = 20, tokenIssuesPerMinute: Int = 600,
        limitsLoopback: Bool = false, runsSchedulers: Bool = true
    ) {
        self.host = host
        self.port = port
        self.signUpsPerMinute = signUpsPerMinute
        self.tokenIssuesPerMinute = tokenIssuesPerMinute
        self.limitsLoopback = limitsLoopback
        self.runsSchedulers = runsSchedulers
    }
}
