extension LinkSynth {
    /// Plants ring `r`: 2 organisers, 4 callers on 2 burner phones each (registered to
    /// mule holders, who lend their names), 2 shared devices and a call-centre address,
    /// 3 couriers seen at ATMs, 6 mule holders with tier-1 and tier-2 accounts, 2
    /// cash-out accounts. Victims (drawn from `pool`) are called, then transfer to
    /// tier-1 accounts; the money is split to tier 2 and gathered in cash-out accounts.
    /// Returns the ring's member entities and its victims.
    mutating func ring(_ r: Int, victims pool: inout [Int]) -> (members: [Int], victims: [Int]) {
        var members: [Int32] = []
        func person(_ n: Int) -> [(person: Int32, phone: Int32)] {
            (0..<n).map { _ in
                let p = add(.person, label: "synthetic ring \(r + 1)")
                let phone = add(.phone)
                link(phone, p, .registeredTo)
                members += [p, phone]
                return (p, phone)
            }
        }
        let organisers = person(2), callers = person(4), couriers = person(3), holders = person(6)
        var burners: [Int32] = []
        for (i, c) in callers.enumerated() {
            for _ in 0..<2 {
                let b = add(.phone, label: "burner")
                link(b, holders[(i + burners.count) % holders.count].person, .registeredTo)
                burners.append(b)
                members.append(b)
            }
            _ = c
        }
        let centre = add(.address, label: "call centre", located: true)
        members.append(centre)
        for d in 0..<2 {
            let device = add(.device)
            members.append(device)
            link(device, callers[2 * d].person, .registeredTo)
            link(device, callers[2 * d + 1].person, .registeredTo)
        }
        for c in callers { for _ in 0..<3 { link(c.person, centre, .seenAt) } }
        let tier1 = holders.prefix(3).map { h in let a = add(.account); link(a, h.person, .registeredTo); return a }
        let tier2 = holders.suffix(3).map { h in let a = add(.account); link(a, h.person, .registeredTo); return a }
        let cashOut = organisers.map { o in let a = add(.account); link(a, o.person, .registeredTo); return a }
        members += tier1 + tier2 + cashOut
        let orgPhones = organisers.map(\.phone)
        for _ in 0..<3 { link(orgPhones[0], orgPhones[1], .called) }
        for b in burners { for _ in 0..<3 { link(pick(orgPhones), b, .called) } }
        for c in couriers {
            for _ in 0..<4 { link(pick(orgPhones), c.phone, .called) }
            for _ in 0..<2 { link(c.phone, pick(holders).phone, .called) }
            link(c.person, pick(holders).person, .coOffender)
        }
        let atms = (0..<2).map { _ in add(.address, label: "ATM", located: true) }
        members += atms
        var hit: [Int] = []
        for _ in 0..<min(config.victimsPerRing, pool.count) {
            let v = pool.remove(at: Int(rng.below(UInt64(pool.count))))
            hit.append(v)
            defraud(Int32(v), burners: burners, tier1: tier1, tier2: tier2, cashOut: cashOut, couriers: couriers, atms: atms)
        }
        return (members.map(Int.init), hit)
    }

    /// One victim: called from burners, transfers to a tier-1 account, which splits to
    /// tier 2 within two hours, which pays a cash-out account within six; a courier
    /// withdraws at an ATM; the victim reports (a 112 call and a case).
    mutating func defraud(
        _ v: Int32, burners: [Int32], tier1: [Int32], tier2: [Int32], cashOut: [Int32],
        couriers: [(person: Int32, phone: Int32)], atms: [Int32]
    ) {
        guard let phone = phoneOf[v], let account = accountOf[v] else { return }
        let t0 = config.start + Int64(rng.below(UInt64(max(1, config.days - 2)) * 86_400))
        for k in 0..<rng.int(2...3) { link(pick(burners), phone, .called, at: t0 + Int64(k) * 1_800) }
        let paid = Int64(rng.int(1...30)) * 1_000_000
        let first = pick(tier1)
        let t1 = t0 + 7_200
        link(account, first, .transferred, at: t1, amount: paid)
        var t = t1
        for (k, half) in [paid / 2, paid - paid / 2].enumerated() {
            t = t1 + Int64(rng.int(10...120)) * 60
            let second = tier2[(Int(rng.below(3)) + k) % tier2.count]
            link(first, second, .transferred, at: t, amount: half)
            link(second, pick(cashOut), .transferred, at: t + Int64(rng.int(1...6)) * 3_600, amount: half)
        }
        link(pick(couriers).person, pick(atms), .seenAt, at: t + 3_600)
        let report = t + 86_400
        let call = add(.call112, label: "보이스피싱 신고", located: true)
        link(phone, call, .called, at: report)
        let c = add(.crimeCase, label: "voice phishing")
        link(v, c, .victimOf, at: report + 3_600)
    }
}
