extension SeatMapBody: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("dateId", dateId)
            json.key("seats")
            seats.write(to: &json)
            json.member("concertId", concertId)
            json.member("concertTitle", concertTitle)
            json.member("venue", venue)
            json.member("startsAt", startsAt)
            if let timeZone { json.member("timeZone", timeZone) }
            json.member("seatsFree", Int64(seatsFree))
            json.member("seatsTotal", Int64(seatsTotal))
            json.key("grades")
            json.array { json in
                for grade in grades {
                    json.object { json in
                        json.member("name", grade.name)
                        json.member("price", grade.price)
                    }
                }
            }
            json.member("checkedAt", checkedAt)
        }
    }
}

extension SeatBody: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("id", id)
            json.member("label", label)
            json.member("number", Int64(number))
            if let section { json.member("section", section) }
            if let row { json.member("row", row) }
            if let seatInRow { json.member("seatInRow", Int64(seatInRow)) }
            json.member("grade", grade)
            json.member("price", price)
            json.member("state", state)
            if let reservationId { json.member("reservationId", reservationId) }
            if let heldUntil { json.member("heldUntil", heldUntil) }
        }
    }
}

extension ConcertDateBody: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("id", id)
            json.member("concertId", concertId)
            json.member("startsAt", startsAt)
            json.member("seatsFree", Int64(seatsFree))
            json.member("seatsTotal", Int64(seatsTotal))
            if let timeZone { json.member("timeZone", timeZone) }
        }
    }
}

extension ConcertBody: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("id", id)
            json.member("title", title)
            json.member("venue", venue)
            json.key("dates")
            dates.write(to: &json)
        }
    }
}
