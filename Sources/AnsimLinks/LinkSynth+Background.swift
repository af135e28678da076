extension LinkSynth {
    /// Background people in circles of 5–15: a phone and an account each, households
    /// of 1–4 sharing an address, some vehicles and devices; calls and small transfers
    /// mostly inside the circle; vehicles seen at addresses; now and then a case.
    /// Returns the circles (person indexes).
    mutating func background() -> [[Int]] {
        var circles: [[Int]] = []
        var allPhones: [Int32] = []
        var made = 0
        while made < config.persons {
            let size = min(rng.int(5...15), config.persons - made)
            made += size
            var persons: [Int32] = []
            var phones: [Int32] = []
            var accounts: [Int32] = []
            var addresses: [Int32] = []
            var vehicles: [Int32] = []
            var household = 0
            var address: Int32 = 0
            for _ in 0..<size {
                let p = add(.person, label: "synthetic")
                persons.append(p)
                let phone = add(.phone)
                link(phone, p, .registeredTo)
                phones.append(phone)
                phoneOf[p] = phone
                let account = add(.account)
                link(account, p, .registeredTo)
                accounts.append(account)
                accountOf[p] = account
                if household == 0 {
                    household = rng.int(1...4)
                    address = add(.address, located: true)
                    addresses.append(address)
                }
                household -= 1
                link(address, p, .registeredTo)
                if rng.unit() < 0.3 {
                    let v = add(.vehicle)
                    link(v, p, .registeredTo)
                    vehicles.append(v)
                }
                if rng.unit() < 0.5 { link(add(.device), p, .registeredTo) }
            }
            for (i, phone) in phones.enumerated() {
                for _ in 0..<config.callsPerPerson {
                    let callee = rng.unit() < 0.85 || allPhones.isEmpty ? pick(phones) : pick(allPhones)
                    if callee != phone { link(phone, callee, .called) }
                }
                for _ in 0..<config.transfersPerPerson {
                    let to = pick(accounts)
                    if to != accounts[i] {
                        link(accounts[i], to, .transferred, amount: Int64(rng.int(10...500)) * 1_000)
                    }
                }
            }
            for v in vehicles {
                for _ in 0..<2 { link(v, rng.unit() < 0.5 ? addresses[0] : pick(addresses), .seenAt) }
            }
            if rng.unit() < 0.1 {
                let victim = pick(persons)
                let c = add(.crimeCase, label: "synthetic case")
                link(victim, c, .victimOf)
            }
            allPhones.append(contentsOf: phones)
            circles.append(persons.map(Int.init))
        }
        return circles
    }
}
