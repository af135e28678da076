/// Grooming-conversation risk scoring (issue 11): the transparent scorer.
public enum Grooming {}
