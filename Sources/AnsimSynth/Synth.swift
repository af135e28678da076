/// Seeded synthetic Korean incidents and 112 calls (see docs/SYNTHETIC.md).
public enum Synth {}
