/// The OpenAPI 3.1 document of the registered routes, written as YAML.
///
/// Built from the same ``RouteSpec``s the router serves, so the document cannot list a
/// route the server lacks or miss one it has; `x-ansim-roles` names the roles allowed.
public enum OpenAPIDocument {
    /// The document for `registry`'s routes and schemas.
    public static func yaml(_ registry: RouteRegistry, title: String = "Ansim API", version: String) -> String
    {
        var out = """
            openapi: 3.1.0
            info:
              title: \(title)
              version: "\(version)"
              description: >-
                Ansim's HTTP API. Authenticate with POST /auth/login and send the token as
                `Authorization: Bearer <token>`. Each route lists the roles allowed in x-ansim-roles;
                the database enforces the same through the role each request runs as.
            components:
              securitySchemes:
                bearer:
                  type: http
                  scheme: bearer
              schemas:
                Error:
                  type: object
                  properties:
                    error:
                      type: object
                      properties:
                        message: {type: string}

            """
        for name in registry.schemas.keys.sorted() {
            out += "    \(name):\n" + indent(registry.schemas[name]!, by: 6)
        }
        out += "paths:\n"
        let byPath = Dictionary(grouping: registry.specs, by: \.path)
        for path in byPath.keys.sorted() {
            out += "  \(path):\n"
            for spec in byPath[path]!.sorted(by: { $0.method.rawValue < $1.method.rawValue }) {
                out += operation(spec)
            }
        }
        return out
    }

    static func operation(_ spec: RouteSpec) -> String {
        var o = "    \(spec.method.rawValue.lowercased()):\n"
        o += "      summary: \(spec.summary)\n      tags: [\(spec.tag)]\n"
        if spec.deprecated { o += "      deprecated: true\n" }
        if let roles = spec.roles {
            o += "      security:\n        - bearer: []\n"
            o += "      x-ansim-roles: [\(roles.map(\.rawValue).sorted().joined(separator: ", "))]\n"
        }
        let params =
            spec.pathParameters.map { ($0, "path", true, "") }
            + spec.query.map { ($0.0, "query", false, $0.1) }
        if !params.isEmpty {
            o += "      parameters:\n"
            for (name, place, required, description) in params {
                o += "        - name: \(name)\n          in: \(place)\n          required: \(required)\n"
                if !description.isEmpty {
                    // Quoted: a plain YAML scalar may not hold ": " (e.g. "status: none, …").
                    let quoted = description.replacingOccurrences(of: "\\", with: "\\\\")
                        .replacingOccurrences(of: "\"", with: "\\\"")
                    o += "          description: \"\(quoted)\"\n"
                }
                o += "          schema: {type: string}\n"
            }
        }
        if let request = spec.requestSchema {
            o += "      requestBody:\n        required: true\n        content:\n          application/json:\n"
            o += "            schema: {$ref: '#/components/schemas/\(request)'}\n"
        }
        o += "      responses:\n"
        for success in ["200"] + (spec.otherStatuses.contains(201) ? ["201"] : []) {
            o += "        '\(success)':\n          description: \(success == "200" ? "OK" : "Created")\n"
            if let response = spec.responseSchema {
                o += "          content:\n            application/json:\n"
                o += "              schema: {$ref: '#/components/schemas/\(response)'}\n"
            }
        }
        var errors = spec.roles == nil ? ["400"] : ["400", "401", "403", "404", "409"]
        // A body larger than the route accepts is refused with 413 before it is read.
        if spec.requestSchema != nil { errors.append("413") }
        errors += spec.otherStatuses.filter { $0 >= 400 }.map(String.init)
        for code in Set(errors).sorted() {
            o += "        '\(code)':\n          description: \(describe(code))\n"
            o +=
                "          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Error'}\n"
        }
        return o
    }

    static func describe(_ code: String) -> String {
        [
            "400": "Bad request", "401": "Not authenticated", "403": "Role or database denies it",
            "404": "Not found or not visible to this organisation",
            "409": "Refused by a rule (cap, budget, duplicate)",
            "413": "The request body is larger than this route accepts",
            "415": "The media type is not one this route reads",
            "422": "Well-formed, but a value breaks a rule (the message says which)",
            "423": "The account is locked after repeated failed log-ins",
            "503": "A resource this answer needs is not loaded on this server",
        ][code] ?? "See the message"
    }

    static func indent(_ text: String, by n: Int) -> String {
        let pad = String(repeating: " ", count: n)
        return text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
            .map { pad + $0 }.joined(separator: "\n") + "\n"
    }
}
