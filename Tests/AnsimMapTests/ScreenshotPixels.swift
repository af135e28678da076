import AnsimSupport
import AnsimTestSupport
import Foundation

/// Counts pixels of exact colours in rectangles of a PNG screenshot, decoded by a short
/// Python script (standard library zlib only: 8-bit RGB/RGBA, the five PNG filters).
enum ScreenshotPixels {
    /// One question: how many pixels of `colour` (`#rrggbb`) lie in `x0 ..< x1`, `y0 ..< y1`.
    struct Region: Encodable {
        var colour: String
        var x0: Int, y0: Int, x1: Int, y1: Int
    }

    /// The counts, in the order asked; throws when the PNG cannot be read.
    static func count(_ png: String, _ regions: [Region]) throws -> (width: Int, height: Int, counts: [Int]) {
        let folder = try TestEnvironment.temporaryFolder("map-png")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try script.write(toFile: folder + "/count.py", atomically: true, encoding: .utf8)
        let query = String(decoding: try JSONEncoder().encode(regions), as: UTF8.self)
        let python = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") ? "/usr/bin/python3" : "python3"
        let result = try Subprocess.run(python, [folder + "/count.py", png, query])
        guard result.status == 0,
            let numbers = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [Int],
            numbers.count == regions.count + 2
        else { throw AnsimError("cannot count pixels of \(png): \(result.error)") }
        return (numbers[0], numbers[1], Array(numbers.dropFirst(2)))
    }

    /// The whole image as one region.
    static func everywhere(_ colour: String) -> Region { Region(colour: colour, x0: 0, y0: 0, x1: 1 << 20, y1: 1 << 20) }

    static let script = #"""
        import json, struct, sys, zlib

        def decode(path):
            data = open(path, 'rb').read()
            assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
            pos, idat, head = 8, b'', None
            while pos < len(data):
                length, kind = struct.unpack('>I4s', data[pos:pos + 8])
                body = data[pos + 8:pos + 8 + length]
                if kind == b'IHDR':
                    head = struct.unpack('>IIBBBBB', body)
                elif kind == b'IDAT':
                    idat += body
                pos += 12 + length
            width, height, depth, colour, _, _, interlace = head
            assert depth == 8 and colour in (2, 6) and interlace == 0, 'unsupported PNG %r' % (head,)
            bpp = 3 if colour == 2 else 4
            raw, stride = zlib.decompress(idat), width * bpp
            rows, prev, i = [], bytearray(stride), 0
            for _ in range(height):
                f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
                i += 1 + stride
                for x in range(stride):
                    a = line[x - bpp] if x >= bpp else 0
                    b = prev[x]
                    c = prev[x - bpp] if x >= bpp else 0
                    if f == 1: line[x] = (line[x] + a) & 255
                    elif f == 2: line[x] = (line[x] + b) & 255
                    elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
                    elif f == 4:
                        p = a + b - c
                        pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                        line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
                rows.append(bytes(line))
                prev = line
            return width, height, bpp, rows

        width, height, bpp, rows = decode(sys.argv[1])
        out = [width, height]
        for q in json.loads(sys.argv[2]):
            rgb = bytes.fromhex(q['colour'].lstrip('#'))
            n = 0
            for y in range(max(0, q['y0']), min(height, q['y1'])):
                row = rows[y]
                for x in range(max(0, q['x0']), min(width, q['x1'])):
                    if row[x * bpp:x * bpp + 3] == rgb:
                        n += 1
            out.append(n)
        print(json.dumps(out))
        """#
}
