import Dispatch

/// Runs independent jobs on the machine's cores and collects their results in order.
/// Used for work per witness (tokenizing), which shares nothing.
enum ParallelMap {
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(body) }
        let results = ResultSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(body(index), at: index)
        }
        return results.values()
    }

    /// Runs two different jobs, one per core, and returns both results.
    static func both<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
        let first = ResultSlots<A>(count: 1)
        let second = ResultSlots<B>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { first.store(a(), at: 0) } else { second.store(b(), at: 0) }
        }
        return (first.values()[0], second.values()[0])
    }
}

/// Storage written at distinct indices by concurrent jobs, read once all have finished.
private final class ResultSlots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    /// Each index is written by exactly one job, so writes never overlap.
    func store(_ value: T, at index: Int) { buffer[index] = value }

    func values() -> [T] { buffer.map { $0! } }
}
