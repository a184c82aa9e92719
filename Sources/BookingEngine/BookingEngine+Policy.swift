extension BookingEngine {
    /// The database's policy as stored now.
    public func policy() async throws(BookingError) -> EngineConfiguration {
        try await read { _, state, _ in state.policy }
    }

    /// Changes one setting of the database's policy, for every process on it, and records
    /// the change as an event. Returns the policy after the change.
    @discardableResult
    public func setPolicy(_ setting: PolicySetting, to value: Int64) async throws(BookingError) -> EngineConfiguration {
        try await noting(.policyChange) { () async throws(BookingError) in
            try await write { tx, state, time in
                let before = setting.value(in: state.policy)
                var policy = state.policy
                setting.set(value, in: &policy)
                if let problem = policy.problems.first {
                    throw BookingError.invalidRequest(.policySettingUnusable(setting: setting, value: value, problem: problem))
                }
                guard policy != state.policy else { return policy }
                state.policy = policy
                try tx.record(.policyChanged(setting: setting, before: before, after: value), time)
                return policy
            }
        }
    }
}
