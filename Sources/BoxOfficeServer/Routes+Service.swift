import BoxOfficeAPI
import Hummingbird
import NIOCore

extension Routes {
    /// `/healthz`, `/metrics`, `/openapi.yaml`, and beyond API.md `/policy` and `/events`.
    var serviceEndpoints: [Endpoint] {
        [
            Endpoint(.get, "/healthz") { _, _ in
                _ = try await engine.changeMark()
                return try JSONResponse.make(HealthBody(status: "ok"))
            },
            Endpoint(.get, "/metrics") { _, _ in
                let text = metrics.exposition(try await engine.snapshot())
                return Response(
                    status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                    body: ResponseBody(byteBuffer: ByteBuffer(bytes: text)))
            },
            Endpoint(.get, "/openapi.yaml") { _, _ in
                Response(
                    status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: openAPI)))
            },
            Endpoint(.get, "/policy") { _, _ in
                _ = try await engine.changeMark()
                return try JSONResponse.make(PolicyBody(engine.configuration))
            },
            Endpoint(.get, "/events") { _, _ in
                Response(
                    status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                    body: ResponseBody { writer in try await changes.stream(to: &writer) })
            }
        ]
    }
}
