import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of a cache file, mapped into memory rather than read.
///
/// A command that needs one section's block of a file touches only the pages of that
/// block: reading the whole file into a buffer, then copying it into an array, cost a
/// decision more than decoding did. Cache files are only ever replaced by renaming a new
/// file over them (``CacheFile/store(_:key:)``), never rewritten in place, so a mapping
/// keeps the bytes it was made with for as long as it lives.
final class CacheBytes: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    private let release: () -> Void

    /// Maps the regular file at `path`; nil when there is none or it cannot be mapped.
    init?(mapping path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(status.st_size)
        guard size > 0 else {
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            release = {}
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            return nil
        }
        bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
        release = { munmap(address, size) }
    }

    /// A copy of `data`, for bytes that are not in a file.
    init(copying data: Data) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: data.count)
        _ = copy.initialize(from: data)
        bytes = UnsafeBufferPointer(copy)
        release = { copy.deallocate() }
    }

    deinit { release() }
}
