/// Builds pretty-printed JSON bytes with two-space indentation. Containers
/// can be written inline (`["sales", "engineer"]`) where a short list reads
/// better on one line.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Per open container: inline or not, and whether it has members yet.
    private var stack: [(inline: Bool, count: Int)] = []

    /// `capacity`: the expected size, so that a large document is not copied as it grows.
    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    mutating func newline() { bytes.append(0x0A) }

    /// A line break and 64 spaces, the indentation of 32 levels, cut to what a line needs.
    private static let indentation: [UInt8] = [0x0A] + [UInt8](repeating: 0x20, count: 64)

    private mutating func indent() {
        let width = 1 + depth * 2
        if width <= JSONWriter.indentation.count {
            JSONWriter.indentation.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<width])) }
        } else {
            bytes.append(0x0A)
            for _ in 0..<(depth * 2) { bytes.append(0x20) }
        }
    }

    /// Separator and layout before a member or an element.
    private mutating func nextItem() {
        guard !stack.isEmpty else { return }
        let inline = stack[stack.count - 1].inline
        if stack[stack.count - 1].count > 0 { bytes.append(0x2C); if inline { bytes.append(0x20) } }
        stack[stack.count - 1].count += 1
        if !inline { indent() }
    }

    mutating func beginObject(inline: Bool = false) { open(0x7B, inline: inline) }
    mutating func endObject() { close(0x7D) }
    mutating func beginArray(inline: Bool = false) { open(0x5B, inline: inline) }
    mutating func endArray() { close(0x5D) }

    private mutating func open(_ c: UInt8, inline: Bool) {
        bytes.append(c)
        // A container inside an inline one stays inline.
        stack.append((inline || (stack.last?.inline ?? false), 0))
        depth += 1
    }

    private mutating func close(_ c: UInt8) {
        let top = stack.removeLast()
        depth -= 1
        if top.count > 0 && !top.inline { indent() }
        bytes.append(c)
    }

    /// Starts an array element.
    mutating func element() { nextItem() }

    mutating func key(_ k: String) {
        nextItem()
        string(k)
        bytes.append(0x3A)
        bytes.append(0x20)
    }

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// A whole number, written without making a String for it.
    mutating func int(_ n: Int) {
        guard n >= 0, n < 10 else { return raw(String(n)) }
        bytes.append(UInt8(48 + n))
    }

    /// A date as the string `"YYYY-MM-DD"`.
    mutating func day(_ d: Day) {
        let at = bytes.count
        bytes.append(contentsOf: repeatElement(0x22, count: 12))
        bytes.withUnsafeMutableBufferPointer { d.writeDigits(into: $0.baseAddress! + at + 1) }
    }

    mutating func string(_ s: String) {
        bytes.append(0x22)
        // Most text needs no escape: copy its bytes at once.
        var text = s
        let plain = text.withUTF8 { utf8 -> Bool in
            for c in utf8 where c < 0x20 || c == 0x22 || c == 0x5C { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if plain {
            bytes.append(0x22)
            return
        }
        for c in s.utf8 {
            switch c {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 15)]])
            default: bytes.append(c)
            }
        }
        bytes.append(0x22)
    }

    mutating func value(_ v: JSONValue) {
        switch v {
        case .null: raw("null")
        case .bool(let b): raw(b ? "true" : "false")
        case .number(let text): raw(text)
        case .string(let s): string(s)
        case .array(let items):
            beginArray()
            for item in items { element(); value(item) }
            endArray()
        case .object(let members):
            beginObject()
            extra(members)
            endObject()
        }
    }

    /// Writes keys the program does not know, as they were read.
    mutating func extra(_ members: [JSONMember]) {
        for m in members { key(m.key); value(m.value) }
    }
}
