/// The catalog a chaos run adds: enough seats that the crowds keep holding and paying for
/// the whole run instead of meeting a sold-out house after a few seconds.
enum ChaosCatalog {
    static let text = """
        concert: Chaos Night
          venue: Test Arena
          grade: VIP 1-40 150000
          grade: R 41-120 90000
          grade: S 121-200 50000
          date: +3d 19:00 +09:00
          date: +4d 19:00 +09:00
          date: +5d 19:00 +09:00
          date: +6d 19:00 +09:00
          date: +7d 19:00 +09:00
        """
}
