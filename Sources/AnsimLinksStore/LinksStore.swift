/// The database edge of link analysis (issue 10): the entity and link tables, their
/// loaders, and the in-memory graph read from them. Filled in by the links work.
public enum LinksStore {}
