/// The tables of a store, version by version.
///
/// `files`, `articles` and `mentions` hold what was read and extracted: the source of
/// truth, each file read once. `actors`, `aliases`, `events` and `event_articles` are
/// derived: rewritten on every run by merging the stored mentions of the articles that are
/// not copies, as `parley build` would merge them in a fresh run. Every derived row also
/// keeps its JSON Lines form in a `json` column, so a field added to ``Event`` or
/// ``PoliticalActor`` is in the store before it gets a column of its own.
enum StoreSchema {
  /// The schema this build writes (`PRAGMA user_version`); a store with a higher one was
  /// written by a newer Parley and is refused, a lower one is rebuilt.
  static let version = 1

  /// `PRAGMA application_id` of a Parley store: "PRLY".
  static let applicationID: Int32 = 0x5052_4C59

  /// The statements creating schema ``version`` in an empty database.
  static let create = """
    CREATE TABLE files (
      path TEXT PRIMARY KEY NOT NULL,
      content_hash TEXT NOT NULL,
      bytes INTEGER NOT NULL,
      extractor TEXT NOT NULL,
      diagnostics TEXT NOT NULL
    );
    CREATE INDEX files_by_content_hash ON files(content_hash);

    CREATE TABLE articles (
      id INTEGER PRIMARY KEY,
      file TEXT NOT NULL REFERENCES files(path) ON DELETE CASCADE,
      record INTEGER NOT NULL,
      path TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      extractor TEXT NOT NULL,
      title TEXT,
      date TEXT,
      date_source TEXT NOT NULL,
      status INTEGER,
      place TEXT,
      format TEXT NOT NULL,
      url TEXT,
      outlet TEXT,
      paragraphs TEXT NOT NULL,
      copy_of TEXT,
      UNIQUE (file, record)
    );
    CREATE INDEX articles_by_path ON articles(path);
    CREATE INDEX articles_by_date ON articles(date);
    CREATE INDEX articles_by_outlet ON articles(outlet);
    CREATE INDEX articles_by_content_hash ON articles(content_hash);

    CREATE TABLE mentions (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      sentence INTEGER NOT NULL,
      date TEXT,
      date_precision TEXT,
      date_value TEXT,
      source_id TEXT NOT NULL,
      target_id TEXT NOT NULL,
      type TEXT NOT NULL,
      mode TEXT,
      status TEXT NOT NULL,
      reciprocal INTEGER NOT NULL,
      trigger TEXT NOT NULL,
      evidence TEXT NOT NULL,
      json TEXT NOT NULL,
      UNIQUE (article_id, position)
    );
    CREATE INDEX mentions_by_source ON mentions(source_id);
    CREATE INDEX mentions_by_target ON mentions(target_id);
    CREATE INDEX mentions_by_date ON mentions(date);

    CREATE TABLE actors (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      kind TEXT NOT NULL,
      country TEXT,
      sector TEXT,
      mentions INTEGER NOT NULL,
      events INTEGER NOT NULL,
      json TEXT NOT NULL
    );
    CREATE INDEX actors_by_country ON actors(country);

    CREATE TABLE aliases (
      actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      alias TEXT NOT NULL,
      PRIMARY KEY (actor_id, alias)
    );
    CREATE INDEX aliases_by_alias ON aliases(alias);

    CREATE TABLE events (
      position INTEGER PRIMARY KEY,
      id TEXT NOT NULL,
      date TEXT,
      date_precision TEXT,
      date_value TEXT,
      type TEXT NOT NULL,
      mode TEXT,
      status TEXT NOT NULL,
      source_id TEXT NOT NULL REFERENCES actors(id),
      target_id TEXT NOT NULL REFERENCES actors(id),
      reciprocal INTEGER NOT NULL,
      mentions INTEGER NOT NULL,
      articles INTEGER NOT NULL,
      first_article TEXT,
      json TEXT NOT NULL
    );
    CREATE INDEX events_by_id ON events(id);
    CREATE INDEX events_by_date ON events(date);
    CREATE INDEX events_by_source ON events(source_id);
    CREATE INDEX events_by_target ON events(target_id);

    CREATE TABLE event_articles (
      event INTEGER NOT NULL REFERENCES events(position) ON DELETE CASCADE,
      article TEXT NOT NULL,
      PRIMARY KEY (event, article)
    );
    CREATE INDEX event_articles_by_article ON event_articles(article);
    """

  /// Every table, in the order they are dropped (dependents first).
  static let tables = ["event_articles", "events", "aliases", "actors", "mentions", "articles", "files"]
}
