/// GDAL's `other_tags` column of OSM layers: an hstore literal,
/// `"oneway"=>"yes","maxspeed"=>"50"`, with `\"` and `\\` escapes.
enum OSMTags {
    /// The tags as a dictionary (empty for nil or malformed text).
    static func parse(_ text: String?) -> [String: String] {
        guard let text else { return [:] }
        var result: [String: String] = [:]
        var strings: [String] = []
        var current: [Character] = []
        var inQuotes = false
        var escaped = false
        for c in text {
            if inQuotes {
                if escaped {
                    current.append(c)
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else if c == "\"" {
                    inQuotes = false
                    strings.append(String(current))
                    current = []
                } else {
                    current.append(c)
                }
            } else if c == "\"" {
                inQuotes = true
            }
        }
        var i = 0
        while i + 1 < strings.count {
            result[strings[i]] = strings[i + 1]
            i += 2
        }
        return result
    }
}
