import Hummingbird
import NIOCore

/// What the server knows about one request besides the request itself: who sent it.
public struct ServerContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The TCP peer (proxies' forwarding headers are not trusted).
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The largest body read (API.md: 65,536 bytes, chunked bodies too).
    public var maxUploadSize: Int { APIError.maxBody }
}
