import BoxOfficeAPI
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Bodies in and out as API.md has them: JSON, `application/json; charset=utf-8`.
enum JSONResponse {
    static let contentType = "application/json; charset=utf-8"

    /// A JSON response of `value` with `status`.
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        respond(ByteBuffer(bytes: try JSONEncoder().encode(value)), status: status, headers: headers)
    }

    /// A JSON response of a body that writes its own JSON.
    static func make(_ value: some JSONWritable & Encodable, status: HTTPResponse.Status = .ok) -> Response {
        var json = JSONWriter(capacity: 4096)
        value.write(to: &json)
        return respond(ByteBuffer(bytes: json.bytes), status: status, headers: [:])
    }

    private static func respond(_ body: ByteBuffer, status: HTTPResponse.Status, headers: HTTPFields) -> Response {
        var fields = headers
        fields[.contentType] = contentType
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: body))
    }

    /// The error's response.
    static func make(_ error: APIError) -> Response {
        (try? make(error.body, status: error.status, headers: error.headers))
            ?? Response(status: error.status, headers: error.headers)
    }
}

extension Request {
    /// The body decoded as `T`: 413 past the size limit, 400 INVALID_REQUEST for anything
    /// that is not JSON of that shape (unknown fields are ignored).
    func decode<T: Decodable>(_ type: T.Type) async throws -> T {
        var request = self
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: APIError.maxBody)
        } catch is NIOTooManyBytesError {
            throw APIError.payloadTooLarge
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch {
            throw APIError.invalidRequest("The body is not the JSON this endpoint takes: \(Self.describe(error)).")
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _): "the field \(key.stringValue) is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            context.codingPath.isEmpty ? "it is not valid JSON" : "\(context.codingPath.map(\.stringValue).joined(separator: ".")) has the wrong type"
        default: "it is not valid JSON"
        }
    }
}
