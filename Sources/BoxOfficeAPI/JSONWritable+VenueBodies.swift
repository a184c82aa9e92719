extension GridBoxBody: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("x", Int64(x))
            json.member("y", Int64(y))
            json.member("width", Int64(width))
            json.member("height", Int64(height))
        }
    }
}

extension SectionBody: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("id", id)
            json.member("name", name)
            json.member("grade", grade)
            json.member("price", price)
            json.key("place")
            place.write(to: &json)
            json.member("order", Int64(order))
            json.member("rows", Int64(rows))
            json.member("seatsFree", Int64(seatsFree))
            json.member("seatsTotal", Int64(seatsTotal))
        }
    }
}

extension VenueOverviewBody: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("dateId", dateId)
            json.member("concertId", concertId)
            json.member("concertTitle", concertTitle)
            json.member("venue", venue)
            json.member("timeZone", timeZone)
            json.member("startsAt", startsAt)
            json.member("seatsFree", Int64(seatsFree))
            json.member("seatsTotal", Int64(seatsTotal))
            if let stage {
                json.key("stage")
                stage.write(to: &json)
            }
            json.key("sections")
            sections.write(to: &json)
            json.member("checkedAt", checkedAt)
        }
    }
}

extension SectionSeatsBody: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("dateId", dateId)
            json.key("section")
            section.write(to: &json)
            json.member("firstSeatId", firstSeatId)
            json.key("rows")
            json.array { json in
                for row in rows {
                    json.object { json in
                        json.member("label", row.label)
                        json.key("states")
                        json.array { json in
                            for state in row.states { json.value(state) }
                        }
                    }
                }
            }
            json.key("yourHolds")
            json.array { json in
                for hold in yourHolds {
                    json.object { json in
                        json.member("seatId", hold.seatId)
                        json.member("reservationId", hold.reservationId)
                        json.member("heldUntil", hold.heldUntil)
                    }
                }
            }
            json.member("checkedAt", checkedAt)
        }
    }
}
