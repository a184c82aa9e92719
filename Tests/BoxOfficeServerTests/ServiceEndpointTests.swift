import BoxOfficeAPI
import Foundation
import HTTPTypes
import Testing

@Suite("Service endpoints and routes")
struct ServiceEndpointTests {
    @Test("healthz is ok; metrics count requests by route and status and show the line; the OpenAPI document is served")
    func service() async throws {
        try await TestServer().run { client in
            let health = try await client.call(.get, "/healthz")
            #expect(health.status == .ok)
            #expect(try health.decode(HealthBody.self).status == "ok")
            _ = try await client.token(try await client.signUp("ana"))
            let metrics = try await client.call(.get, "/metrics")
            #expect(metrics.status == .ok)
            #expect(metrics.text.contains(#"boxoffice_http_requests_total{route="/queue/token",method="POST",status="201"} 1"#))
            #expect(metrics.text.contains("boxoffice_shoppers_active 1"))
            #expect(metrics.text.contains("boxoffice_http_request_duration_seconds_bucket"))
            let document = try await client.call(.get, "/openapi.yaml")
            #expect(document.status == .ok && document.text.hasPrefix("openapi: 3.1.0"))
            for path in ["/buyers", "/queue/token", "/queue/position", "/concerts/{concertId}/dates/{dateId}/seats", "/payments", "/bookings"] {
                #expect(document.text.contains("  \(path):"), "\(path)")
            }
        }
    }

    @Test("an unknown path is 404 NOT_FOUND; a known path with another method 405 with Allow")
    func routes() async throws {
        try await TestServer().run { client in
            let unknown = try await client.call(.get, "/nowhere")
            #expect(unknown.status == .notFound && unknown.code == "NOT_FOUND")
            let method = try await client.call(.put, "/points")
            #expect(method.status == .methodNotAllowed && method.code == "METHOD_NOT_ALLOWED")
            #expect(method.headers[.allow] == "GET, POST")
            let templated = try await client.call(.get, "/reservations/5")
            #expect(templated.status == .methodNotAllowed && templated.headers[.allow] == "DELETE")
            // A literal path beside a template (`/reservations/best` and `/reservations/:id`) is
            // its own resource, whatever order the table keeps them in.
            for method in [HTTPRequest.Method.options, .get, .put, .delete] {
                let best = try await client.call(method, "/reservations/best")
                #expect(best.status == .methodNotAllowed && best.headers[.allow] == "POST", "\(method)")
            }
        }
    }
}
