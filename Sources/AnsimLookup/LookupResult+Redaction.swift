extension LookupResult {
    /// The result without identities, for analysts: no names, birth years, device tags,
    /// references or ids of persons, no registered addresses or their positions, and no
    /// restrictions; offence classes, distances and times remain.
    public func redactedForAnalyst() -> LookupResult {
        var r = self
        r.monitoredPersons = monitoredPersons.map { p in
            var p = p
            p.personId = nil
            p.ref = nil
            p.name = nil
            p.tag = nil
            p.birthYear = nil
            p.restrictions = nil
            return p
        }
        r.registeredOffenders = registeredOffenders.map { o in
            var o = o
            o.offenderId = nil
            o.ref = nil
            o.name = nil
            o.birthYear = nil
            o.address = nil
            o.lon = nil
            o.lat = nil
            return o
        }
        return r
    }

    /// The pseudonymous references of the persons returned (for the audit trail).
    public var personRefs: [String] {
        monitoredPersons.compactMap(\.ref) + registeredOffenders.compactMap(\.ref)
    }
}
