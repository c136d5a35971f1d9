/// Writes named lists of timing samples as a JSON object, keys sorted.
enum JSONSamples {
    static func render(_ samples: [String: [Double]]) -> String {
        let members = samples.keys.sorted().map { key in
            "\"\(key)\": [" + samples[key]!.map { String($0) }.joined(separator: ", ") + "]"
        }
        return "{" + members.joined(separator: ", ") + "}"
    }
}
