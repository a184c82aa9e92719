/// The catalog a chaos run adds: enough seats that the crowds keep holding and paying for
/// the whole run instead of meeting a sold-out house after a few seconds.
enum ChaosCatalog {
    static let text = """
        venues:
          - name: Test Arena
            zone: Asia/Seoul
            stage: [0, 0, 3, 1]
            sections:
              - {name: VIP, grade: VIP, price: 150000, place: [1, 1], rows: 2 x 20}
              - {name: R, grade: R, price: 90000, place: [0, 1], rows: 4 x 20}
              - {name: S, grade: S, price: 50000, place: [2, 1], rows: 4 x 20}
        concerts:
          - title: Chaos Night
            venue: Test Arena
            dates: [{at: +3d 19:00}, {at: +4d 19:00}, {at: +5d 19:00}, {at: +6d 19:00}, {at: +7d 19:00}]
        """
}
