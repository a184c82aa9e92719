import BookingEngine
import CoreMetrics
import Prometheus

/// The server's figures for `/metrics`, through swift-metrics with a Prometheus registry
/// of the server's own (no process-wide bootstrap, so several servers can run in one
/// process, as tests do): requests by route, method and status, their durations,
/// requests in flight, and at each scrape the line, the shoppers and the live holds.
final class ServerMetrics: Sendable {
    private let registry = PrometheusCollectorRegistry()
    private let factory: PrometheusMetricsFactory
    private let inFlight: Meter
    private let waiting: CoreMetrics.Gauge
    private let active: CoreMetrics.Gauge
    private let capacity: CoreMetrics.Gauge
    private let holds: CoreMetrics.Gauge

    init() {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
            .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(5),
        ]
        self.factory = factory
        inFlight = Meter(label: "boxoffice_http_requests_in_flight", factory: factory)
        waiting = CoreMetrics.Gauge(label: "boxoffice_line_waiting", factory: factory)
        active = CoreMetrics.Gauge(label: "boxoffice_shoppers_active", factory: factory)
        capacity = CoreMetrics.Gauge(label: "boxoffice_shoppers_capacity", factory: factory)
        holds = CoreMetrics.Gauge(label: "boxoffice_holds_live", factory: factory)
    }

    /// A request started.
    func started() {
        inFlight.increment(by: 1)
    }

    /// A request ended with `status` after `duration`; `route` is its path template.
    func finished(route: String, method: String, status: Int, duration: Duration) {
        inFlight.decrement(by: 1)
        CoreMetrics.Counter(label: "boxoffice_http_requests_total", dimensions: [("route", route), ("method", method), ("status", String(status))], factory: factory)
            .increment()
        CoreMetrics.Timer(label: "boxoffice_http_request_duration_seconds", dimensions: [("route", route), ("method", method)], factory: factory)
            .recordNanoseconds(duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }

    /// The Prometheus text of every figure, with the engine's figures read now.
    func exposition(_ snapshot: EngineSnapshot) -> [UInt8] {
        waiting.record(snapshot.waiting)
        active.record(snapshot.active)
        capacity.record(snapshot.capacity)
        holds.record(snapshot.liveHolds)
        return registry.emitToBuffer()
    }
}
