import BookingEngine

extension Language {
    /// What a policy setting is, in words (`capacity (buyers shopping at once)`).
    public func meaning(of setting: PolicySetting) -> String {
        let key: CommandKey = switch setting {
        case .activeLimit: .settingActiveLimit
        case .admitEvery: .settingAdmitEvery
        case .holdLimit: .settingHoldLimit
        case .holdFor: .settingHoldFor
        case .activeTTL: .settingActiveTTL
        case .waitingTTL: .settingWaitingTTL
        case .sweepEvery: .settingSweepEvery
        case .tokenSweepEvery: .settingTokenSweepEvery
        case .maxTopUp: .settingMaxTopUp
        case .balanceCeiling: .settingBalanceCeiling
        }
        return text(key)
    }
}
