/// An incident before numbering and police assignment.
struct IncidentDraft {
    var time: LocalTime
    var x: Double
    var y: Double
    var dong: Int
    var crime: CrimeClass
    var subclass: String
    var arrested = false
    /// Index of the triggering incident within the same block.
    var parent: Int?
}

/// Generates the incidents of one 자치구 × crime class as a Hawkes (self-exciting)
/// process in its Poisson-cluster form (Hawkes & Oakes 1974, *J. Appl. Prob.* 11:493;
/// Mohler et al. 2011): background events from the place and time intensities, each
/// followed by its cascade of near repeats. Clusters are added until the block holds
/// exactly its target count; the last cascade is cut short there, and repeats that
/// would fall after the period are dropped, so the totals are exact.
struct IncidentGenerator {
    let index: DongIndex
    let period: Period
    let crime: CrimeClass
    let model: CrimeModel
    let times: TimeSampler
    private let subclasses: Categorical

    init(index: DongIndex, period: Period, crime: CrimeClass, model: CrimeModel) {
        self.index = index
        self.period = period
        self.crime = crime
        self.model = model
        times = TimeSampler(model.time, period: period)
        subclasses = Categorical(model.subclasses.map(\.weight))
    }

    /// Exactly `count` incidents in 자치구 `gu`, of which round(count × arrestRate)
    /// (a uniformly random subset) are marked arrested.
    func block(gu: Int, count: Int, arrestRate: Double, _ rng: inout SynthRandom) throws -> [IncidentDraft] {
        guard count > 0 else { return [] }
        let dongs = index.dongsOfGu[gu]
        let places = PlaceSampler(index: index, dongs: dongs, mix: model.place)
        let repeats = model.nearRepeat
        var events: [IncidentDraft] = []
        events.reserveCapacity(count)
        while events.count < count {
            let p = try places.sample(&rng)
            events.append(draft(times.sample(&rng), p.x, p.y, p.dong, parent: nil, &rng))
            var queue = [events.count - 1]
            var head = 0
            while head < queue.count, events.count < count {
                let parent = events[queue[head]]
                let parentIndex = queue[head]
                head += 1
                let children = rng.poisson(mean: repeats.branchingRatio)
                for _ in 0..<children where events.count < count {
                    let day = parent.time.day + 1 + Int(rng.exponential(mean: repeats.meanDelayDays))
                    guard day < period.endDay else { continue }
                    let time = times.sample(onDay: day, &rng)
                    let step = try index.gaussianStep(
                        from: parent.x, parent.y, sigma: repeats.spreadMetres, within: dongs, &rng)
                    events.append(
                        draft(time, step.x, step.y, step.dong ?? parent.dong, parent: parentIndex, &rng))
                    queue.append(events.count - 1)
                }
            }
        }
        markArrested(&events, count: Int((Double(count) * min(1, arrestRate)).rounded()), &rng)
        return events
    }

    private func draft(
        _ time: LocalTime, _ x: Double, _ y: Double, _ dong: Int, parent: Int?, _ rng: inout SynthRandom
    ) -> IncidentDraft {
        let subclass = model.subclasses[subclasses.sample(&rng)].name
        return IncidentDraft(
            time: time, x: x, y: y, dong: dong, crime: crime, subclass: subclass, parent: parent)
    }

    /// Marks a uniformly random subset of `count` events (partial Fisher–Yates shuffle).
    private func markArrested(_ events: inout [IncidentDraft], count: Int, _ rng: inout SynthRandom) {
        var order = Array(events.indices)
        for i in 0..<min(count, order.count) {
            order.swapAt(i, i + rng.below(order.count - i))
            events[order[i]].arrested = true
        }
    }
}
