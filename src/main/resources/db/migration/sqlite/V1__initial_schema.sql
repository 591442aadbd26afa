-- news-entities schema 1 (SQLite). Keep in step with ../postgresql/V1__initial_schema.sql.
-- One row set per article; every child row carries article_id and goes with its article
-- (ON DELETE CASCADE), so replacing an article is one DELETE and fresh INSERTs.
-- Offsets are end-exclusive Java String indices into articles.text.

CREATE TABLE articles (
  id                   TEXT PRIMARY KEY,
  source               TEXT,
  url                  TEXT,
  headline             TEXT,
  document_date        TEXT,  -- ISO yyyy-mm-dd: sorts and compares as a date
  document_date_source TEXT NOT NULL,
  dateline             TEXT,
  text                 TEXT NOT NULL,
  content_hash         TEXT NOT NULL,
  processed_at         TEXT NOT NULL,
  schema_version       TEXT NOT NULL
);
CREATE INDEX articles_by_date ON articles (document_date);

CREATE TABLE people (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  person_id  TEXT NOT NULL,
  name       TEXT NOT NULL,
  PRIMARY KEY (article_id, person_id)
);
CREATE INDEX people_by_name ON people (name);

CREATE TABLE organizations (
  article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  organization_id TEXT NOT NULL,
  name            TEXT NOT NULL,
  PRIMARY KEY (article_id, organization_id)
);
CREATE INDEX organizations_by_name ON organizations (name);

CREATE TABLE locations (
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  location_id TEXT NOT NULL,
  name        TEXT NOT NULL,
  PRIMARY KEY (article_id, location_id)
);
CREATE INDEX locations_by_name ON locations (name);

-- Every named entity of every article, whatever its kind: "articles mentioning X" is one join.
CREATE VIEW entities (article_id, entity_type, entity_id, name) AS
  SELECT article_id, 'person', person_id, name FROM people
  UNION ALL SELECT article_id, 'organization', organization_id, name FROM organizations
  UNION ALL SELECT article_id, 'location', location_id, name FROM locations;

-- entity_id is the person_id, organization_id or location_id of the entity_type's table.
CREATE TABLE mentions (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_type  TEXT NOT NULL CHECK (entity_type IN ('person', 'organization', 'location')),
  entity_id    TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  text         TEXT NOT NULL
);
CREATE INDEX mentions_by_entity ON mentions (article_id, entity_type, entity_id);

-- ord keeps the document's order of a person's titles.
CREATE TABLE titles (
  article_id   TEXT NOT NULL,
  person_id    TEXT NOT NULL,
  ord          INTEGER NOT NULL,
  title        TEXT NOT NULL,
  organization TEXT,
  former       INTEGER NOT NULL CHECK (former IN (0, 1)),
  text         TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  PRIMARY KEY (article_id, person_id, ord),
  FOREIGN KEY (article_id, person_id) REFERENCES people (article_id, person_id) ON DELETE CASCADE
);
CREATE INDEX titles_by_title ON titles (title);
CREATE INDEX titles_by_organization ON titles (organization);

CREATE TABLE unresolved_titles (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  title        TEXT NOT NULL,
  organization TEXT,
  text         TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  PRIMARY KEY (article_id, ord)
);

-- type is the TIMEX3 type; value its normalized value, NULL when not normalized with confidence.
CREATE TABLE dates (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  text         TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  type         TEXT NOT NULL,
  value        TEXT,
  PRIMARY KEY (article_id, ord)
);

CREATE TABLE topics (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  code       TEXT NOT NULL,
  label      TEXT NOT NULL,
  score      REAL NOT NULL,
  PRIMARY KEY (article_id, code)
);
CREATE INDEX topics_by_code ON topics (code);
CREATE INDEX topics_by_label ON topics (label);

CREATE TABLE keyphrases (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  score      REAL NOT NULL,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX keyphrases_by_text ON keyphrases (text);

-- The last failed load of each article that is not in the tables (or is there in an older
-- version); a later successful load of the article removes its row.
CREATE TABLE load_failures (
  article_id TEXT PRIMARY KEY,
  message    TEXT NOT NULL,
  failed_at  TEXT NOT NULL
);
