import Foundation

extension EngineEvent.Detail {
    /// The detail as a store keeps it, in the `detail` column of `event`: JSON text with
    /// sorted keys, `{"held":{"concert":"…","seats":[…]}}`.
    public func json() throws(BookingError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self), let text = String(data: data, encoding: .utf8) else {
            throw .storageFailure(.said("an event's detail could not be written as JSON"))
        }
        return text
    }

    /// The detail a store kept as `json`; nil for none, or for one this build cannot read
    /// (written by a newer build, or damaged): the event's text stands for it then.
    public init?(json: String?) {
        guard let json, let detail = try? JSONDecoder().decode(Self.self, from: Data(json.utf8)) else { return nil }
        self = detail
    }
}
